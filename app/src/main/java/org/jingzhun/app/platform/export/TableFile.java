// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.platform.xlsx.SafeCells;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * One table written row by row as .xlsx or .csv, for the exports of the lists: a header row in
 * Chinese, then every value as text (ID numbers and codes stay text, never numbers), each cell
 * neutralised against formula injection ({@link SafeCells}). The CSV is UTF-8 with a byte-order
 * mark so that Excel opens the Chinese correctly; the workbook starts a new sheet every million rows
 * and flushes as it goes, so memory stays flat whatever the size.
 */
public abstract sealed class TableFile {

    /** Export formats, chosen by the {@code format} parameter of an export. */
    public enum Format {
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        CSV("text/csv; charset=UTF-8");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        /** {@code xlsx} or {@code csv} (any case); 400 otherwise. */
        public static Format parse(String text) {
            return switch (text == null ? "xlsx" : text.strip().toLowerCase(Locale.ROOT)) {
                case "xlsx" -> XLSX;
                case "csv" -> CSV;
                default -> throw new BadRequestException("problem.export.format");
            };
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final int ROWS_PER_SHEET = 1_000_000;

    /** Starts a file with its header row. */
    public static TableFile open(Format format, OutputStream out, String sheet, List<String> headers) {
        TableFile f = format == Format.CSV ? new Csv(out, headers) : new Xlsx(out, sheet, headers);
        f.header();
        return f;
    }

    /**
     * The response of an export: {@code attachment; filename="<name>.<format>"} and the format's content
     * type, the body written after the controller returns (on another thread: whatever it needs of the
     * caller must be taken before).
     */
    public static ResponseEntity<StreamingResponseBody> response(String name, Format format, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "." + format.extension() + "\"")
                .header(HttpHeaders.CONTENT_TYPE, format.contentType)
                .body(body);
    }

    final List<String> headers;

    private TableFile(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    abstract void header();

    /** One row; {@code null} is an empty cell. I/O problems are unchecked (rows come from a database callback). */
    public abstract void row(String... values);

    /** Ends the file (not the stream's owner: the response closes it). */
    public abstract void finish();

    private static final class Csv extends TableFile {
        private final Writer w;

        Csv(OutputStream out, List<String> headers) {
            super(headers);
            this.w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        }

        @Override
        void header() {
            write("\uFEFF");
            row(headers.toArray(String[]::new));
        }

        @Override
        public void row(String... values) {
            StringBuilder line = new StringBuilder(256);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append(',');
                }
                String v = SafeCells.neutralise(values[i]);
                if (v != null) {
                    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                        line.append('"').append(v.replace("\"", "\"\"")).append('"');
                    } else {
                        line.append(v);
                    }
                }
            }
            write(line.append("\r\n").toString());
        }

        @Override
        public void finish() {
            try {
                w.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void write(String s) {
            try {
                w.write(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Xlsx extends TableFile {
        private final Workbook wb;
        private final String sheet;
        private Worksheet ws;
        private int sheets;
        private int row;

        Xlsx(OutputStream out, String sheet, List<String> headers) {
            super(headers);
            this.wb = new Workbook(out, "Jingzhun", "1.0");
            this.sheet = sheet;
        }

        @Override
        void header() {
            ws = wb.newWorksheet(sheets == 0 ? sheet : sheet + (sheets + 1));
            sheets++;
            for (int c = 0; c < headers.size(); c++) {
                ws.value(0, c, headers.get(c));
                ws.style(0, c).bold().set();
            }
            row = 1;
        }

        @Override
        public void row(String... values) {
            try {
                if (row > ROWS_PER_SHEET) {
                    ws.finish();
                    header();
                }
                for (int c = 0; c < values.length; c++) {
                    SafeCells.text(ws, row, c, values[c]);
                }
                row++;
                if (row % 1000 == 0) {
                    ws.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish() {
            try {
                wb.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
