// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.exit;

import java.util.List;

/**
 * 贫困县退出, 三率一度 (DOMAIN.md §9): incidence, 错退率 and 漏评率 below their thresholds and 群众认可度
 * at least its threshold. The three survey figures come from the provincial third-party assessment's
 * sample survey of the year; without a survey they are UNKNOWN and the county cannot pass.
 */
public final class CountyExitPolicy {

    /**
     * The sample survey's counts.
     *
     * @param wrongExit   wrongly exited persons of the sampled exited persons
     * @param missed      wrongly omitted persons of the sampled non-registered persons
     * @param recognition approving households of the households asked
     */
    public record Survey(Ratio wrongExit, Ratio missed, Ratio recognition) {

        public static final Survey NONE = new Survey(new Ratio(0, 0), new Ratio(0, 0), new Ratio(0, 0));
    }

    private CountyExitPolicy() {
    }

    public static ExitEvaluation evaluate(int year, Ratio incidence, Survey survey, ExitThresholds t) {
        return ExitEvaluation.of(ExitEvaluation.Level.COUNTY, year, List.of(
                CriterionResult.rate(ExitCriterion.INCIDENCE, incidence, t.incidenceMax()),
                CriterionResult.rate(ExitCriterion.WRONG_EXIT, survey.wrongExit(), t.wrongExitMax()),
                CriterionResult.rate(ExitCriterion.MISSED, survey.missed(), t.missedMax()),
                CriterionResult.rate(ExitCriterion.RECOGNITION, survey.recognition(), t.recognitionMin())));
    }
}
