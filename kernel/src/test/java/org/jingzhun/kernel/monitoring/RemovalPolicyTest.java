// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jingzhun.kernel.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Risk removal is refused for each unmet condition with its reason, and granted when all hold. */
class RemovalPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

    /** A household that meets every condition: monitored since May 2, one measure against its one risk. */
    static RemovalFacts eligible() {
        return new RemovalFacts(TODAY.minusMonths(6), List.of(RiskType.ILLNESS), Map.of(RiskType.ILLNESS, Resolution.THROUGH_HELP),
                Set.of(RiskType.ILLNESS), 1, TODAY.minusMonths(6), Money.ofYuan(9000), 2026, Money.ofYuan(7900), 2026,
                true, true, true, true, true, Set.of(), false);
    }

    /** A copy of {@link #eligible()} with one fact changed, by name. */
    static RemovalFacts with(String fact, Object value) {
        RemovalFacts f = eligible();
        var c = f.getClass().getRecordComponents();
        Object[] args = new Object[c.length];
        for (int i = 0; i < c.length; i++) {
            try {
                args[i] = c[i].getName().equals(fact) ? value : c[i].getAccessor().invoke(f);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        try {
            return (RemovalFacts) f.getClass().getDeclaredConstructors()[0].newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static Stream<Arguments> unmetConditions() {
        return Stream.of(
                Arguments.of("monitoredSince", null, new Unmet(RemovalCondition.MONITORING_START_UNKNOWN, List.of())),
                Arguments.of("monitoredSince", TODAY.minusMonths(6).plusDays(1), new Unmet(RemovalCondition.MONITORED_LONG_ENOUGH,
                        List.of("2026-05-03", "6", "2026-11-03"))),
                Arguments.of("measuresCarriedOut", 0, new Unmet(RemovalCondition.MEASURES_CARRIED_OUT, List.of("0", "1"))),
                Arguments.of("incomeStableSince", null, new Unmet(RemovalCondition.INCOME_STABLE, List.of("", "6"))),
                Arguments.of("incomeStableSince", TODAY.minusMonths(5), new Unmet(RemovalCondition.INCOME_STABLE,
                        List.of("2026-06-02", "6"))),
                Arguments.of("referenceIncome", null, new Unmet(RemovalCondition.INCOME_MISSING, List.of())),
                Arguments.of("referenceIncome", Money.ofYuan(7900), new Unmet(RemovalCondition.INCOME_ABOVE_LINE,
                        List.of("7900.00", "2026", "7900.00", "2026"))),
                Arguments.of("rigidSpendingResolved", false, new Unmet(RemovalCondition.RIGID_SPENDING_RESOLVED, List.of())),
                Arguments.of("housingSafe", false, new Unmet(RemovalCondition.HOUSING_SAFE, List.of())),
                Arguments.of("waterSafe", false, new Unmet(RemovalCondition.WATER_SAFE, List.of())),
                Arguments.of("educationSecured", false, new Unmet(RemovalCondition.EDUCATION_SECURED, List.of())),
                Arguments.of("medicalInsured", false, new Unmet(RemovalCondition.MEDICAL_INSURED, List.of())),
                Arguments.of("resolutions", Map.of(), new Unmet(RemovalCondition.RISK_GONE, List.of("ILLNESS"))),
                Arguments.of("risksHelped", Set.of(), new Unmet(RemovalCondition.HELP_CARRIED_OUT, List.of("ILLNESS"))),
                Arguments.of("newRisks", Set.of(RiskType.UNSAFE_WATER, RiskType.DISASTER), new Unmet(RemovalCondition.NO_NEW_RISK,
                        List.of("DISASTER", "UNSAFE_WATER"))),
                Arguments.of("wholeHouseholdWithoutLabour", true, new Unmet(RemovalCondition.HAS_LABOUR, List.of())));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("unmetConditions")
    void removalIsRefusedForEachUnmetConditionWithItsReason(String fact, Object value, Unmet expected) {
        Eligibility e = RemovalPolicy.check(with(fact, value), RemovalMinimums.DEFAULT, TODAY);
        assertThat(e.eligible()).isFalse();
        assertThat(e.unmet()).containsExactly(expected);
    }

    @Test
    void aHouseholdMeetingEveryConditionIsEligibleOnTheDayItsMonthsAreReached() {
        assertThat(RemovalPolicy.check(eligible(), RemovalMinimums.DEFAULT, TODAY).unmet()).isEmpty();
    }

    @Test
    void aRiskThatWentAwayNaturallyNeedsNoMeasureAgainstIt() {
        RemovalFacts f = with("resolutions", Map.of(RiskType.ILLNESS, Resolution.NATURALLY));
        f = new RemovalFacts(f.monitoredSince(), f.riskTypes(), f.resolutions(), Set.of(), f.measuresCarriedOut(),
                f.incomeStableSince(), f.referenceIncome(), f.incomeYear(), f.monitoringLine(), f.lineYear(), true, true, true,
                true, true, Set.of(), false);
        assertThat(RemovalPolicy.check(f, RemovalMinimums.DEFAULT, TODAY).eligible()).isTrue();
    }

    @Test
    void everyUnmetConditionIsReportedAtOnce() {
        RemovalFacts f = new RemovalFacts(null, List.of(RiskType.ILLNESS, RiskType.EDUCATION), Map.of(), Set.of(), 0, null, null,
                null, Money.ofYuan(7900), 2026, false, false, false, false, false, Set.of(RiskType.DISASTER), true);
        assertThat(RemovalPolicy.check(f, RemovalMinimums.DEFAULT, TODAY).unmet()).extracting(Unmet::condition).containsExactly(
                RemovalCondition.MONITORING_START_UNKNOWN, RemovalCondition.MEASURES_CARRIED_OUT, RemovalCondition.INCOME_STABLE,
                RemovalCondition.INCOME_MISSING, RemovalCondition.RIGID_SPENDING_RESOLVED, RemovalCondition.HOUSING_SAFE,
                RemovalCondition.WATER_SAFE, RemovalCondition.EDUCATION_SECURED, RemovalCondition.MEDICAL_INSURED,
                RemovalCondition.RISK_GONE, RemovalCondition.RISK_GONE, RemovalCondition.NO_NEW_RISK, RemovalCondition.HAS_LABOUR);
    }

    @Test
    void theMinimumsArePolicyParameters() {
        RemovalFacts f = with("monitoredSince", TODAY.minusMonths(3));
        assertThat(RemovalPolicy.check(f, RemovalMinimums.DEFAULT, TODAY).eligible()).isFalse();
        assertThat(RemovalPolicy.check(f, new RemovalMinimums(3, 1, 6), TODAY).eligible()).isTrue();
        assertThat(RemovalPolicy.check(eligible(), new RemovalMinimums(6, 2, 6), TODAY).unmet())
                .containsExactly(new Unmet(RemovalCondition.MEASURES_CARRIED_OUT, List.of("1", "2")));
    }
}
