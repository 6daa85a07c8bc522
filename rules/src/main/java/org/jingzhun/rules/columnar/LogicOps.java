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

    /** {@code and} (the minimum) or {@code or} (the maximum). */
    static final class AndOr extends Op.Bool {
        private final boolean and;
        private final Op.Bool left;
        private final Op.Bool right;

        AndOr(boolean and, Op.Bool left, Op.Bool right) {
            this.and = and;
            this.left = left;
            this.right = right;
        }

        @Override
        void eval(Frame f) {
            int n = f.n;
            left.eval(f);
            byte[] l = left.out;
            byte[] o = out(n);
            byte decisive = and ? FALSE : TRUE;
            boolean decided = true;
            for (int i = 0; i < n; i++) {
                decided &= l[i] == decisive;
            }
            if (decided) {
                System.arraycopy(l, 0, o, 0, n);
                return;
            }
            right.eval(f);
            byte[] r = right.out;
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
