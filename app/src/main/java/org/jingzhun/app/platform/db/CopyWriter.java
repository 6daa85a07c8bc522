// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.db;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into PostgreSQL with {@code COPY … FROM STDIN} (text format), a buffer at a time:
 * the way bulk data enters the database, an order of magnitude faster than batched INSERTs and
 * never holding the whole input in memory. Use on the transaction's own connection.
 */
public final class CopyWriter implements AutoCloseable {

    private static final int FLUSH_BYTES = 1 << 20;

    private final CopyIn copy;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_BYTES + 4096);
    private final StringBuilder line = new StringBuilder(256);
    private long rows;
    private boolean done;

    private CopyWriter(CopyIn copy) {
        this.copy = copy;
    }

    /** Starts {@code copySql}, e.g. {@code copy t (a, b) from stdin}. */
    public static CopyWriter open(Connection connection, String copySql) throws SQLException {
        return new CopyWriter(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql));
    }

    /** Appends one row; {@code null} becomes SQL NULL, everything else its {@code toString()}. */
    public void row(Object... values) throws SQLException {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                line.append("\\N");
            } else {
                escape(v.toString());
            }
        }
        line.append('\n');
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        buffer.writeBytes(bytes);
        rows++;
        if (buffer.size() >= FLUSH_BYTES) {
            flush();
        }
    }

    public long rows() {
        return rows;
    }

    /** Sends what is buffered and ends the COPY; returns the number of rows the server took. */
    public long finish() throws SQLException {
        flush();
        done = true;
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (!done && copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void flush() throws SQLException {
        if (buffer.size() > 0) {
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            buffer.reset();
        }
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }
}
