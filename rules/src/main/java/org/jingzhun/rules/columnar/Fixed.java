// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import java.math.BigDecimal;
import org.jingzhun.rules.Evaluator;
import org.jingzhun.rules.Expr.BinaryOp;

/**
 * The engine's numbers: a {@code long} counting ten-thousandths ({@value #SCALE} decimal places, the
 * scale {@link Evaluator#arithmetic} rounds every result to), with {@link #NULL} for unknown. Every
 * number of the language — data with at most two decimals, parameters with at most four, and every
 * rounded result — is exact in this form, so comparing and summing {@code long}s gives the
 * evaluator's {@link BigDecimal} answers without allocating. A result that would not fit throws
 * {@link Overflow}, and the engine then asks the evaluator itself for the households concerned.
 */
final class Fixed {

    static final int SCALE = Evaluator.SCALE;
    static final long ONE = 10_000L;
    /** Unknown. Never a value: every operation that could produce it overflows instead. */
    static final long NULL = Long.MIN_VALUE;

    private Fixed() {
    }

    static long add(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0 || r == NULL) {
            throw Overflow.INSTANCE;
        }
        return r;
    }

    static long subtract(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0 || r == NULL) {
            throw Overflow.INSTANCE;
        }
        return r;
    }

    /**
     * The product rounded to four places, half away from zero, as {@link Evaluator#arithmetic} does. The
     * exact product has eight places; when it does not fit a {@code long} (amounts over about 300,000
     * multiplied together) the rare slow path computes it with {@link BigDecimal}.
     */
    static long multiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) {
            return exactly(Evaluator.arithmetic(BinaryOp.MULTIPLY, BigDecimal.valueOf(a, SCALE), BigDecimal.valueOf(b, SCALE)));
        }
        return roundedQuotient(lo, ONE);
    }

    /** The quotient rounded to four places, half away from zero; the caller has ruled out division by zero. */
    static long divide(long a, long b) {
        long hi = Math.multiplyHigh(a, ONE);
        long lo = a * ONE;
        if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) {
            return exactly(Evaluator.arithmetic(BinaryOp.DIVIDE, BigDecimal.valueOf(a, SCALE), BigDecimal.valueOf(b, SCALE)));
        }
        return roundedQuotient(lo, b);
    }

    private static long exactly(BigDecimal result) {
        try {
            long v = result.setScale(SCALE, java.math.RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
            if (v != NULL) {
                return v;
            }
        } catch (ArithmeticException e) {
            // falls through: the result itself does not fit
        }
        throw Overflow.INSTANCE;
    }

    private static long roundedQuotient(long n, long d) {
        if (n == Long.MIN_VALUE || d == Long.MIN_VALUE) {
            throw Overflow.INSTANCE;
        }
        long q = n / d;
        long r = n % d;
        if (r != 0) {
            long ar = Math.abs(r);
            long ad = Math.abs(d);
            if (ar >= ad - ar) {
                q += (n ^ d) < 0 ? -1 : 1;
            }
        }
        if (q == NULL) {
            throw Overflow.INSTANCE;
        }
        return q;
    }

    /** The value as the evaluator would hold it: without trailing zeros beyond the point, or null. */
    static BigDecimal toDecimal(long v) {
        if (v == NULL) {
            return null;
        }
        BigDecimal d = BigDecimal.valueOf(v, SCALE).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** A number the engine can compute with exactly, or throws {@link Unsupported}. */
    static long fromConstant(BigDecimal v) {
        try {
            return NumberColumn.fromDecimal(v);
        } catch (IllegalArgumentException e) {
            throw new Unsupported("the number " + v.toPlainString() + " has more than " + SCALE
                    + " decimals or is too large for the columnar engine");
        }
    }

    /** A computation whose result does not fit; thrown without a stack trace, caught per batch. */
    static final class Overflow extends RuntimeException {
        static final Overflow INSTANCE = new Overflow();

        private Overflow() {
            super("a number does not fit the columnar engine's fixed-point form", null, false, false);
        }
    }
}
