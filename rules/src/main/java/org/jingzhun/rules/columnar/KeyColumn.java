// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import java.util.Arrays;

/**
 * A column of identifiers that are text in the data but numbers in nearly every row — ID numbers
 * (17 digits and a check character, GB 11643) and department record ids — kept as one {@code long}
 * per row instead of a 60-byte {@code String}. A value not of the expected shape goes to a side
 * dictionary and is stored as a negative code, so nothing is refused and every value comes back
 * exactly; only the common shape is compact.
 */
final class KeyColumn {

    /** How text maps to a {@code long}. */
    enum Shape { ID_NUMBER, DECIMAL }

    static final long NULL = Long.MIN_VALUE;

    private final Shape shape;
    private final Dictionary others;
    private long[] codes;
    private int size;

    KeyColumn(Shape shape, int capacity) {
        this(shape, capacity, new Dictionary());
    }

    /** A column whose values of an unusual shape have the codes they have in {@code others} (a copy is taken by the caller). */
    KeyColumn(Shape shape, int capacity, Dictionary others) {
        this.shape = shape;
        this.codes = new long[Math.max(capacity, 16)];
        this.others = others;
    }

    Shape shape() {
        return shape;
    }

    /** The values of an unusual shape, numbered as this column's negative codes number them. */
    Dictionary others() {
        return others;
    }

    /** Appends rows {@code [from, from + n)} of a column whose unusual values have the same codes (a copy of its dictionary). */
    void appendRange(KeyColumn src, int from, int n) {
        if (size + n > codes.length) {
            codes = Arrays.copyOf(codes, size + n);
        }
        System.arraycopy(src.codes, from, codes, size, n);
        size += n;
    }

    /** Writes the codes (the dictionary of unusual values is written apart, with the snapshot's other dictionaries). */
    void write(SnapshotIo.Out out) throws java.io.IOException {
        out.writeInt(size);
        out.writeLongs(codes, size);
    }

    static KeyColumn read(SnapshotIo.In in, Shape shape, Dictionary others) throws java.io.IOException {
        int n = in.readInt();
        KeyColumn c = new KeyColumn(shape, 0, others);
        c.codes = in.readLongs(n);
        c.size = n;
        return c;
    }

    void append(String value) {
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, Math.max(size + 1, size + (size >> 1) + 16));
        }
        codes[size++] = encode(value);
    }

    /** Appends a number directly: the streaming path for keys the application already holds as numbers. */
    void append(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("a numeric key is not negative: " + value);
        }
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, Math.max(size + 1, size + (size >> 1) + 16));
        }
        codes[size++] = value;
    }

    void set(int row, String value) {
        codes[row] = encode(value);
    }

    long code(int row) {
        return codes[row];
    }

    String value(int row) {
        return decode(codes[row]);
    }

    int size() {
        return size;
    }

    /** The code a value has or would have in this column without adding it; {@code NULL + 1} if it has none. */
    long find(String value) {
        if (value == null) {
            return NULL;
        }
        long c = compact(value);
        if (c >= 0) {
            return c;
        }
        int other = others.find(value);
        return other < 0 ? NULL + 1 : -1L - other;
    }

    void permute(int from, int[] perm, int n, long[] scratch) {
        for (int i = 0; i < n; i++) {
            scratch[i] = codes[from + perm[i]];
        }
        System.arraycopy(scratch, 0, codes, from, n);
    }

    long bytes() {
        return 8L * codes.length;
    }

    void trim() {
        codes = Arrays.copyOf(codes, size);
    }

    private long encode(String value) {
        if (value == null) {
            return NULL;
        }
        long c = compact(value);
        return c >= 0 ? c : -1L - others.code(value);
    }

    private String decode(long code) {
        if (code == NULL) {
            return null;
        }
        if (code < 0) {
            return others.value((int) (-1L - code));
        }
        if (shape == Shape.DECIMAL) {
            return Long.toString(code);
        }
        long check = code % 11;
        String digits = Long.toString(code / 11);
        return "0".repeat(17 - digits.length()) + digits + (check == 10 ? "X" : Long.toString(check));
    }

    /** The compact code of a value of the usual shape, or -1. */
    private long compact(String v) {
        if (shape == Shape.DECIMAL) {
            if (v.isEmpty() || v.length() > 18 || (v.length() > 1 && v.charAt(0) == '0')) {
                return -1;
            }
            long n = 0;
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                n = n * 10 + (c - '0');
            }
            return n;
        }
        if (v.length() != 18) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < 17; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        char last = v.charAt(17);
        int check = last == 'X' ? 10 : last >= '0' && last <= '9' ? last - '0' : -1;
        return check < 0 ? -1 : n * 11 + check;
    }
}
