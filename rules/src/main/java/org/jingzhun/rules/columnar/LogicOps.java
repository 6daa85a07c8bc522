// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

/**
 * {@code not}, {@code and}, {@code or}, {@code is [not] null} and equality of truth values, in
 * Kleene's three-valued logic as the {@link org.jingzhun.rules.Evaluator} has it. The evaluator
 * skips the right operand when the left decides; here the right operand is skipped when the left
 * decides for the whole batch, and otherwise evaluated for all rows — a checked condition has no
 * side effects or errors, so the values are the same.
 */
final class LogicOps {

    private LogicOps() {
    }

    static final class Not extends Op.Bool {
        private final Op.Bool operand;

        Not(Op.Bool operand) {
            this.operand = operand;
        }

        @Override
        void eval(Frame f) {
            operand.eval(f);
            byte[] in = operand.out;
            byte[] o = out(f.n);
            for (int i = 0; i < f.n; i++) {
                o[i] = (byte) (TRUE - in[i]);
            }
        }
    }

    /**
     * {@code and} (the minimum) or {@code or} (the maximum). The right operand is evaluated only for the
     * rows the left one leaves undecided: when they are few (or the right operand is an aggregate, worth
     * sparing even for a good share of rows) they are first copied into a smaller frame, so that rules
     * like {@code household.category = 'EXITED' and (any feed …)} scan feed records only where it matters.
     */
    static final class AndOr extends Op.Bool {
        private final boolean and;
        private final Op.Bool left;
        private final Op.Bool right;
        private final boolean expensiveRight;
        private final Frame sub = new Frame(64);
        private int[] position = new int[64];

        AndOr(boolean and, Op.Bool left, Op.Bool right, boolean expensiveRight) {
            this.and = and;
            this.left = left;
            this.right = right;
            this.expensiveRight = expensiveRight;
        }

        @Override
        void eval(Frame f) {
            int n = f.n;
            left.eval(f);
            byte[] l = left.out;
            byte[] o = out(n);
            byte decisive = and ? FALSE : TRUE;
            int open = 0;
            for (int i = 0; i < n; i++) {
                open += l[i] != decisive ? 1 : 0;
            }
            if (open == 0) {
                System.arraycopy(l, 0, o, 0, n);
            } else if (open * 2 <= n || expensiveRight && open * 8 <= n * 7) {
                compacted(f, l, o, decisive, open);
            } else {
                right.eval(f);
                combine(l, right.out, o, n);
            }
        }

        private void compacted(Frame f, byte[] l, byte[] o, byte decisive, int open) {
            Frame s = sub;
            s.ensure(open);
            if (position.length < open) {
                position = new int[Math.max(open, position.length * 2)];
            }
            int k = 0;
            for (int i = 0; i < f.n; i++) {
                if (l[i] != decisive) {
                    s.hh[k] = f.hh[i];
                    s.mem[k] = f.mem[i];
                    s.feed[k] = f.feed[i];
                    position[k++] = i;
                }
            }
            s.n = k;
            right.eval(s);
            byte[] r = right.out;
            System.arraycopy(l, 0, o, 0, f.n);
            for (int j = 0; j < k; j++) {
                int i = position[j];
                o[i] = (byte) (and ? Math.min(l[i], r[j]) : Math.max(l[i], r[j]));
            }
        }

        private void combine(byte[] l, byte[] r, byte[] o, int n) {
            if (and) {
                for (int i = 0; i < n; i++) {
                    o[i] = (byte) Math.min(l[i], r[i]);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    o[i] = (byte) Math.max(l[i], r[i]);
                }
            }
        }
    }

    /** {@code x is null} / {@code x is not null} for a number. */
    static final class NumIsNull extends Op.Bool {
        private final Op.Num operand;
        private final boolean negated;

        NumIsNull(Op.Num operand, boolean negated) {
            this.operand = operand;
            this.negated = negated;
        }

        @Override
        void eval(Frame f) {
            operand.eval(f);
            long[] in = operand.out;
            byte[] o = out(f.n);
            for (int i = 0; i < f.n; i++) {
                o[i] = (in[i] == Fixed.NULL) != negated ? TRUE : FALSE;
            }
        }
    }

    /** {@code x is null} for a text code (-1) or a date ({@link Op#NO_DATE}). */
    static final class IntIsNull extends Op.Bool {
        private final Op.Int operand;
        private final boolean negated;
        private final int nullValue;

        IntIsNull(Op.Int operand, boolean negated, int nullValue) {
            this.operand = operand;
            this.negated = negated;
            this.nullValue = nullValue;
        }

        @Override
        void eval(Frame f) {
            operand.eval(f);
            int[] in = operand.out;
            byte[] o = out(f.n);
            for (int i = 0; i < f.n; i++) {
                o[i] = (in[i] == nullValue) != negated ? TRUE : FALSE;
            }
        }
    }

    /** {@code x is null} for a truth value: an unknown truth value is the evaluator's null. */
    static final class BoolIsNull extends Op.Bool {
        private final Op.Bool operand;
        private final boolean negated;

        BoolIsNull(Op.Bool operand, boolean negated) {
            this.operand = operand;
            this.negated = negated;
        }

        @Override
        void eval(Frame f) {
            operand.eval(f);
            byte[] in = operand.out;
            byte[] o = out(f.n);
            for (int i = 0; i < f.n; i++) {
                o[i] = (in[i] == UNKNOWN) != negated ? TRUE : FALSE;
            }
        }
    }

    /** {@code a = b} / {@code a <> b} on truth values: unknown when either is. */
    static final class BoolEquals extends Op.Bool {
        private final Op.Bool left;
        private final Op.Bool right;
        private final boolean equal;

        BoolEquals(Op.Bool left, Op.Bool right, boolean equal) {
            this.left = left;
            this.right = right;
            this.equal = equal;
        }

        @Override
        void eval(Frame f) {
            left.eval(f);
            right.eval(f);
            byte[] l = left.out;
            byte[] r = right.out;
            byte[] o = out(f.n);
            for (int i = 0; i < f.n; i++) {
                o[i] = l[i] == UNKNOWN || r[i] == UNKNOWN ? UNKNOWN : (l[i] == r[i]) == equal ? TRUE : FALSE;
            }
        }
    }
}
