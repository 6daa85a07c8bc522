// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.exit;

import java.math.BigDecimal;
import java.util.List;
import org.jingzhun.kernel.Money;

/**
 * 贫困户退出 (DOMAIN.md §9): 一达标 — income above the year's poverty line, which is also how 两不愁
 * (food and clothing) is judged — plus 三保障 (housing, compulsory education, basic medical cover)
 * and safe drinking water. Missing data makes a criterion UNKNOWN, never a pass.
 */
public final class HouseholdExitPolicy {

    /**
     * What is known of a household for the year; null where nothing is known.
     *
     * @param persons             household size (for 人均纯收入)
     * @param netIncome           家庭纯收入 of the year
     * @param housingSafe         住房安全有保障
     * @param waterSafe           饮水安全有保障
     * @param childrenOutOfSchool members aged 6–15 at the year's end who are out of school (失学辍学)
     * @param uninsured           members without basic medical insurance
     */
    public record Facts(int persons, Money netIncome, Boolean housingSafe, Boolean waterSafe, Integer childrenOutOfSchool,
                        Integer uninsured) {
    }

    private HouseholdExitPolicy() {
    }

    /** Evaluates {@code facts} for {@code year} against {@code povertyLine} (per person and year; null when none is set). */
    public static ExitEvaluation evaluate(int year, Facts facts, Money povertyLine) {
        return ExitEvaluation.of(ExitEvaluation.Level.HOUSEHOLD, year, List.of(
                income(facts, povertyLine),
                CriterionResult.holds(ExitCriterion.HOUSING, breach(facts.housingSafe())),
                CriterionResult.holds(ExitCriterion.EDUCATION, facts.childrenOutOfSchool()),
                CriterionResult.holds(ExitCriterion.MEDICAL, facts.uninsured()),
                CriterionResult.holds(ExitCriterion.WATER, breach(facts.waterSafe()))));
    }

    private static CriterionResult income(Facts facts, Money line) {
        BigDecimal threshold = line == null ? null : line.toYuan();
        if (facts.netIncome() == null || line == null || facts.persons() <= 0) {
            return new CriterionResult(ExitCriterion.INCOME, Verdict.UNKNOWN, null, threshold, null);
        }
        Money perPerson = facts.netIncome().dividedBy(facts.persons());
        Verdict v = perPerson.compareTo(line) > 0 ? Verdict.PASS : Verdict.FAIL;
        return new CriterionResult(ExitCriterion.INCOME, v, perPerson.toYuan(), threshold, null);
    }

    private static Integer breach(Boolean secured) {
        return secured == null ? null : secured ? 0 : 1;
    }
}
