// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * A column of nullable numbers that stores each value in the narrowest of three forms and widens
 * itself when a value does not fit: {@code short} whole numbers (ages, years, sizes — 2 bytes),
 * {@code int} hundredths (money up to ±21 million yuan — 4 bytes), {@code long} ten-thousandths
 * (anything else the language can represent — 8 bytes). The engine reads every form as a
 * {@code long} in ten-thousandths ({@link Fixed}), the scale of the language's arithmetic, so the
 * narrow forms cost nothing but one multiplication per value read, and a province's ages and money
 * take a quarter or half of what {@code long}s would. A null is the form's minimum value.
 */
final class NumberColumn {

    private static final byte SHORT = 0;
    private static final byte INT = 1;
    private static final byte LONG = 2;

    private byte form = SHORT;
    private short[] shorts;
    private int[] ints;
    private long[] longs;
    private int size;

    NumberColumn(int capacity) {
        shorts = new short[Math.max(capacity, 16)];
    }

    int size() {
        return size;
    }

    /** Appends a null row. */
    void appendNull() {
        if (size == capacity()) {
            grow(size + 1);
        }
        switch (form) {
            case SHORT -> shorts[size] = Short.MIN_VALUE;
            case INT -> ints[size] = Integer.MIN_VALUE;
            default -> longs[size] = Fixed.NULL;
        }
        size++;
    }

    /** Sets a row to a value in ten-thousandths, or {@link Fixed#NULL}; widens the column if needed. */
    void set(int row, long value) {
        if (value == Fixed.NULL) {
            switch (form) {
                case SHORT -> shorts[row] = Short.MIN_VALUE;
                case INT -> ints[row] = Integer.MIN_VALUE;
                default -> longs[row] = Fixed.NULL;
            }
            return;
        }
        byte needed = formOf(value);
        if (needed > form) {
            widen(needed);
        }
        switch (form) {
            case SHORT -> shorts[row] = (short) (value / 10_000);
            case INT -> ints[row] = (int) (value / 100);
            default -> longs[row] = value;
        }
    }

    /** The value of a row in ten-thousandths, or {@link Fixed#NULL}. */
    long get(int row) {
        return switch (form) {
            case SHORT -> {
                short v = shorts[row];
                yield v == Short.MIN_VALUE ? Fixed.NULL : v * 10_000L;
            }
            case INT -> {
                int v = ints[row];
                yield v == Integer.MIN_VALUE ? Fixed.NULL : v * 100L;
            }
            default -> longs[row];
        };
    }

    /** Reads the values of {@code rows[0..n)} into {@code out}: one branch per call, not per value. */
    void load(int[] rows, int n, long[] out) {
        switch (form) {
            case SHORT -> {
                short[] a = shorts;
                for (int i = 0; i < n; i++) {
                    short v = a[rows[i]];
                    out[i] = v == Short.MIN_VALUE ? Fixed.NULL : v * 10_000L;
                }
            }
            case INT -> {
                int[] a = ints;
                for (int i = 0; i < n; i++) {
                    int v = a[rows[i]];
                    out[i] = v == Integer.MIN_VALUE ? Fixed.NULL : v * 100L;
                }
            }
            default -> {
                long[] a = longs;
                for (int i = 0; i < n; i++) {
                    out[i] = a[rows[i]];
                }
            }
        }
    }

    /**
     * Compares the values of {@code rows[0..n)} with a constant (ten-thousandths, not null) straight from
     * the narrow form, writing the answer for less, equal or greater, or {@code unknown} for a null.
     */
    void compare(int[] rows, int n, long c, byte lt, byte eq, byte gt, byte unknown, byte[] out) {
        switch (form) {
            case SHORT -> {
                short[] a = shorts;
                for (int i = 0; i < n; i++) {
                    short v = a[rows[i]];
                    long x = v * 10_000L;
                    out[i] = v == Short.MIN_VALUE ? unknown : x < c ? lt : x == c ? eq : gt;
                }
            }
            case INT -> {
                int[] a = ints;
                for (int i = 0; i < n; i++) {
                    int v = a[rows[i]];
                    long x = v * 100L;
                    out[i] = v == Integer.MIN_VALUE ? unknown : x < c ? lt : x == c ? eq : gt;
                }
            }
            default -> {
                long[] a = longs;
                for (int i = 0; i < n; i++) {
                    long x = a[rows[i]];
                    out[i] = x == Fixed.NULL ? unknown : x < c ? lt : x == c ? eq : gt;
                }
            }
        }
    }

    /** Reorders rows {@code [from, from + perm.length)} so that new row {@code from + i} is old row {@code from + perm[i]}. */
    void permute(int from, int[] perm, int n, long[] scratch) {
        for (int i = 0; i < n; i++) {
            scratch[i] = get(from + perm[i]);
        }
        for (int i = 0; i < n; i++) {
            set(from + i, scratch[i]);
        }
    }

    /** The value of a row as the evaluator sees it: a number without needless trailing zeros, or null. */
    BigDecimal decimal(int row) {
        return Fixed.toDecimal(get(row));
    }

    /** Appends rows {@code [from, from + n)} of another column; whole arrays are copied when both have the same form. */
    void appendRange(NumberColumn src, int from, int n) {
        if (size + n > capacity()) {
            grow(size + n);
        }
        if (src.form > form) {
            widen(src.form);
        }
        if (src.form == form) {
            switch (form) {
                case SHORT -> System.arraycopy(src.shorts, from, shorts, size, n);
                case INT -> System.arraycopy(src.ints, from, ints, size, n);
                default -> System.arraycopy(src.longs, from, longs, size, n);
            }
            size += n;
            return;
        }
        for (int i = 0; i < n; i++) {
            set(size + i, src.get(from + i));
        }
        size += n;
    }

    void write(SnapshotIo.Out out) throws java.io.IOException {
        out.writeInt(size);
        out.writeByte(form);
        switch (form) {
            case SHORT -> out.writeShorts(shorts, size);
            case INT -> out.writeInts(ints, size);
            default -> out.writeLongs(longs, size);
        }
    }

    static NumberColumn read(SnapshotIo.In in) throws java.io.IOException {
        int n = in.readInt();
        byte form = (byte) in.readByte();
        NumberColumn c = new NumberColumn(0);
        c.shorts = null;
        switch (form) {
            case SHORT -> c.shorts = in.readShorts(n);
            case INT -> c.ints = in.readInts(n);
            case LONG -> c.longs = in.readLongs(n);
            default -> throw new java.io.IOException("not a number column: form " + form);
        }
        c.form = form;
        c.size = n;
        return c;
    }

    /** Bytes held, for the benchmark's memory figures. */
    long bytes() {
        return switch (form) {
            case SHORT -> 2L * shorts.length;
            case INT -> 4L * ints.length;
            default -> 8L * longs.length;
        };
    }

    /** Drops spare capacity once the column is complete. */
    void trim() {
        switch (form) {
            case SHORT -> shorts = Arrays.copyOf(shorts, size);
            case INT -> ints = Arrays.copyOf(ints, size);
            default -> longs = Arrays.copyOf(longs, size);
        }
    }

    private static byte formOf(long value) {
        if (value % 10_000 == 0 && Math.abs(value / 10_000) <= Short.MAX_VALUE) {
            return SHORT;
        }
        if (value % 100 == 0 && Math.abs(value / 100) <= Integer.MAX_VALUE) {
            return INT;
        }
        return LONG;
    }

    private int capacity() {
        return switch (form) {
            case SHORT -> shorts.length;
            case INT -> ints.length;
            default -> longs.length;
        };
    }

    private void grow(int min) {
        int cap = Math.max(min, capacity() + (capacity() >> 1) + 16);
        switch (form) {
            case SHORT -> shorts = Arrays.copyOf(shorts, cap);
            case INT -> ints = Arrays.copyOf(ints, cap);
            default -> longs = Arrays.copyOf(longs, cap);
        }
    }

    private void widen(byte to) {
        int cap = capacity();
        long[] values = null;
        if (to == LONG) {
            values = new long[cap];
            for (int i = 0; i < size; i++) {
                values[i] = get(i);
            }
            longs = values;
        } else {
            int[] wide = new int[cap];
            for (int i = 0; i < size; i++) {
                short v = shorts[i];
                wide[i] = v == Short.MIN_VALUE ? Integer.MIN_VALUE : v * 100;
            }
            ints = wide;
        }
        if (form == SHORT) {
            shorts = null;
        } else if (to == LONG) {
            ints = null;
        }
        form = to;
    }

    /** Converts a value from the data to ten-thousandths, refusing what the engine cannot hold exactly. */
    static long fromDecimal(BigDecimal v) {
        if (v == null) {
            return Fixed.NULL;
        }
        try {
            long result = v.setScale(Fixed.SCALE, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
            if (result == Fixed.NULL) {
                throw new ArithmeticException("reserved");
            }
            return result;
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("a number in the snapshot has at most " + Fixed.SCALE
                    + " decimals and fewer than 15 digits before the point: " + v.toPlainString(), e);
        }
    }
}
