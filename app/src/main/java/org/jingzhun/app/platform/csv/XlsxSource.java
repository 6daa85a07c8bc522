// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an .xlsx workbook as a {@link TabularSource}, streamed with fastexcel-reader.
 * Cells come back as the text the user typed: numbers as written in the file, booleans as 是/否.
 * A formula cell is refused ({@link FormulaCellException}): an import takes values, and a formula
 * is also how spreadsheet injection starts.
 */
public final class XlsxSource implements TabularSource {

    private final InputStream in;
    private ReadableWorkbook workbook;
    private Stream<Row> rows;
    private Iterator<Row> iterator;
    private long rowNumber;

    /** Opens lazily, so that a broken workbook is reported like any other bad row, at row 1. */
    public XlsxSource(InputStream in) {
        this.in = in;
    }

    @Override
    public List<String> next() throws IOException {
        try {
            if (iterator == null) {
                workbook = new ReadableWorkbook(in);
                rows = workbook.getFirstSheet().openStream();
                iterator = rows.iterator();
            }
            while (iterator.hasNext()) {
                Row row = iterator.next();
                rowNumber = row.getRowNum();
                List<String> cells = new ArrayList<>(row.getCellCount());
                boolean any = false;
                for (int i = 0; i < row.getCellCount(); i++) {
                    Cell cell = row.getCell(i);
                    String text = text(cell, i);
                    any |= !text.isEmpty();
                    cells.add(text);
                }
                if (any) {
                    return cells;
                }
            }
            return null;
        } catch (FormulaCellException e) {
            throw e;
        } catch (RuntimeException e) {
            // fastexcel reports a broken or truncated workbook as an unchecked exception
            throw new IOException("xlsx unreadable after row " + rowNumber + ": " + e.getMessage(), e);
        }
    }

    private String text(Cell cell, int column) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.FORMULA) {
            throw new FormulaCellException(rowNumber, column);
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return Boolean.parseBoolean(cell.getRawValue()) || "1".equals(cell.getRawValue()) ? "是" : "否";
        }
        String raw = cell.getRawValue();
        return raw == null ? "" : (cell.getType() == CellType.NUMBER ? number(raw) : raw);
    }

    /** Excel writes integers typed as numbers as e.g. "2025" or "2025.0" or "3.60123E+17". */
    private static String number(String raw) {
        if (raw.endsWith(".0")) {
            return raw.substring(0, raw.length() - 2);
        }
        return raw;
    }

    @Override
    public long rowNumber() {
        return rowNumber;
    }

    @Override
    public String encoding() {
        return "XLSX";
    }

    @Override
    public void close() throws IOException {
        if (rows != null) {
            rows.close();
        }
        if (workbook != null) {
            workbook.close();
        }
        in.close();
    }

    /** A cell holds a formula; {@code column} is 0-based. */
    public static final class FormulaCellException extends RuntimeException {
        private final long row;
        private final int column;

        FormulaCellException(long row, int column) {
            super("formula in row " + row + ", column " + (column + 1));
            this.row = row;
            this.column = column;
        }

        public long row() {
            return row;
        }

        public int column() {
            return column;
        }
    }
}
