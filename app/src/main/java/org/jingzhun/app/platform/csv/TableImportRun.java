// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jingzhun.app.platform.i18n.Messages;

/**
 * The common part of every table import (CSV or XLSX): check the header, hand each data row to the
 * import with its row number, and collect problems (the first {@value #MAX_PROBLEMS} are kept, all
 * are counted). The import decides what a row means; this class never writes.
 */
public final class TableImportRun {

    public static final int MAX_PROBLEMS = 1000;

    private final Messages messages;
    private final List<ImportProblem> problems = new ArrayList<>();
    private long problemCount;
    private long rows;
    private String encoding;

    public TableImportRun(Messages messages) {
        this.messages = messages;
    }

    /** Handles one data row; report problems through {@link TableImportRun#problem}. */
    @FunctionalInterface
    public interface RowHandler {
        void row(long line, List<String> record, CsvHeader header) throws SQLException;
    }

    /** Reads a CSV file (UTF-8 or GBK). */
    public void read(InputStream in, List<CsvHeader.Column> columns, RowHandler handler) throws IOException, SQLException {
        try (CsvSource source = new CsvSource(in)) {
            read(source, columns, handler);
        }
    }

    /** Reads the whole source; returns normally even when the file had problems. */
    public void read(TabularSource source, List<CsvHeader.Column> columns, RowHandler handler) throws IOException, SQLException {
        encoding = source.encoding();
        CsvHeader header = null;
        try {
            List<String> first = source.next();
            if (first == null) {
                problem(new ImportProblem(1, null, null, messages.get("csv.empty")));
                return;
            }
            header = CsvHeader.read(first, columns, messages::get);
            header.problems().forEach(this::problem);
            if (!header.isValid()) {
                return;
            }
            List<String> record;
            while ((record = source.next()) != null) {
                rows++;
                long line = source.rowNumber();
                if (record.size() > header.width() && !record.subList(header.width(), record.size()).stream().allMatch(String::isBlank)) {
                    problem(new ImportProblem(line, null, null,
                            messages.get("csv.too-many-fields", record.size(), header.width())));
                    continue;
                }
                handler.row(line, record, header);
            }
        } catch (CsvReader.CsvFormatException e) {
            problem(new ImportProblem(e.line(), null, null, messages.get(e.messageKey(), e.args())));
        } catch (CharacterCodingException e) {
            problem(new ImportProblem(rows + 2, null, null, messages.get("csv.encoding", rows + 2, encoding)));
        } catch (XlsxSource.FormulaCellException e) {
            problem(new ImportProblem(e.row(), header == null ? null : header.labelAt(e.column()), null,
                    messages.get("xlsx.formula")));
        } catch (IOException e) {
            if (!"XLSX".equals(encoding)) {
                throw e;
            }
            problem(new ImportProblem(source.rowNumber() + 1, null, null, messages.get("xlsx.unreadable")));
        }
    }

    public void problem(ImportProblem p) {
        problemCount++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(p);
        }
    }

    public String message(String key, Object... args) {
        return messages.get(key, args);
    }

    public boolean hasProblems() {
        return problemCount > 0;
    }

    public List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    public long problemCount() {
        return problemCount;
    }

    /** Data rows read (the header not counted). */
    public long rows() {
        return rows;
    }

    /** "UTF-8", "GBK" or "XLSX"; {@code null} before reading. */
    public String encoding() {
        return encoding;
    }
}
