// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.csv;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Rows of a table file (CSV or XLSX), read one at a time. The first row is the header.
 * Implementations stream: a file of any size never sits in memory.
 */
public interface TabularSource extends Closeable {

    /** The next non-empty row's cells as text, or {@code null} at the end. */
    List<String> next() throws IOException;

    /** The 1-based row number (CSV line, spreadsheet row) of the row last returned. */
    long rowNumber();

    /** What the file was decoded as, for the report ("UTF-8", "GBK", "XLSX"). */
    String encoding();
}
