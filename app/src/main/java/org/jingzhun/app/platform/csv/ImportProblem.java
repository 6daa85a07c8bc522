// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.csv;

/**
 * One thing wrong with an imported file, said so that a person can find and fix it.
 *
 * @param row     1-based line of the file (the header is row 1)
 * @param column  the header of the column concerned, or {@code null} for the whole row
 * @param value   the offending value as read, or {@code null}
 * @param message what is wrong, in Chinese
 */
public record ImportProblem(long row, String column, String value, String message) {

    @Override
    public String toString() {
        return "第 " + row + " 行" + (column == null ? "" : "，列“" + column + "”")
                + (value == null ? "" : "，值“" + value + "”") + "：" + message;
    }
}
