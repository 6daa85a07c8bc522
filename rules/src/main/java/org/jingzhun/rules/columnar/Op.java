// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import java.util.Arrays;

/**
 * An operator compiled from one node of a condition: it evaluates the node for every row of a
 * {@link Frame} into its own output array (one instance per worker thread). Truth values are three:
 * {@link #FALSE} 0, {@link #UNKNOWN} 1, {@link #TRUE} 2 — so that Kleene's {@code and} is the minimum,
 * {@code or} the maximum, {@code not} is {@code 2 - x}, {@code any} the maximum over items and
 * {@code all} the minimum. Numbers are {@link Fixed} longs, text a code of the run's
 * {@link TextSpace}, dates epoch days; unknown is {@link Fixed#NULL}, -1 and {@link #NO_DATE}.
 */
abstract class Op {

    static final byte FALSE = 0;
    static final byte UNKNOWN = 1;
    static final byte TRUE = 2;
    static final int NO_DATE = Integer.MIN_VALUE;

    abstract void eval(Frame f);

    /** A true/false/unknown operator. */
    abstract static class Bool extends Op {
        byte[] out = new byte[0];

        final byte[] out(int n) {
            if (out.length < n) {
                out = new byte[Math.max(n, out.length + (out.length >> 1))];
            }
            return out;
        }
    }

    /** A number operator. */
    abstract static class Num extends Op {
        long[] out = new long[0];

        final long[] out(int n) {
            if (out.length < n) {
                out = new long[Math.max(n, out.length + (out.length >> 1))];
            }
            return out;
        }
    }

    /** A text (code) or date (epoch day) operator. */
    abstract static class Int extends Op {
        int[] out = new int[0];

        final int[] out(int n) {
            if (out.length < n) {
                out = new int[Math.max(n, out.length + (out.length >> 1))];
            }
            return out;
        }
    }

    static byte truth(Boolean b) {
        return b == null ? UNKNOWN : b ? TRUE : FALSE;
    }

    /** A constant truth value. */
    static final class BoolConst extends Bool {
        private final byte value;

        BoolConst(byte value) {
            this.value = value;
        }

        @Override
        void eval(Frame f) {
            Arrays.fill(out(f.n), 0, f.n, value);
        }
    }

    /** A constant number (or unknown). */
    static final class NumConst extends Num {
        final long value;

        NumConst(long value) {
            this.value = value;
        }

        @Override
        void eval(Frame f) {
            Arrays.fill(out(f.n), 0, f.n, value);
        }
    }

    /** A constant text code or date. */
    static final class IntConst extends Int {
        final int value;

        IntConst(int value) {
            this.value = value;
        }

        @Override
        void eval(Frame f) {
            Arrays.fill(out(f.n), 0, f.n, value);
        }
    }
}
