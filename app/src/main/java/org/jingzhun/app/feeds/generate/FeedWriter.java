// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes one county's feed file: CSV (comma-separated, CRLF, UTF-8) in the long format of
 * DOMAIN.md §7, straight from bytes into one large buffer — a province has some 50 million
 * records, so the hot path copies pre-encoded arrays and digits and makes no Strings. It numbers
 * records per department ({@code YB-360821000000-00000001}: department, county, sequence, so ids
 * are unique per department across the province) and counts them per item.
 */
final class FeedWriter {

    /** The header, exactly. */
    static final List<String> HEADER = List.of("部门", "记录编号", "证件号码", "数据项", "发生日期", "数值", "文本值");
    /** {@link #record}'s value when the item has none. */
    static final long NO_VALUE = Long.MIN_VALUE;

    private static final int BUFFER = 1 << 20;
    private static final int ROW_RESERVE = 1024;
    private static final int SEQUENCE_DIGITS = 8;

    private final OutputStream out;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private long bytesWritten;
    private static final byte[][] DEPARTMENT_CODES = new byte[FeedItem.DEPARTMENTS.length][];

    static {
        for (int d = 0; d < DEPARTMENT_CODES.length; d++) {
            DEPARTMENT_CODES[d] = FeedItem.DEPARTMENTS[d].getBytes(StandardCharsets.US_ASCII);
        }
    }

    private final byte[][] recordIdPrefix = new byte[FeedItem.DEPARTMENTS.length][];
    private final long[] sequence = new long[FeedItem.DEPARTMENTS.length];
    private final long[] perItem = new long[FeedItem.count()];
    private long records;
    private long unmatched;
    private long malformed;

    FeedWriter(OutputStream out, String countyCode) {
        this.out = out;
        for (int d = 0; d < recordIdPrefix.length; d++) {
            recordIdPrefix[d] = (FeedItem.DEPARTMENTS[d] + "-" + countyCode + "-").getBytes(StandardCharsets.US_ASCII);
        }
        byte[] header = (String.join(",", HEADER) + "\r\n").getBytes(StandardCharsets.UTF_8);
        raw(header, 0, header.length);
    }

    /**
     * One record about the person whose ID number is {@code id[idOffset..idOffset+18)}. {@code value}
     * is in hundredths (fen for amounts; 200 for grade 2) or {@link #NO_VALUE}; {@code text} may be null.
     */
    void record(FeedItem item, byte[] id, int idOffset, byte[] date, long value, byte[] text) {
        startRow(item.department);
        raw(id, idOffset, 18);
        comma();
        raw(item.code, 0, item.code.length);
        comma();
        raw(date, 0, date.length);
        comma();
        if (value != NO_VALUE) {
            hundredths(value);
        }
        comma();
        if (text != null) {
            raw(text, 0, text.length);
        }
        endRow();
        perItem[item.ordinal()]++;
    }

    /** Counts the record just written as one whose ID number matches no registered person. */
    void countUnmatched() {
        unmatched++;
    }

    /**
     * A deliberately broken record, its fields given as text (none may need CSV quoting); counted as
     * malformed and under no item.
     */
    void malformed(int department, String id, String item, String date, String value, String text) {
        startRow(department);
        String[] fields = {id, item, date, value, text};
        for (int i = 0; i < fields.length; i++) {
            byte[] b = fields[i].getBytes(StandardCharsets.UTF_8);
            if (b.length > ROW_RESERVE / 8) {
                throw new IllegalArgumentException("field too long for a generated row");
            }
            raw(b, 0, b.length);
            if (i < fields.length - 1) {
                comma();
            }
        }
        endRow();
        malformed++;
    }

    private void startRow(int department) {
        if (pos > BUFFER - ROW_RESERVE) {
            flushBuffer();
        }
        buf[pos++] = DEPARTMENT_CODES[department][0];
        buf[pos++] = DEPARTMENT_CODES[department][1];
        comma();
        byte[] prefix = recordIdPrefix[department];
        raw(prefix, 0, prefix.length);
        digits(++sequence[department], SEQUENCE_DIGITS);
        comma();
        records++;
    }

    private void hundredths(long v) {
        if (v < 0) {
            throw new IllegalArgumentException("the generator writes no negative values: " + v);
        }
        long whole = v / 100;
        digits(whole, digitCount(whole));
        long cents = v % 100;
        if (cents != 0) {
            buf[pos++] = '.';
            digits(cents, 2);
        }
    }

    private void digits(long value, int width) {
        if (value >= pow10(width)) {
            throw new IllegalStateException("more than " + width + " digits: " + value);
        }
        long v = value;
        for (int p = pos + width - 1; p >= pos; p--) {
            buf[p] = (byte) ('0' + v % 10);
            v /= 10;
        }
        pos += width;
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    private static int digitCount(long v) {
        int n = 1;
        while (v >= 10) {
            v /= 10;
            n++;
        }
        return n;
    }

    private void comma() {
        buf[pos++] = ',';
    }

    private void endRow() {
        buf[pos++] = '\r';
        buf[pos++] = '\n';
    }

    private void raw(byte[] b, int offset, int length) {
        System.arraycopy(b, offset, buf, pos, length);
        pos += length;
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

    long bytesWritten() {
        return bytesWritten + pos;
    }

    long records() {
        return records;
    }

    long unmatched() {
        return unmatched;
    }

    long malformed() {
        return malformed;
    }

    /** Records per item, indexed by {@link FeedItem#ordinal()}; a copy. */
    long[] perItem() {
        return perItem.clone();
    }
}
