// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import org.jingzhun.rules.Expr.BinaryOp;

/**
 * Comparisons ({@code = <> < <= > >=}) and {@code in} on numbers, text codes and dates. A comparison
 * with an unknown operand is unknown. Each operator is reduced, when compiled, to the three answers
 * it gives for "less", "equal" and "greater", so that one loop serves all six.
 */
final class CompareOps {

    private CompareOps() {
    }

    /** The answers of {@code op} for less, equal, greater. */
    static byte[] answers(BinaryOp op) {
        return switch (op) {
            case EQ -> new byte[] {Op.FALSE, Op.TRUE, Op.FALSE};
            case NE -> new byte[] {Op.TRUE, Op.FALSE, Op.TRUE};
            case LT -> new byte[] {Op.TRUE, Op.FALSE, Op.FALSE};
            case LE -> new byte[] {Op.TRUE, Op.TRUE, Op.FALSE};
            case GT -> new byte[] {Op.FALSE, Op.FALSE, Op.TRUE};
            case GE -> new byte[] {Op.FALSE, Op.TRUE, Op.TRUE};
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    /** The same comparison with its operands swapped: {@code 5 < x} is {@code x > 5}. */
    static BinaryOp swapped(BinaryOp op) {
        return switch (op) {
            case LT -> BinaryOp.GT;
            case LE -> BinaryOp.GE;
            case GT -> BinaryOp.LT;
            case GE -> BinaryOp.LE;
            default -> op;
        };
    }

    /** Two numbers. */
    static final class Num extends Op.Bool {
        private final Op.Num left;
        private final Op.Num right;
        private final byte lt;
        private final byte eq;
        private final byte gt;

        Num(BinaryOp op, Op.Num left, Op.Num right) {
            this.left = left;
            this.right = right;
            byte[] a = answers(op);
            lt = a[0];
            eq = a[1];
            gt = a[2];
        }

        @Override
        void eval(Frame f) {
            left.eval(f);
            right.eval(f);
            long[] l = left.out;
            long[] r = right.out;
            byte[] o = out(f.n);
            for (int i = 0; i < f.n; i++) {
                long a = l[i];
                long b = r[i];
                o[i] = a == Fixed.NULL || b == Fixed.NULL ? UNKNOWN : a < b ? lt : a == b ? eq : gt;
            }
        }
    }

    /** A number and a constant: the common {@code household.reference_income < param monitoring_line}. */
    static final class NumConst extends Op.Bool {
        private final Op.Num left;
        private final long c;
        private final byte lt;
        private final byte eq;
        private final byte gt;

        NumConst(BinaryOp op, Op.Num left, long c) {
            this.left = left;
            this.c = c;
            byte[] a = answers(op);
            lt = a[0];
            eq = a[1];
            gt = a[2];
        }

        @Override
        void eval(Frame f) {
            left.eval(f);
            long[] l = left.out;
            byte[] o = out(f.n);
            if (c == Fixed.NULL) {
                java.util.Arrays.fill(o, 0, f.n, UNKNOWN);
                return;
            }
            for (int i = 0; i < f.n; i++) {
                long a = l[i];
                o[i] = a == Fixed.NULL ? UNKNOWN : a < c ? lt : a == c ? eq : gt;
            }
        }
    }

    /** Two text codes (only {@code =} and {@code <>}) or two dates; {@code nullValue} is unknown. */
    static final class Int extends Op.Bool {
        private final Op.Int left;
        private final Op.Int right;
        private final int nullValue;
        private final byte lt;
        private final byte eq;
        private final byte gt;

        Int(BinaryOp op, Op.Int left, Op.Int right, int nullValue) {
            this.left = left;
            this.right = right;
            this.nullValue = nullValue;
            byte[] a = answers(op);
            lt = a[0];
            eq = a[1];
            gt = a[2];
        }

        @Override
        void eval(Frame f) {
            left.eval(f);
            right.eval(f);
            int[] l = left.out;
            int[] r = right.out;
            byte[] o = out(f.n);
            for (int i = 0; i < f.n; i++) {
                int a = l[i];
                int b = r[i];
                o[i] = a == nullValue || b == nullValue ? UNKNOWN : a < b ? lt : a == b ? eq : gt;
            }
        }
    }

    /** {@code x in (…)} with constant text options: a lookup in a table indexed by shared code. */
    static final class TextInConst extends Op.Bool {
        private final Op.Int value;
        private final boolean[] table;
        private final boolean nullOption;

        TextInConst(Op.Int value, boolean[] table, boolean nullOption) {
            this.value = value;
            this.table = table;
            this.nullOption = nullOption;
        }

        @Override
        void eval(Frame f) {
            value.eval(f);
            int[] v = value.out;
            byte[] o = out(f.n);
            byte miss = nullOption ? UNKNOWN : FALSE;
            for (int i = 0; i < f.n; i++) {
                int c = v[i];
                o[i] = c < 0 ? UNKNOWN : c < table.length && table[c] ? TRUE : miss;
            }
        }
    }

    /** {@code x in (…)} with constant number options. */
    static final class NumInConst extends Op.Bool {
        private final Op.Num value;
        private final long[] options;
        private final boolean nullOption;

        NumInConst(Op.Num value, long[] options, boolean nullOption) {
            this.value = value;
            this.options = options;
            this.nullOption = nullOption;
        }

        @Override
        void eval(Frame f) {
            value.eval(f);
            long[] v = value.out;
            byte[] o = out(f.n);
            byte miss = nullOption ? UNKNOWN : FALSE;
            for (int i = 0; i < f.n; i++) {
                long a = v[i];
                byte r = a == Fixed.NULL ? UNKNOWN : miss;
                if (a != Fixed.NULL) {
                    for (long option : options) {
                        if (option == a) {
                            r = TRUE;
                            break;
                        }
                    }
                }
                o[i] = r;
            }
        }
    }

    /**
     * {@code x in (a, b, …)} with computed options, numbers or ints alike: true if the value is known
     * and equals a known option, else unknown if the value or an option is unknown, else false.
     */
    static final class In extends Op.Bool {
        private final Op value;
        private final Op[] options;
        private final int nullInt;

        In(Op value, Op[] options, int nullInt) {
            this.value = value;
            this.options = options;
            this.nullInt = nullInt;
        }

        @Override
        void eval(Frame f) {
            value.eval(f);
            byte[] o = out(f.n);
            for (int i = 0; i < f.n; i++) {
                o[i] = isNull(value, i) ? UNKNOWN : FALSE;
            }
            for (Op option : options) {
                option.eval(f);
                for (int i = 0; i < f.n; i++) {
                    if (o[i] == TRUE) {
                        continue;
                    }
                    if (isNull(option, i)) {
                        o[i] = UNKNOWN;
                    } else if (!isNull(value, i) && same(value, option, i)) {
                        o[i] = TRUE;
                    }
                }
            }
        }

        private boolean isNull(Op op, int i) {
            return op instanceof Op.Num n ? n.out[i] == Fixed.NULL : ((Op.Int) op).out[i] == nullInt;
        }

        private static boolean same(Op a, Op b, int i) {
            return a instanceof Op.Num n ? n.out[i] == ((Op.Num) b).out[i] : ((Op.Int) a).out[i] == ((Op.Int) b).out[i];
        }
    }
}
