// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in yuan, held exactly as a whole number of fen (分). Parsing refuses more than two
 * decimals instead of rounding: a figure that cannot be represented is a data error.
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofYuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, 100));
    }

    /** Parses {@code "1234"}, {@code "1234.5"}, {@code "-12.34"}; at most two decimals. */
    public static Money parseYuan(String text) {
        if (text == null || text.isBlank()) {
            throw new NumberFormatException("amount is empty");
        }
        BigDecimal d;
        try {
            d = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new NumberFormatException("not a number: " + text);
        }
        if (d.scale() > 2 && d.stripTrailingZeros().scale() > 2) {
            throw new NumberFormatException("more than two decimals: " + text);
        }
        try {
            return new Money(d.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        } catch (ArithmeticException e) {
            throw new NumberFormatException("amount out of range: " + text);
        }
    }

    public Money plus(Money o) {
        return new Money(Math.addExact(fen, o.fen));
    }

    public Money minus(Money o) {
        return new Money(Math.subtractExact(fen, o.fen));
    }

    /** This amount shared among {@code n}, rounded half-up to the fen. */
    public Money dividedBy(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("divide by " + n);
        }
        return new Money(BigDecimal.valueOf(fen).divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP).longValueExact());
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public BigDecimal toYuan() {
        return BigDecimal.valueOf(fen, 2);
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(fen, o.fen);
    }

    /** {@code 1234.50}. */
    @Override
    public String toString() {
        return toYuan().toPlainString();
    }
}
