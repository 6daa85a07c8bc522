// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.exit;

import java.util.List;

/**
 * An exit evaluation with every criterion's outcome: the overall verdict is PASS only when every
 * criterion passes; each failed or unknown criterion is a reason, never dropped.
 *
 * @param level    household, village or county
 * @param year     the year whose year-end data was evaluated
 * @param verdict  the whole
 * @param criteria every criterion, in the order of §9
 */
public record ExitEvaluation(Level level, int year, Verdict verdict, List<CriterionResult> criteria) {

    /** What is evaluated. */
    public enum Level {
        HOUSEHOLD, VILLAGE, COUNTY
    }

    public ExitEvaluation {
        criteria = List.copyOf(criteria);
    }

    static ExitEvaluation of(Level level, int year, List<CriterionResult> criteria) {
        return new ExitEvaluation(level, year, Verdict.of(criteria.stream().map(CriterionResult::verdict).toList()), criteria);
    }

    /** The criteria that failed or could not be decided: the reasons the verdict is not PASS. */
    public List<CriterionResult> reasons() {
        return criteria.stream().filter(c -> c.verdict() != Verdict.PASS).toList();
    }

    public CriterionResult criterion(ExitCriterion c) {
        return criteria.stream().filter(r -> r.criterion() == c).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(c + " is not a criterion of a " + level + " evaluation"));
    }
}
