// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** A CSV file (UTF-8 or GBK, detected) as a {@link TabularSource}. */
public final class CsvSource implements TabularSource {

    private final CsvReader reader;
    private final String encoding;

    public CsvSource(InputStream in) throws IOException {
        TextDecoding.Decoded decoded = TextDecoding.open(in);
        this.reader = new CsvReader(decoded.reader());
        this.encoding = decoded.charset().name();
    }

    @Override
    public List<String> next() throws IOException {
        return reader.next();
    }

    @Override
    public long rowNumber() {
        return reader.recordLine();
    }

    @Override
    public String encoding() {
        return encoding;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
