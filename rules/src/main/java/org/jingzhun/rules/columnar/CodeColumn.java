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
