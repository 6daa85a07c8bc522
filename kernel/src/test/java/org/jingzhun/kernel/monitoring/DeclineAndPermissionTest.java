// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jingzhun.kernel.monitoring.Fixtures.*;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.MonitoringType;
import org.jingzhun.kernel.monitoring.Command.Decline;
import org.jingzhun.kernel.monitoring.Outcome.Rejection.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A case can be declined at any step with a reason; each step only by its level over the household's region. */
class DeclineAndPermissionTest {

    private final Calendar cal = new Calendar();

    /** A case waiting at each step, and the user who does that step. */
    static Stream<Arguments> steps() {
        BiFunction<MonitoringCase, Calendar, MonitoringCase> atVisit = (c, cal) -> c;
        BiFunction<MonitoringCase, Calendar, MonitoringCase> atReview = Fixtures::visited;
        BiFunction<MonitoringCase, Calendar, MonitoringCase> atNotice = Fixtures::inNotice;
        BiFunction<MonitoringCase, Calendar, MonitoringCase> atTownship = Fixtures::awaitingTownship;
        BiFunction<MonitoringCase, Calendar, MonitoringCase> atCounty = Fixtures::awaitingCounty;
        return Stream.of(
                Arguments.of(Step.HOME_VISIT, atVisit, GRID, TOWNSHIP),
                Arguments.of(Step.VILLAGE_REVIEW, atReview, VILLAGER, COUNTY),
                Arguments.of(Step.PUBLIC_NOTICE, atNotice, VILLAGER, TOWNSHIP),
                Arguments.of(Step.TOWNSHIP_REVIEW, atTownship, TOWNSHIP, VILLAGER),
                Arguments.of(Step.COUNTY_CONFIRMATION, atCounty, COUNTY, TOWNSHIP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void eachStepCanDeclineWithAReasonByItsOwnLevelOnly(Step step, BiFunction<MonitoringCase, Calendar, MonitoringCase> reach,
                                                         Actor responsible, Actor other) {
        MonitoringCase c = reach.apply(opened(cal, HouseholdCategory.ORDINARY), cal);
        assertThat(c.step()).isEqualTo(step);

        assertThat(rejected(Procedure.apply(c, new Decline(responsible, "  "), cal.today())).reason())
                .isEqualTo(Reason.REASON_REQUIRED);
        assertThat(rejected(Procedure.apply(c, new Decline(other, "不符合条件"), cal.today())).reason())
                .isEqualTo(Reason.WRONG_LEVEL);

        Outcome outcome = Procedure.apply(c, new Decline(responsible, " 家庭收入高于监测线 "), cal.today());
        MonitoringCase declined = accepted(outcome);
        assertThat(declined.stage()).isEqualTo(new Stage.Declined(step, cal.today(), "家庭收入高于监测线"));
        assertThat(declined.isOpen()).isFalse();
        assertThat(((Outcome.Accepted) outcome).event().action()).isEqualTo(Event.Action.DECLINED);
        assertThat(((Outcome.Accepted) outcome).event().note()).isEqualTo("家庭收入高于监测线");
    }

    @Test
    void eachStepIsDoneOnlyByItsLevels() {
        MonitoringCase c = opened(cal, HouseholdCategory.ORDINARY);
        for (Actor wrong : List.of(TOWNSHIP, COUNTY, CITY)) {
            assertThat(rejected(Procedure.apply(c, new Command.RecordVisit(wrong, true, ILLNESS_MARGINAL, null), cal.today())))
                    .isEqualTo(new Outcome.Rejection(Reason.WRONG_LEVEL, List.of("HOME_VISIT", "VILLAGE,GRID")));
        }
        MonitoringCase review = visited(c, cal);
        assertThat(rejected(Procedure.apply(review, new Command.ApproveAtVillage(TOWNSHIP, null, null), cal.today())).reason())
                .isEqualTo(Reason.WRONG_LEVEL);
        MonitoringCase township = awaitingTownship(opened(cal, HouseholdCategory.ORDINARY), cal);
        assertThat(rejected(Procedure.apply(township, new Command.ApproveAtTownship(VILLAGER, null), cal.today())).reason())
                .isEqualTo(Reason.WRONG_LEVEL);
        assertThat(rejected(Procedure.apply(township, new Command.ApproveAtTownship(COUNTY, null), cal.today())).reason())
                .isEqualTo(Reason.WRONG_LEVEL);
        MonitoringCase county = step(township, new Command.ApproveAtTownship(TOWNSHIP, null), cal);
        Decision d = recognition(MonitoringType.MARGINAL, RiskType.ILLNESS);
        for (Actor wrong : List.of(TOWNSHIP, CITY, VILLAGER)) {
            assertThat(rejected(Procedure.apply(county, new Command.Confirm(wrong, d), cal.today())).reason())
                    .isEqualTo(Reason.WRONG_LEVEL);
        }
    }

    @Test
    void aUserOfTheRightLevelOutsideTheHouseholdsRegionIsRefused() {
        MonitoringCase c = opened(cal, HouseholdCategory.ORDINARY);
        assertThat(rejected(Procedure.apply(c, new Command.RecordVisit(OTHER_VILLAGER, true, ILLNESS_MARGINAL, null),
                cal.today()))).isEqualTo(new Outcome.Rejection(Reason.OUTSIDE_REGION, List.of("360821100202", "360821100201")));
        MonitoringCase county = awaitingCounty(c, cal);
        assertThat(rejected(Procedure.apply(county, new Command.Confirm(OTHER_COUNTY,
                recognition(MonitoringType.MARGINAL, RiskType.ILLNESS)), cal.today())).reason()).isEqualTo(Reason.OUTSIDE_REGION);
    }

    @Test
    void aGridWorkerActsAtVillageLevel() {
        MonitoringCase c = step(visited(opened(cal, HouseholdCategory.ORDINARY), cal),
                new Command.ApproveAtVillage(GRID, null, null), cal);
        assertThat(c.step()).isEqualTo(Step.PUBLIC_NOTICE);
    }

    @Test
    void anActorsRegionMustMatchItsLevel() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Actor("x", org.jingzhun.kernel.RegionLevel.COUNTY, VILLAGE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
