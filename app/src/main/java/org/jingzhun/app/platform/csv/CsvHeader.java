// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a file's header row to the columns an import knows. Columns may come in any order; each
 * known column has one or more accepted header names (Chinese and English); unknown, repeated and
 * missing required columns are problems, reported against row 1.
 */
public final class CsvHeader {

    /** A column an import understands. The first name is the canonical one shown in messages. */
    public record Column(boolean required, String... names) {
        public String label() {
            return names[0];
        }
    }

    private final Map<Column, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    private CsvHeader() {
    }

    /** Reads the header; {@code messages} renders problem texts by key. */
    public static CsvHeader read(List<String> header, List<Column> columns, MessageRenderer messages) {
        CsvHeader h = new CsvHeader();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (i == 0 && !name.isEmpty() && name.charAt(0) == '\uFEFF') {
                name = name.substring(1);
            }
            h.names.add(name);
            String n = name;
            Column match = columns.stream().filter(c -> Arrays.asList(c.names()).contains(n)).findFirst().orElse(null);
            if (match == null) {
                h.problems.add(new ImportProblem(1, n, null, messages.render("csv.header.unknown", n,
                        String.join("、", columns.stream().map(Column::label).toList()))));
            } else if (h.index.putIfAbsent(match, i) != null) {
                h.problems.add(new ImportProblem(1, n, null, messages.render("csv.header.repeated", n)));
            }
        }
        for (Column c : columns) {
            if (c.required() && !h.index.containsKey(c)) {
                h.problems.add(new ImportProblem(1, c.label(), null, messages.render("csv.header.missing", c.label())));
            }
        }
        return h;
    }

    /** The header text of the 0-based column {@code i}, or {@code null} past the header. */
    public String labelAt(int i) {
        return i < names.size() ? names.get(i) : null;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public int width() {
        return index.values().stream().mapToInt(i -> i + 1).max().orElse(0);
    }

    /** The value of {@code column} in {@code record}, stripped; {@code null} if absent or blank. */
    public String get(List<String> record, Column column) {
        Integer i = index.get(column);
        if (i == null || i >= record.size()) {
            return null;
        }
        String v = record.get(i);
        if (v.isEmpty()) {
            return null;
        }
        // most cells have no surrounding space: skip strip()'s scan for them
        if (v.charAt(0) > ' ' && v.charAt(v.length() - 1) > ' ' && v.charAt(0) != '\u3000'
                && v.charAt(v.length() - 1) != '\u3000') {
            return v;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    /** Renders a message key with arguments (the import's {@code Messages}). */
    @FunctionalInterface
    public interface MessageRenderer {
        String render(String key, Object... args);
    }
}
