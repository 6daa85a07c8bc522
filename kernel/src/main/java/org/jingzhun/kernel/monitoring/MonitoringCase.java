// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.household.HouseholdCategory;

/**
 * 监测案件 — one run of the procedure for one household: a recognition (识别认定) or a risk removal
 * (风险消除). Immutable; {@link Procedure} makes the next state.
 *
 * @param village            the household's village (who may act on it depends on it)
 * @param householdCategory  the household's type when the case opened
 * @param startedOn          the first lead's date, or the removal application's: the limits count from it
 * @param limits             the limits of the parameter version the case opened under
 * @param fastTrack          先帮扶后认定: help may start before confirmation
 * @param proposal           the home visit's proposal (recognition), or {@code null}
 * @param objections         objections raised during notices, oldest first
 */
public record MonitoringCase(CaseKind kind, RegionCode village, HouseholdCategory householdCategory, LocalDate startedOn,
                             ProcedureLimits limits, boolean fastTrack, Proposal proposal, List<Objection> objections,
                             Stage stage) {

    public MonitoringCase {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(village);
        Objects.requireNonNull(householdCategory);
        Objects.requireNonNull(startedOn);
        Objects.requireNonNull(limits);
        Objects.requireNonNull(stage);
        objections = objections == null ? List.of() : List.copyOf(objections);
    }

    public Deadlines deadlines() {
        return limits.from(startedOn);
    }

    /** The step the case waits for, or {@code null} when closed. */
    public Step step() {
        return stage.step();
    }

    public boolean isOpen() {
        return stage.isOpen();
    }

    /**
     * The last day for the step the case waits for, or {@code null} when closed. A running notice
     * is due the day after it ends (when the village closes it).
     */
    public LocalDate dueOn() {
        Deadlines d = deadlines();
        return switch (stage) {
            case Stage.AwaitingVisit s -> d.visit();
            case Stage.AwaitingVillageReview s -> d.villageReview();
            case Stage.InNotice n -> n.until().plusDays(1);
            case Stage.AwaitingTownshipReview s -> d.townshipReview();
            case Stage.AwaitingCountyConfirmation s -> d.county();
            case Stage.Confirmed s -> null;
            case Stage.Declined s -> null;
        };
    }

    /** Whether the case is open and past its step's due date or the procedure's deadline. */
    public boolean isOverdue(LocalDate today) {
        LocalDate due = dueOn();
        return due != null && (today.isAfter(due) || today.isAfter(deadlines().county()));
    }

    MonitoringCase withStage(Stage next) {
        return new MonitoringCase(kind, village, householdCategory, startedOn, limits, fastTrack, proposal, objections, next);
    }

    MonitoringCase withStart(LocalDate start) {
        return new MonitoringCase(kind, village, householdCategory, start, limits, fastTrack, proposal, objections, stage);
    }

    MonitoringCase withProposal(Proposal p) {
        return new MonitoringCase(kind, village, householdCategory, startedOn, limits, fastTrack, p, objections, stage);
    }

    MonitoringCase withFastTrack() {
        return new MonitoringCase(kind, village, householdCategory, startedOn, limits, true, proposal, objections, stage);
    }

    MonitoringCase withObjection(Objection o) {
        List<Objection> all = new ArrayList<>(objections);
        all.add(o);
        return new MonitoringCase(kind, village, householdCategory, startedOn, limits, fastTrack, proposal, all,
                new Stage.AwaitingVillageReview());
    }
}
