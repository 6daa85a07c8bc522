// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jingzhun.app.platform.csv.CsvReader;
import org.jingzhun.app.registry.HouseholdTemplate;

/** Reads generated county files back, household by household, with the project's own CSV reader. */
final class GeneratedHouseholds {

    /** One row, read by header name. */
    record Row(Map<String, Integer> index, List<String> fields) {
        String get(String header) {
            Integer i = index.get(header);
            if (i == null) {
                throw new IllegalArgumentException("no column " + header);
            }
            return fields.get(i);
        }
    }

    /** One household's rows, in file order, and the county file they came from. */
    record Household(String countyCode, List<Row> rows) {
        Row head() {
            return rows.getFirst();
        }

        String get(String header) {
            return head().get(header);
        }

        double money(String header) {
            return Double.parseDouble(get(header));
        }

        /** 参考人均收入 in yuan. */
        double referenceIncomePerPerson() {
            return (money("工资性收入") + money("生产经营性收入") + money("财产性收入") + money("转移性收入")
                    - money("生产经营性支出") - money("合规自付支出")) / rows.size();
        }
    }

    private GeneratedHouseholds() {
    }

    static List<Path> countyFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("households-\\d{12}\\.csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Calls {@code visitor} with every household of every county file in {@code dir}. */
    static void forEach(Path dir, Consumer<Household> visitor) {
        for (Path file : countyFiles(dir)) {
            String county = file.getFileName().toString().substring("households-".length(), "households-".length() + 12);
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CsvReader csv = new CsvReader(in)) {
                List<String> header = csv.next();
                if (!header.equals(HouseholdTemplate.headers())) {
                    throw new AssertionError(file + ": header is " + header);
                }
                Map<String, Integer> index = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    index.put(header.get(i), i);
                }
                List<Row> rows = new ArrayList<>();
                for (List<String> fields = csv.next(); fields != null; fields = csv.next()) {
                    if (fields.size() != header.size()) {
                        throw new AssertionError(file + " line " + csv.recordLine() + ": " + fields.size() + " fields");
                    }
                    Row row = new Row(index, fields);
                    if (!rows.isEmpty() && !rows.getFirst().get("户编号").equals(row.get("户编号"))) {
                        visitor.accept(new Household(county, List.copyOf(rows)));
                        rows.clear();
                    }
                    rows.add(row);
                }
                if (!rows.isEmpty()) {
                    visitor.accept(new Household(county, List.copyOf(rows)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static List<Household> all(Path dir) {
        List<Household> list = new ArrayList<>();
        forEach(dir, list::add);
        return list;
    }
}
