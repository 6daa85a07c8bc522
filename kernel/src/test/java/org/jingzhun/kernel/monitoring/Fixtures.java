// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.RegionLevel;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.MonitoringType;

/** Users of 吉安县 and one of its villages, a fixed clock, and helpers to walk a case. */
final class Fixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final RegionCode VILLAGE = RegionCode.parse("360821100201");
    static final RegionCode OTHER_VILLAGE = RegionCode.parse("360821100202");
    static final Actor GRID = new Actor("grid", RegionLevel.GRID, VILLAGE);
    static final Actor VILLAGER = new Actor("village", RegionLevel.VILLAGE, VILLAGE);
    static final Actor TOWNSHIP = new Actor("township", RegionLevel.TOWNSHIP, RegionCode.parse("360821100"));
    static final Actor COUNTY = new Actor("jianxian", RegionLevel.COUNTY, RegionCode.parse("360821"));
    static final Actor CITY = new Actor("jian", RegionLevel.CITY, RegionCode.parse("3608"));
    static final Actor OTHER_COUNTY = new Actor("taihe", RegionLevel.COUNTY, RegionCode.parse("360826"));
    static final Actor OTHER_VILLAGER = new Actor("neighbour", RegionLevel.VILLAGE, OTHER_VILLAGE);
    static final Proposal ILLNESS_MARGINAL = new Proposal(MonitoringType.MARGINAL, List.of(RiskType.ILLNESS));

    /** A clock fixed at 09:00 on a day, moved forward by whole days. */
    static final class Calendar {
        private Clock clock = Clock.fixed(Instant.parse("2026-11-02T01:00:00Z"), ZONE);

        LocalDate today() {
            return LocalDate.now(clock);
        }

        Calendar advance(int days) {
            clock = Clock.offset(clock, Duration.ofDays(days));
            return this;
        }
    }

    private Fixtures() {
    }

    static MonitoringCase opened(Calendar cal, HouseholdCategory category) {
        return accepted(Procedure.openRecognition("system", null, VILLAGE, category, Standing.NOT_MONITORED, cal.today(),
                cal.today(), ProcedureLimits.DEFAULT));
    }

    static MonitoringCase accepted(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted) outcome).next();
    }

    static Outcome.Rejection rejected(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Rejection.class);
        return (Outcome.Rejection) outcome;
    }

    static MonitoringCase step(MonitoringCase c, Command command, Calendar cal) {
        return accepted(Procedure.apply(c, command, cal.today()));
    }

    static MonitoringCase visited(MonitoringCase c, Calendar cal) {
        Proposal p = c.householdCategory() == HouseholdCategory.EXITED
                ? new Proposal(MonitoringType.UNSTABLE_EXITED, List.of(RiskType.ILLNESS)) : ILLNESS_MARGINAL;
        return step(c, new Command.RecordVisit(GRID, true, p, "住院自付 3 万元"), cal);
    }

    static MonitoringCase inNotice(MonitoringCase c, Calendar cal) {
        return step(visited(c, cal), new Command.ApproveAtVillage(VILLAGER, null, "村民代表会议 23 人到会，一致同意"), cal);
    }

    static MonitoringCase awaitingTownship(MonitoringCase c, Calendar cal) {
        MonitoringCase n = inNotice(c, cal);
        cal.advance(ProcedureLimits.DEFAULT.noticeDays());
        return step(n, new Command.EndNotice(VILLAGER), cal);
    }

    static MonitoringCase awaitingCounty(MonitoringCase c, Calendar cal) {
        return step(awaitingTownship(c, cal), new Command.ApproveAtTownship(TOWNSHIP, "同意"), cal);
    }

    static Decision.Recognition recognition(MonitoringType category, RiskType... risks) {
        return new Decision.Recognition(category, List.of(risks), List.of("YB01_STAY@1"), 3, List.of("入户核实记录"));
    }
}
