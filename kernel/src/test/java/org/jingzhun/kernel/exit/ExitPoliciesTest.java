// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.exit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jingzhun.kernel.Money;
import org.jingzhun.kernel.exit.CountyExitPolicy.Survey;
import org.jingzhun.kernel.exit.HouseholdExitPolicy.Facts;
import org.junit.jupiter.api.Test;

class ExitPoliciesTest {

    private static final ExitThresholds CENTRAL = new ExitThresholds(new BigDecimal("0.02"), new BigDecimal("0.02"),
            new BigDecimal("0.02"), new BigDecimal("0.90"));
    private static final Money LINE_2019 = Money.ofYuan(3218);

    private static Facts secured(String netIncome, int persons) {
        return new Facts(persons, Money.parseYuan(netIncome), true, true, 0, 0);
    }

    @Test
    void aHouseholdAboveThePovertyLineWithThreeGuaranteesAndWaterExits() {
        // 人均 = 12,875 / 4 = 3,218.75 > 3,218
        ExitEvaluation e = HouseholdExitPolicy.evaluate(2019, secured("12875", 4), LINE_2019);
        assertThat(e.verdict()).isEqualTo(Verdict.PASS);
        assertThat(e.criterion(ExitCriterion.INCOME).value()).isEqualByComparingTo("3218.75");
        assertThat(e.reasons()).isEmpty();
    }

    @Test
    void incomeExactlyOnTheLineIsNotAbove() {
        // 12,872 / 4 = 3,218: not above the line
        ExitEvaluation e = HouseholdExitPolicy.evaluate(2019, secured("12872", 4), LINE_2019);
        assertThat(e.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(e.reasons()).extracting(CriterionResult::criterion).containsExactly(ExitCriterion.INCOME);
    }

    @Test
    void everyUnmetGuaranteeIsAReason() {
        Facts f = new Facts(3, Money.ofYuan(20_000), false, false, 1, 2);
        ExitEvaluation e = HouseholdExitPolicy.evaluate(2019, f, LINE_2019);
        assertThat(e.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(e.reasons()).extracting(CriterionResult::criterion).containsExactly(ExitCriterion.HOUSING,
                ExitCriterion.EDUCATION, ExitCriterion.MEDICAL, ExitCriterion.WATER);
        assertThat(e.criterion(ExitCriterion.MEDICAL).value()).isEqualByComparingTo("2");
    }

    @Test
    void missingIncomeOrLineIsUnknownNotAPassOrAFail() {
        Facts noIncome = new Facts(3, null, true, true, 0, 0);
        assertThat(HouseholdExitPolicy.evaluate(2016, noIncome, LINE_2019).verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(HouseholdExitPolicy.evaluate(2012, secured("30000", 3), null).verdict()).isEqualTo(Verdict.UNKNOWN);
        // a failure outweighs an unknown
        Facts unsafe = new Facts(3, null, false, true, 0, 0);
        assertThat(HouseholdExitPolicy.evaluate(2016, unsafe, LINE_2019).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aVillageExitsBelowTwoPercentExactly() {
        // 19 / 1,000 = 1.9 % passes; 20 / 1,000 = 2 % does not; no population registered: unknown
        assertThat(VillageExitPolicy.evaluate(2018, new Ratio(19, 1000), CENTRAL).verdict()).isEqualTo(Verdict.PASS);
        ExitEvaluation atLine = VillageExitPolicy.evaluate(2018, new Ratio(20, 1000), CENTRAL);
        assertThat(atLine.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(atLine.criterion(ExitCriterion.INCIDENCE).value()).isEqualByComparingTo("0.02");
        assertThat(VillageExitPolicy.evaluate(2018, new Ratio(0, 0), CENTRAL).verdict()).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void aCountyNeedsAllThreeRatesAndTheRecognition() {
        Survey good = new Survey(new Ratio(3, 400), new Ratio(2, 500), new Ratio(180, 200));   // 0.75 %, 0.4 %, 90 %
        ExitEvaluation pass = CountyExitPolicy.evaluate(2016, new Ratio(150, 10_000), good, CENTRAL);
        assertThat(pass.verdict()).isEqualTo(Verdict.PASS);

        Survey bad = new Survey(new Ratio(8, 400), new Ratio(2, 500), new Ratio(179, 200));     // 2 %, 0.4 %, 89.5 %
        ExitEvaluation fail = CountyExitPolicy.evaluate(2016, new Ratio(250, 10_000), bad, CENTRAL);
        assertThat(fail.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(fail.reasons()).extracting(CriterionResult::criterion)
                .containsExactly(ExitCriterion.INCIDENCE, ExitCriterion.WRONG_EXIT, ExitCriterion.RECOGNITION);
        assertThat(fail.criterion(ExitCriterion.RECOGNITION).ratio()).isEqualTo(new Ratio(179, 200));
    }

    @Test
    void aCountyWithoutASurveyCannotPass() {
        ExitEvaluation e = CountyExitPolicy.evaluate(2016, new Ratio(1, 10_000), Survey.NONE, CENTRAL);
        assertThat(e.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(e.reasons()).extracting(CriterionResult::criterion)
                .containsExactly(ExitCriterion.WRONG_EXIT, ExitCriterion.MISSED, ExitCriterion.RECOGNITION);
    }
}
