// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.exit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rate kept as its counts (poor persons of rural persons, wrongly exited of sampled persons), so
 * that comparisons with thresholds are exact and the counts can be shown. Undefined when nothing was
 * counted (no rural population registered, no survey).
 */
public record Ratio(long numerator, long denominator) {

    public Ratio {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + numerator + "/" + denominator);
        }
    }

    public boolean defined() {
        return denominator > 0;
    }

    /** The fraction to six decimals (half-up), or null when undefined. */
    public BigDecimal value() {
        return defined() ? BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_UP) : null;
    }

    /** −1, 0 or 1 as the exact fraction is below, equal to or above {@code threshold}; undefined ratios cannot be compared. */
    public int compareTo(BigDecimal threshold) {
        if (!defined()) {
            throw new IllegalStateException("an undefined ratio has no value");
        }
        return BigDecimal.valueOf(numerator).compareTo(threshold.multiply(BigDecimal.valueOf(denominator)));
    }
}
