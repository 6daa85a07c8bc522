// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV (RFC 4180: comma-separated, CRLF line ends, quotes only where a field needs them) as
 * UTF-8 bytes straight into one large buffer. The generator writes tens of millions of rows, so
 * the hot path appends pre-encoded byte arrays and digits and never creates a String or goes
 * through a CharsetEncoder; {@link #text(String)} is for the few fields that are not known ahead.
 */
final class CsvBytes implements AutoCloseable {

    private static final int BUFFER = 1 << 20;
    /** Room kept free for one row; the longest generated row is well under 1 KiB. */
    private static final int ROW_RESERVE = 8 * 1024;

    private final OutputStream out;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private boolean rowStarted;
    private long bytesWritten;

    CsvBytes(OutputStream out) {
        this.out = out;
    }

    /** Starts the next field: writes the separator unless it is the first field of the row. */
    void startField() {
        if (rowStarted) {
            buf[pos++] = ',';
        } else {
            if (pos > BUFFER - ROW_RESERVE) {
                flushBuffer();
            }
            rowStarted = true;
        }
    }

    /** Appends bytes to the current field; they must not need quoting. */
    void raw(byte[] bytes) {
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    /** Appends one ASCII character to the current field. */
    void rawAscii(char c) {
        buf[pos++] = (byte) c;
    }

    void field(byte[] bytes) {
        startField();
        raw(bytes);
    }

    void empty() {
        startField();
    }

    /** A non-negative number, left-padded with zeros to {@code width} digits. */
    void digits(long value, int width) {
        startField();
        rawDigits(value, width);
    }

    /** A non-negative number padded to {@code width}, appended to the current field. */
    void rawDigits(long value, int width) {
        int end = pos + width;
        long v = value;
        for (int p = end - 1; p >= pos; p--) {
            buf[p] = (byte) ('0' + (v % 10));
            v /= 10;
        }
        pos = end;
    }

    void number(long value) {
        startField();
        if (value < 0) {
            buf[pos++] = '-';
            value = -value;
        }
        rawDigits(value, digitCount(value));
    }

    /** A non-negative amount of fen as yuan with at most two decimals: {@code 1234}, {@code 1234.50}. */
    void money(long fen) {
        if (fen < 0) {
            throw new IllegalArgumentException("the generator writes no negative amounts: " + fen);
        }
        number(fen / 100);
        long cents = fen % 100;
        if (cents != 0) {
            buf[pos++] = '.';
            rawDigits(cents, 2);
        }
    }

    /** Any text, quoted when it holds a comma, quote or line break. Not for the hot path. */
    void text(String value) {
        startField();
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        String v = quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
        byte[] b = v.getBytes(StandardCharsets.UTF_8);
        if (b.length > ROW_RESERVE / 2) {
            throw new IllegalArgumentException("field too long for a generated row");
        }
        raw(b);
    }

    void row(List<String> fields) {
        for (String f : fields) {
            text(f);
        }
        endRow();
    }

    void endRow() {
        if (!rowStarted) {
            startField();
        }
        buf[pos++] = '\r';
        buf[pos++] = '\n';
        rowStarted = false;
    }

    long bytesWritten() {
        return bytesWritten + pos;
    }

    private void flushBuffer() {
        try {
            out.write(buf, 0, pos);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytesWritten += pos;
        pos = 0;
    }

    /** Writes what is buffered and flushes the stream, without closing it. */
    void flush() {
        flushBuffer();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        flush();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int digitCount(long v) {
        int n = 1;
        while (v >= 10) {
            v /= 10;
            n++;
        }
        return n;
    }

    /** Pre-encoded labels of a vocabulary enum, indexed by ordinal. */
    static <E extends Enum<E> & org.jingzhun.kernel.household.Labelled> byte[][] labels(Class<E> type) {
        E[] values = type.getEnumConstants();
        byte[][] bytes = new byte[values.length][];
        for (E e : values) {
            bytes[e.ordinal()] = e.label().getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }
}
