// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import org.jingzhun.rules.Expr.BinaryOp;

/**
 * {@code + - * /} and unary minus on {@link Fixed} numbers, rounding as
 * {@link org.jingzhun.rules.Evaluator#arithmetic} does. Unknown in, unknown out; division by zero
 * is unknown; a result too large for a {@code long} throws {@link Fixed.Overflow}.
 */
final class ArithmeticOps {

    private ArithmeticOps() {
    }

    static final class Binary extends Op.Num {
        private final BinaryOp op;
        private final Op.Num left;
        private final Op.Num right;

        Binary(BinaryOp op, Op.Num left, Op.Num right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        void eval(Frame f) {
            left.eval(f);
            right.eval(f);
            long[] l = left.out;
            long[] r = right.out;
            long[] o = out(f.n);
            int n = f.n;
            switch (op) {
                case ADD -> {
                    for (int i = 0; i < n; i++) {
                        o[i] = l[i] == Fixed.NULL || r[i] == Fixed.NULL ? Fixed.NULL : Fixed.add(l[i], r[i]);
                    }
                }
                case SUBTRACT -> {
                    for (int i = 0; i < n; i++) {
                        o[i] = l[i] == Fixed.NULL || r[i] == Fixed.NULL ? Fixed.NULL : Fixed.subtract(l[i], r[i]);
                    }
                }
                case MULTIPLY -> {
                    for (int i = 0; i < n; i++) {
                        o[i] = l[i] == Fixed.NULL || r[i] == Fixed.NULL ? Fixed.NULL : Fixed.multiply(l[i], r[i]);
                    }
                }
                case DIVIDE -> {
                    for (int i = 0; i < n; i++) {
                        o[i] = l[i] == Fixed.NULL || r[i] == Fixed.NULL || r[i] == 0 ? Fixed.NULL
                                : Fixed.divide(l[i], r[i]);
                    }
                }
                default -> throw new IllegalStateException(op.name());
            }
        }
    }

    static final class Negate extends Op.Num {
        private final Op.Num operand;

        Negate(Op.Num operand) {
            this.operand = operand;
        }

        @Override
        void eval(Frame f) {
            operand.eval(f);
            long[] in = operand.out;
            long[] o = out(f.n);
            for (int i = 0; i < f.n; i++) {
                o[i] = in[i] == Fixed.NULL ? Fixed.NULL : -in[i];
            }
        }
    }
}
