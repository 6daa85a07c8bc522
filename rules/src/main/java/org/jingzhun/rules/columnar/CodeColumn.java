// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import java.util.Arrays;

/**
 * A column of small signed integers — dictionary codes, member ordinals — stored in {@code byte}s
 * until a value needs a {@code short}, then in {@code short}s until one needs an {@code int}. A
 * vocabulary of a dozen words over 45 million members thus costs 45 MB, not 180 MB, and nobody has
 * to guess a width in advance. Negative values are the caller's sentinels (null, an unmatched ID).
 */
final class CodeColumn {

    private byte[] bytes;
    private short[] shorts;
    private int[] ints;
    private int size;

    CodeColumn(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    int size() {
        return size;
    }

    void append(int value) {
        if (size == capacity()) {
            grow(size + 1);
        }
        size++;
        set(size - 1, value);
    }

    void set(int row, int value) {
        if (bytes != null) {
            if (value == (byte) value) {
                bytes[row] = (byte) value;
                return;
            }
            widen(value == (short) value ? 2 : 4);
        } else if (shorts != null && value != (short) value) {
            widen(4);
        }
        if (shorts != null) {
            shorts[row] = (short) value;
        } else {
            ints[row] = value;
        }
    }

    int get(int row) {
        return bytes != null ? bytes[row] : shorts != null ? shorts[row] : ints[row];
    }

    /** Reads {@code rows[0..n)} into {@code out}. */
    void load(int[] rows, int n, int[] out) {
        if (bytes != null) {
            byte[] a = bytes;
            for (int i = 0; i < n; i++) {
                out[i] = a[rows[i]];
            }
        } else if (shorts != null) {
            short[] a = shorts;
            for (int i = 0; i < n; i++) {
                out[i] = a[rows[i]];
            }
        } else {
            int[] a = ints;
            for (int i = 0; i < n; i++) {
                out[i] = a[rows[i]];
            }
        }
    }

    /**
     * Looks the codes of {@code rows[0..n)} up in a table of answers indexed by code, writing
     * {@code negative} for a negative (null) code: a text comparison or {@code in} with constants, and a
     * boolean column read as a truth value, in one pass over the narrow column.
     */
    void lookup(int[] rows, int n, byte[] table, byte negative, byte[] out) {
        if (bytes != null) {
            byte[] a = bytes;
            for (int i = 0; i < n; i++) {
                int v = a[rows[i]];
                out[i] = v < 0 ? negative : table[v];
            }
        } else if (shorts != null) {
            short[] a = shorts;
            for (int i = 0; i < n; i++) {
                int v = a[rows[i]];
                out[i] = v < 0 ? negative : table[v];
            }
        } else {
            int[] a = ints;
            for (int i = 0; i < n; i++) {
                int v = a[rows[i]];
                out[i] = v < 0 ? negative : table[v];
            }
        }
    }

    /** Reorders rows {@code [from, from + n)}: new row {@code from + i} is old row {@code from + perm[i]}. */
    void permute(int from, int[] perm, int n, int[] scratch) {
        for (int i = 0; i < n; i++) {
            scratch[i] = get(from + perm[i]);
        }
        for (int i = 0; i < n; i++) {
            set(from + i, scratch[i]);
        }
    }

    /**
     * Appends rows {@code [from, from + n)} of another column whose codes mean the same (one dictionary,
     * or a copy of it): whole arrays are copied when both columns have the same width.
     */
    void appendRange(CodeColumn src, int from, int n) {
        if (size + n > capacity()) {
            grow(size + n);
        }
        int width = src.bytes != null ? 1 : src.shorts != null ? 2 : 4;
        int mine = bytes != null ? 1 : shorts != null ? 2 : 4;
        if (width > mine) {
            widen(width);
            mine = width;
        }
        if (width == mine) {
            if (width == 1) {
                System.arraycopy(src.bytes, from, bytes, size, n);
            } else if (width == 2) {
                System.arraycopy(src.shorts, from, shorts, size, n);
            } else {
                System.arraycopy(src.ints, from, ints, size, n);
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
        if (bytes != null) {
            out.writeByte(1);
            out.writeBytes(bytes, size);
        } else if (shorts != null) {
            out.writeByte(2);
            out.writeShorts(shorts, size);
        } else {
            out.writeByte(4);
            out.writeInts(ints, size);
        }
    }

    static CodeColumn read(SnapshotIo.In in) throws java.io.IOException {
        int n = in.readInt();
        int width = in.readByte();
        CodeColumn c = new CodeColumn(0);
        switch (width) {
            case 1 -> c.bytes = in.readBytes(n);
            case 2 -> {
                c.bytes = null;
                c.shorts = in.readShorts(n);
            }
            case 4 -> {
                c.bytes = null;
                c.ints = in.readInts(n);
            }
            default -> throw new java.io.IOException("not a code column: width " + width);
        }
        c.size = n;
        return c;
    }

    long bytes() {
        return bytes != null ? bytes.length : shorts != null ? 2L * shorts.length : 4L * ints.length;
    }

    void trim() {
        if (bytes != null) {
            bytes = Arrays.copyOf(bytes, size);
        } else if (shorts != null) {
            shorts = Arrays.copyOf(shorts, size);
        } else {
            ints = Arrays.copyOf(ints, size);
        }
    }

    private int capacity() {
        return bytes != null ? bytes.length : shorts != null ? shorts.length : ints.length;
    }

    private void grow(int min) {
        int cap = Math.max(min, capacity() + (capacity() >> 1) + 16);
        if (bytes != null) {
            bytes = Arrays.copyOf(bytes, cap);
        } else if (shorts != null) {
            shorts = Arrays.copyOf(shorts, cap);
        } else {
            ints = Arrays.copyOf(ints, cap);
        }
    }

    private void widen(int width) {
        int cap = capacity();
        if (width == 2) {
            short[] wide = new short[cap];
            for (int i = 0; i < size; i++) {
                wide[i] = bytes[i];
            }
            shorts = wide;
        } else {
            int[] wide = new int[cap];
            for (int i = 0; i < size; i++) {
                wide[i] = get(i);
            }
            ints = wide;
            shorts = null;
        }
        bytes = null;
    }
}
