// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.exit;

import java.util.List;

/** 贫困村退出 (DOMAIN.md §9): incidence below the threshold (2 % in the central provinces) at the year's end. */
public final class VillageExitPolicy {

    private VillageExitPolicy() {
    }

    /** {@code incidence}: poor persons over rural registered persons at the end of {@code year}. */
    public static ExitEvaluation evaluate(int year, Ratio incidence, ExitThresholds thresholds) {
        return ExitEvaluation.of(ExitEvaluation.Level.VILLAGE, year,
                List.of(CriterionResult.rate(ExitCriterion.INCIDENCE, incidence, thresholds.incidenceMax())));
    }
}
