// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jingzhun.kernel.monitoring.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.MonitoringType;
import org.jingzhun.kernel.monitoring.Command.ApproveAtTownship;
import org.jingzhun.kernel.monitoring.Command.ApproveAtVillage;
import org.jingzhun.kernel.monitoring.Command.Confirm;
import org.jingzhun.kernel.monitoring.Command.EndNotice;
import org.jingzhun.kernel.monitoring.Command.RecordObjection;
import org.jingzhun.kernel.monitoring.Command.RecordVisit;
import org.jingzhun.kernel.monitoring.Outcome.Rejection.Reason;
import org.junit.jupiter.api.Test;

/** Households walked through recognition with a fixed clock: the normal path, objections, notices and deadlines. */
class RecognitionProcedureTest {

    private final Calendar cal = new Calendar();

    @Test
    void aLeadWalksFromVisitThroughNoticeToCountyConfirmation() {
        LocalDate lead = cal.today();
        MonitoringCase c = opened(cal, HouseholdCategory.ORDINARY);
        assertThat(c.stage()).isEqualTo(new Stage.AwaitingVisit());
        assertThat(c.deadlines()).isEqualTo(new Deadlines(lead.plusDays(3), lead.plusDays(5), lead.plusDays(13), lead.plusDays(15)));

        c = step(c, new RecordVisit(GRID, true, ILLNESS_MARGINAL, "住院自付 3 万元"), cal.advance(1));
        assertThat(c.stage()).isEqualTo(new Stage.AwaitingVillageReview());
        assertThat(c.proposal()).isEqualTo(ILLNESS_MARGINAL);

        c = step(c, new ApproveAtVillage(VILLAGER, null, "一致同意"), cal.advance(1));
        assertThat(c.stage()).isEqualTo(new Stage.InNotice(lead.plusDays(2), lead.plusDays(6)));
        assertThat(c.dueOn()).isEqualTo(lead.plusDays(7));

        c = step(c, new EndNotice(VILLAGER), cal.advance(5));
        c = step(c, new ApproveAtTownship(TOWNSHIP, "同意"), cal.advance(3));
        assertThat(c.stage()).isEqualTo(new Stage.AwaitingCountyConfirmation());
        assertThat(c.dueOn()).isEqualTo(lead.plusDays(15));

        Decision.Recognition decision = recognition(MonitoringType.MARGINAL, RiskType.ILLNESS, RiskType.LACK_OF_LABOUR);
        Outcome outcome = Procedure.apply(c, new Confirm(COUNTY, decision), cal.advance(2).today());
        c = accepted(outcome);
        assertThat(c.stage()).isEqualTo(new Stage.Confirmed(lead.plusDays(12), decision));
        assertThat(c.isOpen()).isFalse();
        assertThat(c.isOverdue(lead.plusDays(100))).isFalse();
        assertThat(((Outcome.Accepted) outcome).event())
                .isEqualTo(new Event(Event.Action.CONFIRMED, "jianxian", COUNTY.level(), lead.plusDays(12), null));
    }

    @Test
    void theNoticeRunsAtLeastItsDaysBeforeItCanEnd() {
        MonitoringCase c = inNotice(opened(cal, HouseholdCategory.ORDINARY), cal);
        LocalDate until = ((Stage.InNotice) c.stage()).until();
        assertThat(until).isEqualTo(cal.today().plusDays(4));
        cal.advance(4);
        assertThat(rejected(Procedure.apply(c, new EndNotice(VILLAGER), cal.today())))
                .isEqualTo(new Outcome.Rejection(Reason.NOTICE_RUNNING, List.of(until.toString())));
        assertThat(step(c, new EndNotice(VILLAGER), cal.advance(1)).stage()).isEqualTo(new Stage.AwaitingTownshipReview());
    }

    @Test
    void aNoticeStartsOnTheReviewDayOrLaterButIsNeverBackdated() {
        MonitoringCase c = visited(opened(cal, HouseholdCategory.ORDINARY), cal);
        LocalDate yesterday = cal.today().minusDays(1);
        assertThat(rejected(Procedure.apply(c, new ApproveAtVillage(VILLAGER, yesterday, null), cal.today())).reason())
                .isEqualTo(Reason.NOTICE_BACKDATED);
        LocalDate monday = cal.today().plusDays(2);
        assertThat(step(c, new ApproveAtVillage(VILLAGER, monday, null), cal).stage())
                .isEqualTo(new Stage.InNotice(monday, monday.plusDays(4)));
    }

    @Test
    void anObjectionDuringTheNoticeSendsTheCaseBackToTheVillageReview() {
        MonitoringCase c = inNotice(opened(cal, HouseholdCategory.ORDINARY), cal);
        c = step(c, new RecordObjection(TOWNSHIP, "该户有子女在城里购房"), cal.advance(2));
        assertThat(c.stage()).isEqualTo(new Stage.AwaitingVillageReview());
        assertThat(c.objections()).containsExactly(new Objection(cal.today(), "该户有子女在城里购房", "township"));

        // reviewed again (the objection was unfounded) and noticed again for the full period
        c = step(c, new ApproveAtVillage(VILLAGER, null, "核实：购房者已分户"), cal.advance(1));
        assertThat(c.stage()).isEqualTo(new Stage.InNotice(cal.today(), cal.today().plusDays(4)));
        c = step(c, new EndNotice(VILLAGER), cal.advance(5));
        c = step(c, new ApproveAtTownship(TOWNSHIP, null), cal);
        c = step(c, new Confirm(COUNTY, recognition(MonitoringType.MARGINAL, RiskType.ILLNESS)), cal);
        assertThat(c.stage()).isInstanceOf(Stage.Confirmed.class);
        assertThat(c.objections()).hasSize(1);
    }

    @Test
    void objectionsAreOnlyTakenDuringTheNoticeAndNeedTheirText() {
        MonitoringCase visited = visited(opened(cal, HouseholdCategory.ORDINARY), cal);
        assertThat(rejected(Procedure.apply(visited, new RecordObjection(VILLAGER, "有异议"), cal.today())).reason())
                .isEqualTo(Reason.WRONG_STAGE);
        MonitoringCase notice = step(visited, new ApproveAtVillage(VILLAGER, null, null), cal);
        assertThat(rejected(Procedure.apply(notice, new RecordObjection(VILLAGER, " "), cal.today())).reason())
                .isEqualTo(Reason.REASON_REQUIRED);
        assertThat(rejected(Procedure.apply(notice, new RecordObjection(COUNTY, "有异议"), cal.today())).reason())
                .isEqualTo(Reason.WRONG_LEVEL);
    }

    @Test
    void aHomeVisitNeedsTheSignedAuthorisationAndAValidProposal() {
        MonitoringCase c = opened(cal, HouseholdCategory.EXITED);
        assertThat(rejected(Procedure.apply(c, new RecordVisit(GRID, false, ILLNESS_MARGINAL, null), cal.today())).reason())
                .isEqualTo(Reason.AUTHORISATION_NOT_SIGNED);
        assertThat(rejected(Procedure.apply(c, new RecordVisit(GRID, true, null, null), cal.today())).reason())
                .isEqualTo(Reason.PROPOSAL_REQUIRED);
        // 边缘易致贫户 is for ordinary households; this one has exited poverty
        assertThat(rejected(Procedure.apply(c, new RecordVisit(GRID, true, ILLNESS_MARGINAL, null), cal.today())))
                .isEqualTo(new Outcome.Rejection(Reason.CATEGORY_NOT_FOR_HOUSEHOLD, List.of("MARGINAL", "EXITED")));
        Proposal none = new Proposal(MonitoringType.UNSTABLE_EXITED, List.of());
        assertThat(rejected(Procedure.apply(c, new RecordVisit(GRID, true, none, null), cal.today())).details())
                .containsExactly("0", "5");
        Proposal six = new Proposal(MonitoringType.UNSTABLE_EXITED, List.of(RiskType.ILLNESS, RiskType.EDUCATION,
                RiskType.DISABILITY, RiskType.DISASTER, RiskType.ACCIDENT, RiskType.OTHER));
        assertThat(rejected(Procedure.apply(c, new RecordVisit(GRID, true, six, null), cal.today())).reason())
                .isEqualTo(Reason.RISK_TYPE_COUNT);
        Proposal five = new Proposal(MonitoringType.UNSTABLE_EXITED, six.riskTypes().subList(0, 5));
        assertThat(step(c, new RecordVisit(GRID, true, five, null), cal).proposal().riskTypes()).hasSize(5);
    }

    @Test
    void theCountyDecidesTheFinalCategoryAndRiskTypesWithinTheSameLimits() {
        MonitoringCase c = awaitingCounty(opened(cal, HouseholdCategory.EXITED), cal);
        assertThat(rejected(Procedure.apply(c, new Confirm(COUNTY, recognition(MonitoringType.MARGINAL, RiskType.ILLNESS)),
                cal.today())).reason()).isEqualTo(Reason.CATEGORY_NOT_FOR_HOUSEHOLD);
        assertThat(rejected(Procedure.apply(c, new Confirm(COUNTY, recognition(MonitoringType.SUDDEN_HARDSHIP)),
                cal.today())).reason()).isEqualTo(Reason.RISK_TYPE_COUNT);
        Decision removal = new Decision.Removal(null, new Eligibility(List.of()), 1, null);
        assertThat(rejected(Procedure.apply(c, new Confirm(COUNTY, removal), cal.today())).reason())
                .isEqualTo(Reason.DECISION_MISMATCH);
        Decision.Recognition sudden = recognition(MonitoringType.SUDDEN_HARDSHIP, RiskType.ACCIDENT);
        assertThat(((Stage.Confirmed) step(c, new Confirm(COUNTY, sudden), cal).stage()).decision()).isEqualTo(sudden);
    }

    @Test
    void aClosedCaseTakesNoFurtherCommand() {
        MonitoringCase c = step(awaitingCounty(opened(cal, HouseholdCategory.ORDINARY), cal),
                new Confirm(COUNTY, recognition(MonitoringType.MARGINAL, RiskType.ILLNESS)), cal);
        assertThat(rejected(Procedure.apply(c, new Command.Decline(COUNTY, "重新考虑"), cal.today())))
                .isEqualTo(new Outcome.Rejection(Reason.CLOSED, List.of("CONFIRMED")));
    }

    @Test
    void commandsOutOfOrderAreRefusedWithTheStepTheCaseWaitsFor() {
        MonitoringCase c = opened(cal, HouseholdCategory.ORDINARY);
        assertThat(rejected(Procedure.apply(c, new ApproveAtTownship(TOWNSHIP, null), cal.today())))
                .isEqualTo(new Outcome.Rejection(Reason.WRONG_STAGE, List.of("ApproveAtTownship", "HOME_VISIT")));
        assertThat(rejected(Procedure.apply(c, new EndNotice(VILLAGER), cal.today())).reason()).isEqualTo(Reason.WRONG_STAGE);
        assertThat(rejected(Procedure.apply(c, new Confirm(COUNTY, recognition(MonitoringType.MARGINAL, RiskType.ILLNESS)),
                cal.today())).reason()).isEqualTo(Reason.WRONG_STAGE);
    }

    @Test
    void aLeadCannotBeDatedInTheFutureAndALeadOfAMonitoredHouseholdOpensNoCase() {
        LocalDate tomorrow = cal.today().plusDays(1);
        assertThat(rejected(Procedure.openRecognition("village", null, VILLAGE, HouseholdCategory.ORDINARY,
                Standing.NOT_MONITORED, tomorrow, cal.today(), ProcedureLimits.DEFAULT)).reason()).isEqualTo(Reason.DATE_IN_FUTURE);
        for (Standing s : List.of(Standing.MONITORED, Standing.IN_REMOVAL)) {
            assertThat(rejected(Procedure.openRecognition("village", null, VILLAGE, HouseholdCategory.MONITORED, s,
                    cal.today(), cal.today(), ProcedureLimits.DEFAULT)).reason()).isEqualTo(Reason.ALREADY_MONITORED);
        }
        assertThat(rejected(Procedure.openRecognition("village", null, VILLAGE, HouseholdCategory.ORDINARY,
                Standing.IN_RECOGNITION, cal.today(), cal.today(), ProcedureLimits.DEFAULT)).reason()).isEqualTo(Reason.CASE_OPEN);
    }

    @Test
    void anEarlierLeadJoiningTheCaseMovesItsStartAndDueDatesBack() {
        MonitoringCase c = opened(cal, HouseholdCategory.ORDINARY);
        LocalDate earlier = cal.today().minusDays(2);
        MonitoringCase joined = Procedure.withLead(c, earlier);
        assertThat(joined.startedOn()).isEqualTo(earlier);
        assertThat(joined.deadlines().county()).isEqualTo(earlier.plusDays(15));
        assertThat(Procedure.withLead(c, cal.today().plusDays(1))).isSameAs(c);
        MonitoringCase closed = step(c, new Command.Decline(GRID, "不符合"), cal);
        assertThat(Procedure.withLead(closed, earlier)).isSameAs(closed);
    }

    @Test
    void theLimitsCountFromTheFirstLeadEvenWhenItIsRecordedLater() {
        LocalDate applied = cal.today().minusDays(4);
        MonitoringCase c = accepted(Procedure.openRecognition("village", null, VILLAGE, HouseholdCategory.ORDINARY,
                Standing.NOT_MONITORED, applied, cal.today(), ProcedureLimits.DEFAULT));
        assertThat(c.startedOn()).isEqualTo(applied);
        assertThat(c.dueOn()).isEqualTo(applied.plusDays(3));
        assertThat(c.isOverdue(cal.today())).isTrue();
    }
}
