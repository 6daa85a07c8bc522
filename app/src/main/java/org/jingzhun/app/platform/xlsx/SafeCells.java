// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.xlsx;

import org.dhatim.fastexcel.Worksheet;

/**
 * Writes user-supplied text into spreadsheets so that it stays text: a value starting with
 * {@code = + - @} (or a tab or carriage return) would be taken for a formula by Excel, WPS or
 * LibreOffice when the file is opened or re-saved as CSV ("formula injection"); it is prefixed
 * with an apostrophe. Numbers that are identifiers (ID numbers, codes) are always written as text.
 */
public final class SafeCells {

    private SafeCells() {
    }

    /** {@code value} neutralised for a spreadsheet or CSV cell; {@code null} stays {@code null}. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }

    public static void text(Worksheet ws, int row, int column, String value) {
        if (value != null) {
            ws.value(row, column, neutralise(value));
        }
    }
}
