// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jingzhun.kernel.monitoring.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.kernel.RegionLevel;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.MonitoringType;
import org.jingzhun.kernel.monitoring.Command.HelpFirst;
import org.jingzhun.kernel.monitoring.Outcome.Rejection.Reason;
import org.junit.jupiter.api.Test;

/** 先帮扶后认定 for urgent cases, and the due dates that make a case overdue for the level above. */
class FastTrackAndOverdueTest {

    private final Calendar cal = new Calendar();

    @Test
    void theTownshipCanDecideToHelpFirstAndTheProcedureStillCompletesWithinTheSameLimit() {
        MonitoringCase c = opened(cal, HouseholdCategory.EXITED);
        Deadlines before = c.deadlines();
        assertThat(rejected(Procedure.apply(c, new HelpFirst(VILLAGER, "车祸住院"), cal.today())).reason())
                .isEqualTo(Reason.WRONG_LEVEL);
        assertThat(rejected(Procedure.apply(c, new HelpFirst(TOWNSHIP, ""), cal.today())).reason())
                .isEqualTo(Reason.REASON_REQUIRED);
        Outcome outcome = Procedure.apply(c, new HelpFirst(TOWNSHIP, "车祸住院，急需救助"), cal.today());
        c = accepted(outcome);
        assertThat(c.fastTrack()).isTrue();
        assertThat(c.stage()).isEqualTo(new Stage.AwaitingVisit());
        assertThat(c.deadlines()).isEqualTo(before);
        assertThat(((Outcome.Accepted) outcome).event().action()).isEqualTo(Event.Action.HELP_FIRST);
        assertThat(rejected(Procedure.apply(c, new HelpFirst(COUNTY, "again"), cal.today())).reason())
                .isEqualTo(Reason.HELP_FIRST_NOT_APPLICABLE);

        c = step(c, new Command.RecordVisit(GRID, true, new Proposal(MonitoringType.SUDDEN_HARDSHIP, List.of(RiskType.ACCIDENT)),
                null), cal);
        c = step(c, new Command.ApproveAtVillage(VILLAGER, null, null), cal);
        c = step(c, new Command.EndNotice(VILLAGER), cal.advance(5));
        c = step(c, new Command.ApproveAtTownship(TOWNSHIP, null), cal);
        c = step(c, new Command.Confirm(COUNTY, recognition(MonitoringType.SUDDEN_HARDSHIP, RiskType.ACCIDENT)), cal);
        assertThat(c.stage()).isInstanceOf(Stage.Confirmed.class);
        assertThat(c.fastTrack()).isTrue();
    }

    @Test
    void aCaseIsOverdueTheDayAfterItsStepIsDueAndEscalatesToTheLevelAbove() {
        LocalDate lead = cal.today();
        MonitoringCase c = opened(cal, HouseholdCategory.ORDINARY);
        assertThat(c.isOverdue(lead.plusDays(3))).isFalse();
        assertThat(c.isOverdue(lead.plusDays(4))).isTrue();
        assertThat(c.step().escalatesTo()).isEqualTo(RegionLevel.TOWNSHIP);

        c = awaitingTownship(c, cal);   // visit and review on day 0, notice days 0–4, ended on day 5
        assertThat(c.dueOn()).isEqualTo(lead.plusDays(13));
        assertThat(c.isOverdue(lead.plusDays(13))).isFalse();
        assertThat(c.isOverdue(lead.plusDays(14))).isTrue();
        assertThat(c.step().escalatesTo()).isEqualTo(RegionLevel.COUNTY);

        c = step(c, new Command.ApproveAtTownship(TOWNSHIP, null), cal);
        assertThat(c.isOverdue(lead.plusDays(15))).isFalse();
        assertThat(c.isOverdue(lead.plusDays(16))).isTrue();
        assertThat(c.step().escalatesTo()).isEqualTo(RegionLevel.CITY);
    }

    @Test
    void aNoticeThatRunsPastTheWholeLimitMakesTheCaseOverdue() {
        LocalDate lead = cal.today();
        MonitoringCase c = visited(opened(cal, HouseholdCategory.ORDINARY), cal);
        c = step(c, new Command.ApproveAtVillage(VILLAGER, lead.plusDays(12), null), cal);
        assertThat(c.dueOn()).isEqualTo(lead.plusDays(17));
        assertThat(c.isOverdue(lead.plusDays(15))).isFalse();
        assertThat(c.isOverdue(lead.plusDays(16))).isTrue();
    }

    @Test
    void anOverdueCaseCanStillBeCompletedLate() {
        MonitoringCase c = opened(cal, HouseholdCategory.ORDINARY);
        cal.advance(20);
        assertThat(c.isOverdue(cal.today())).isTrue();
        c = awaitingCounty(c, cal);
        c = step(c, new Command.Confirm(COUNTY, recognition(MonitoringType.MARGINAL, RiskType.ILLNESS)), cal);
        assertThat(c.isOverdue(cal.today())).isFalse();
    }

    @Test
    void helpCoverageFlagsARiskWithoutAMeasureOnceItsDaysHavePassed() {
        LocalDate confirmed = cal.today();
        List<RiskType> risks = List.of(RiskType.ILLNESS, RiskType.EDUCATION);
        assertThat(HelpCoverage.gaps(risks, List.of(RiskType.ILLNESS), confirmed, 15, confirmed.plusDays(15)))
                .containsExactly(new HelpCoverage.Gap(RiskType.EDUCATION, confirmed.plusDays(15), false));
        assertThat(HelpCoverage.gaps(risks, List.of(RiskType.ILLNESS), confirmed, 15, confirmed.plusDays(16)))
                .containsExactly(new HelpCoverage.Gap(RiskType.EDUCATION, confirmed.plusDays(15), true));
        assertThat(HelpCoverage.gaps(risks, risks, confirmed, 15, confirmed.plusDays(99))).isEmpty();
    }
}
