// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.exit;

import java.math.BigDecimal;

/**
 * One criterion's outcome with what was compared.
 *
 * @param criterion the criterion
 * @param verdict   PASS, FAIL or UNKNOWN (the data it needs is missing)
 * @param value     the value compared (a rate, an amount in yuan, a count), or null when unknown
 * @param threshold what it was compared with (null for yes/no criteria)
 * @param ratio     the counts behind a rate, or null
 */
public record CriterionResult(ExitCriterion criterion, Verdict verdict, BigDecimal value, BigDecimal threshold, Ratio ratio) {

    static CriterionResult rate(ExitCriterion criterion, Ratio ratio, BigDecimal threshold) {
        if (ratio == null || !ratio.defined()) {
            return new CriterionResult(criterion, Verdict.UNKNOWN, null, threshold, ratio);
        }
        int c = ratio.compareTo(threshold);
        boolean pass = switch (criterion.comparison()) {
            case BELOW -> c < 0;
            case AT_LEAST -> c >= 0;
            case ABOVE -> c > 0;
            case HOLDS -> throw new IllegalArgumentException(criterion + " is not a rate");
        };
        return new CriterionResult(criterion, pass ? Verdict.PASS : Verdict.FAIL, ratio.value(), threshold, ratio);
    }

    /** A yes/no criterion; {@code value} is the count of what breaks it (0 passes), null when unknown. */
    static CriterionResult holds(ExitCriterion criterion, Integer breaches) {
        if (breaches == null) {
            return new CriterionResult(criterion, Verdict.UNKNOWN, null, null, null);
        }
        return new CriterionResult(criterion, breaches == 0 ? Verdict.PASS : Verdict.FAIL, BigDecimal.valueOf(breaches), null, null);
    }
}
