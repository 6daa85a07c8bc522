// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jingzhun.kernel.monitoring.Fixtures.*;

import java.util.List;
import java.util.Map;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.MonitoringType;
import org.jingzhun.kernel.monitoring.Outcome.Rejection.Reason;
import org.junit.jupiter.api.Test;

/** Risk removal follows the recognition procedure; removed households stay and can be monitored again. */
class RemovalProcedureTest {

    private final Calendar cal = new Calendar();
    private static final Eligibility ELIGIBLE = new Eligibility(List.of());
    private static final Eligibility TOO_SOON = new Eligibility(List.of(
            new Unmet(RemovalCondition.MONITORED_LONG_ENOUGH, List.of("2026-09-01", "6", "2027-03-01")),
            new Unmet(RemovalCondition.HOUSING_SAFE, List.of())));

    private MonitoringCase removal() {
        return accepted(Procedure.openRemoval(VILLAGER, VILLAGE, Standing.MONITORED, ELIGIBLE, cal.today(),
                ProcedureLimits.DEFAULT, "收入稳定"));
    }

    private Decision.Removal removalDecision(Eligibility e) {
        return new Decision.Removal(Map.of(RiskType.ILLNESS, Resolution.THROUGH_HELP), e, 3, List.of("入户核实"));
    }

    @Test
    void removalIsRefusedWithEveryUnmetCondition() {
        assertThat(rejected(Procedure.openRemoval(VILLAGER, VILLAGE, Standing.MONITORED, TOO_SOON, cal.today(),
                ProcedureLimits.DEFAULT, null)))
                .isEqualTo(new Outcome.Rejection(Reason.REMOVAL_CONDITIONS_UNMET, List.of("MONITORED_LONG_ENOUGH", "HOUSING_SAFE")));
    }

    @Test
    void removalIsProposedByTheVillageForAMonitoredHouseholdWithoutAnOpenCase() {
        assertThat(rejected(Procedure.openRemoval(TOWNSHIP, VILLAGE, Standing.MONITORED, ELIGIBLE, cal.today(),
                ProcedureLimits.DEFAULT, null)).reason()).isEqualTo(Reason.WRONG_LEVEL);
        assertThat(rejected(Procedure.openRemoval(OTHER_VILLAGER, VILLAGE, Standing.MONITORED, ELIGIBLE, cal.today(),
                ProcedureLimits.DEFAULT, null)).reason()).isEqualTo(Reason.OUTSIDE_REGION);
        assertThat(rejected(Procedure.openRemoval(VILLAGER, VILLAGE, Standing.NOT_MONITORED, ELIGIBLE, cal.today(),
                ProcedureLimits.DEFAULT, null)).reason()).isEqualTo(Reason.NOT_MONITORED);
        assertThat(rejected(Procedure.openRemoval(VILLAGER, VILLAGE, Standing.IN_REMOVAL, ELIGIBLE, cal.today(),
                ProcedureLimits.DEFAULT, null)).reason()).isEqualTo(Reason.CASE_OPEN);
    }

    @Test
    void removalIsGrantedThroughTheSameStepsAsRecognition() {
        MonitoringCase c = removal();
        assertThat(c.kind()).isEqualTo(CaseKind.REMOVAL);
        assertThat(c.deadlines().county()).isEqualTo(cal.today().plusDays(15));
        // no proposal and no new authorisation: the household is already monitored
        c = step(c, new Command.RecordVisit(GRID, false, null, "收入稳定，住院费用已报销"), cal);
        c = step(c, new Command.ApproveAtVillage(VILLAGER, null, null), cal);
        c = step(c, new Command.EndNotice(VILLAGER), cal.advance(5));
        c = step(c, new Command.ApproveAtTownship(TOWNSHIP, null), cal);
        assertThat(c.step()).isEqualTo(Step.COUNTY_CONFIRMATION);
        // conditions are checked again at confirmation: a house damaged meanwhile stops the removal
        assertThat(rejected(Procedure.apply(c, new Command.Confirm(COUNTY, removalDecision(TOO_SOON)), cal.today())).reason())
                .isEqualTo(Reason.REMOVAL_CONDITIONS_UNMET);
        assertThat(rejected(Procedure.apply(c, new Command.Confirm(COUNTY, recognition(MonitoringType.MARGINAL,
                RiskType.ILLNESS)), cal.today())).reason()).isEqualTo(Reason.DECISION_MISMATCH);
        c = step(c, new Command.Confirm(COUNTY, removalDecision(ELIGIBLE)), cal);
        assertThat(c.stage()).isEqualTo(new Stage.Confirmed(cal.today(), removalDecision(ELIGIBLE)));
    }

    @Test
    void removalCannotHelpFirstAndCanBeDeclined() {
        MonitoringCase c = removal();
        assertThat(rejected(Procedure.apply(c, new Command.HelpFirst(TOWNSHIP, "急"), cal.today())).reason())
                .isEqualTo(Reason.HELP_FIRST_NOT_APPLICABLE);
        c = awaitingTownshipForRemoval(c);
        c = step(c, new Command.Decline(TOWNSHIP, "收入不稳定"), cal);
        assertThat(c.stage()).isEqualTo(new Stage.Declined(Step.TOWNSHIP_REVIEW, cal.today(), "收入不稳定"));
    }

    @Test
    void aRemovedHouseholdCanBeMonitoredAgain() {
        // recognised, then removed: the household is an ordinary household again and a new lead opens a new case
        MonitoringCase first = step(awaitingCounty(opened(cal, HouseholdCategory.ORDINARY), cal),
                new Command.Confirm(COUNTY, recognition(MonitoringType.MARGINAL, RiskType.ILLNESS)), cal);
        MonitoringType category = ((Decision.Recognition) ((Stage.Confirmed) first.stage()).decision()).category();
        cal.advance(200);
        MonitoringCase removed = step(awaitingTownshipForRemoval(removal()), new Command.ApproveAtTownship(TOWNSHIP, null), cal);
        removed = step(removed, new Command.Confirm(COUNTY, removalDecision(ELIGIBLE)), cal);
        assertThat(removed.stage()).isInstanceOf(Stage.Confirmed.class);
        HouseholdCategory after = Categories.afterRemoval(category, null);
        assertThat(after).isEqualTo(HouseholdCategory.ORDINARY);

        cal.advance(30);
        MonitoringCase again = accepted(Procedure.openRecognition("system", null, VILLAGE, after, Standing.NOT_MONITORED,
                cal.today(), cal.today(), ProcedureLimits.DEFAULT));
        again = step(awaitingCounty(again, cal), new Command.Confirm(COUNTY, recognition(MonitoringType.MARGINAL,
                RiskType.DISASTER)), cal);
        assertThat(again.stage()).isInstanceOf(Stage.Confirmed.class);
    }

    @Test
    void categoriesReturnToTheHouseholdsTypeBeforeMonitoring() {
        assertThat(Categories.afterRemoval(MonitoringType.UNSTABLE_EXITED, 2018)).isEqualTo(HouseholdCategory.EXITED);
        assertThat(Categories.afterRemoval(MonitoringType.SUDDEN_HARDSHIP, 2019)).isEqualTo(HouseholdCategory.EXITED);
        assertThat(Categories.afterRemoval(MonitoringType.SUDDEN_HARDSHIP, null)).isEqualTo(HouseholdCategory.ORDINARY);
        assertThat(Categories.fits(MonitoringType.SUDDEN_HARDSHIP, HouseholdCategory.MONITORED)).isFalse();
    }

    private MonitoringCase awaitingTownshipForRemoval(MonitoringCase c) {
        c = step(c, new Command.RecordVisit(GRID, false, null, null), cal);
        c = step(c, new Command.ApproveAtVillage(VILLAGER, null, null), cal);
        return step(c, new Command.EndNotice(VILLAGER), cal.advance(5));
    }
}
