// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jingzhun.app.platform.i18n.Messages;

/**
 * The common part of every CSV import: decode (UTF-8 or GBK), check the header, hand each data
 * row to the import with its line number, and collect problems (the first {@value #MAX_PROBLEMS}
 * are kept, all are counted). The import decides what a row means; this class never writes.
 */
public final class CsvImportRun {

    public static final int MAX_PROBLEMS = 1000;

    private final Messages messages;
    private final List<ImportProblem> problems = new ArrayList<>();
    private long problemCount;
    private long rows;
    private Charset charset;

    public CsvImportRun(Messages messages) {
        this.messages = messages;
    }

    /** Handles one data row; report problems through {@link CsvImportRun#problem}. */
    @FunctionalInterface
    public interface RowHandler {
        void row(long line, List<String> record, CsvHeader header) throws SQLException;
    }

    /** Reads the whole input; returns normally even when the file had problems. */
    public void read(InputStream in, List<CsvHeader.Column> columns, RowHandler handler) throws IOException, SQLException {
        TextDecoding.Decoded decoded = TextDecoding.open(in);
        charset = decoded.charset();
        try (CsvReader reader = new CsvReader(decoded.reader())) {
            List<String> first = reader.next();
            if (first == null) {
                problem(new ImportProblem(1, null, null, messages.get("csv.empty")));
                return;
            }
            CsvHeader header = CsvHeader.read(first, columns, messages::get);
            header.problems().forEach(this::problem);
            if (!header.isValid()) {
                return;
            }
            List<String> record;
            while ((record = reader.next()) != null) {
                rows++;
                long line = reader.recordLine();
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
            problem(new ImportProblem(rows + 2, null, null, messages.get("csv.encoding", rows + 2, charset.displayName())));
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

    public Charset charset() {
        return charset;
    }
}
