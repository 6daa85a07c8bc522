// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import java.time.LocalDate;
import java.util.Set;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.RegionLevel;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.monitoring.Command.ApproveAtTownship;
import org.jingzhun.kernel.monitoring.Command.ApproveAtVillage;
import org.jingzhun.kernel.monitoring.Command.Confirm;
import org.jingzhun.kernel.monitoring.Command.Decline;
import org.jingzhun.kernel.monitoring.Command.EndNotice;
import org.jingzhun.kernel.monitoring.Command.HelpFirst;
import org.jingzhun.kernel.monitoring.Command.RecordObjection;
import org.jingzhun.kernel.monitoring.Command.RecordVisit;
import org.jingzhun.kernel.monitoring.Event.Action;
import org.jingzhun.kernel.monitoring.Outcome.Accepted;
import org.jingzhun.kernel.monitoring.Outcome.Rejection;
import org.jingzhun.kernel.monitoring.Outcome.Rejection.Reason;

/**
 * The recognition and risk-removal procedure (DOMAIN.md §6.3, §6.4) as one state machine:
 *
 * <pre>
 * AwaitingVisit ─visit→ AwaitingVillageReview ─approve→ InNotice ─end (notice over)→ AwaitingTownshipReview
 *                              ↑                            │
 *                              └──────── objection ─────────┘
 * AwaitingTownshipReview ─approve→ AwaitingCountyConfirmation ─confirm→ Confirmed
 * any open stage ─decline (with reason, by that step's level)→ Declined
 * </pre>
 *
 * Each command is checked against the stage, the actor's level and region, and its own content;
 * a refused command returns a {@link Rejection} and changes nothing. Dates come from the caller
 * ({@code today}), never from a clock read here.
 */
public final class Procedure {

    /** Who may decide to help first: the township or the county. */
    private static final Set<RegionLevel> HELP_FIRST_LEVELS = Set.of(RegionLevel.TOWNSHIP, RegionLevel.COUNTY);
    /** Objections are also received by the township. */
    private static final Set<RegionLevel> OBJECTION_LEVELS = Set.of(RegionLevel.VILLAGE, RegionLevel.GRID, RegionLevel.TOWNSHIP);

    private Procedure() {
    }

    /**
     * Opens a recognition case on a lead. Leads come from households, cadres and department
     * warnings, so any user (or the system) may open one; the steps are then done by their levels.
     */
    public static Outcome openRecognition(String by, RegionLevel level, RegionCode village, HouseholdCategory category,
                                          Standing standing, LocalDate leadDate, LocalDate today, ProcedureLimits limits) {
        if (leadDate.isAfter(today)) {
            return Rejection.of(Reason.DATE_IN_FUTURE, leadDate);
        }
        Rejection r = switch (standing) {
            case NOT_MONITORED -> null;
            case IN_RECOGNITION -> Rejection.of(Reason.CASE_OPEN, CaseKind.RECOGNITION);
            case MONITORED, IN_REMOVAL -> Rejection.of(Reason.ALREADY_MONITORED);
        };
        if (r != null) {
            return r;
        }
        MonitoringCase c = new MonitoringCase(CaseKind.RECOGNITION, village, category, leadDate, limits, false, null, null,
                new Stage.AwaitingVisit());
        return new Accepted(c, new Event(Action.OPENED, by, level, today, null));
    }

    /**
     * Opens a risk-removal case: proposed by the village (or a grid worker) for a monitored household
     * that meets every condition of {@code eligibility}.
     */
    public static Outcome openRemoval(Actor actor, RegionCode village, Standing standing, Eligibility eligibility,
                                      LocalDate today, ProcedureLimits limits, String reason) {
        Rejection denied = permit(actor, Step.HOME_VISIT.actors(), Step.HOME_VISIT, village);
        if (denied != null) {
            return denied;
        }
        Rejection r = switch (standing) {
            case MONITORED -> null;
            case IN_REMOVAL -> Rejection.of(Reason.CASE_OPEN, CaseKind.REMOVAL);
            case NOT_MONITORED, IN_RECOGNITION -> Rejection.of(Reason.NOT_MONITORED);
        };
        if (r != null) {
            return r;
        }
        if (!eligibility.eligible()) {
            return unmet(eligibility);
        }
        MonitoringCase c = new MonitoringCase(CaseKind.REMOVAL, village, HouseholdCategory.MONITORED, today, limits, false,
                null, null, new Stage.AwaitingVisit());
        return new Accepted(c, new Event(Action.OPENED, actor.username(), actor.level(), today, blankToNull(reason)));
    }

    /**
     * A further lead of a household with an open recognition case joins it; the limits count from
     * the first lead, so one dated before the case's start moves the start (and every due date) back.
     */
    public static MonitoringCase withLead(MonitoringCase c, LocalDate leadDate) {
        if (!c.isOpen() || c.kind() != CaseKind.RECOGNITION || !leadDate.isBefore(c.startedOn())) {
            return c;
        }
        return c.withStart(leadDate);
    }

    /** Applies {@code command} to {@code c} on {@code today}. */
    public static Outcome apply(MonitoringCase c, Command command, LocalDate today) {
        if (!c.isOpen()) {
            return Rejection.of(Reason.CLOSED, c.stage().code());
        }
        return switch (command) {
            case RecordVisit v -> visit(c, v, today);
            case ApproveAtVillage a -> approveAtVillage(c, a, today);
            case RecordObjection o -> objection(c, o, today);
            case EndNotice e -> endNotice(c, e, today);
            case ApproveAtTownship a -> approveAtTownship(c, a, today);
            case Confirm k -> confirm(c, k, today);
            case Decline d -> decline(c, d, today);
            case HelpFirst h -> helpFirst(c, h, today);
        };
    }

    private static Outcome visit(MonitoringCase c, RecordVisit v, LocalDate today) {
        Rejection r = expect(c, Stage.AwaitingVisit.class, v);
        if (r != null) {
            return r;
        }
        MonitoringCase next = c;
        if (c.kind() == CaseKind.RECOGNITION) {
            if (!v.authorisationSigned()) {
                return Rejection.of(Reason.AUTHORISATION_NOT_SIGNED);
            }
            Proposal p = v.proposal();
            if (p == null || p.category() == null) {
                return Rejection.of(Reason.PROPOSAL_REQUIRED);
            }
            Rejection invalid = checkRecognition(p.category(), p.riskTypes().size(), c.householdCategory());
            if (invalid != null) {
                return invalid;
            }
            next = c.withProposal(p);
        }
        return accept(next.withStage(new Stage.AwaitingVillageReview()), Action.VISITED, v.actor(), today, v.notes());
    }

    private static Outcome approveAtVillage(MonitoringCase c, ApproveAtVillage a, LocalDate today) {
        Rejection r = expect(c, Stage.AwaitingVillageReview.class, a);
        if (r != null) {
            return r;
        }
        LocalDate from = a.noticeFrom() == null ? today : a.noticeFrom();
        if (from.isBefore(today)) {
            return Rejection.of(Reason.NOTICE_BACKDATED, from, today);
        }
        Stage notice = new Stage.InNotice(from, from.plusDays(c.limits().noticeDays() - 1L));
        return accept(c.withStage(notice), Action.VILLAGE_APPROVED, a.actor(), today, a.minutes());
    }

    private static Outcome objection(MonitoringCase c, RecordObjection o, LocalDate today) {
        if (!(c.stage() instanceof Stage.InNotice)) {
            return Rejection.of(Reason.WRONG_STAGE, "RecordObjection", c.step());
        }
        Rejection denied = permit(o.actor(), OBJECTION_LEVELS, Step.PUBLIC_NOTICE, c.village());
        if (denied != null) {
            return denied;
        }
        if (isBlank(o.objection())) {
            return Rejection.of(Reason.REASON_REQUIRED);
        }
        MonitoringCase next = c.withObjection(new Objection(today, o.objection().strip(), o.actor().username()));
        return accept(next, Action.OBJECTION_RAISED, o.actor(), today, o.objection());
    }

    private static Outcome endNotice(MonitoringCase c, EndNotice e, LocalDate today) {
        Rejection r = expect(c, Stage.InNotice.class, e);
        if (r != null) {
            return r;
        }
        LocalDate until = ((Stage.InNotice) c.stage()).until();
        if (!today.isAfter(until)) {
            return Rejection.of(Reason.NOTICE_RUNNING, until);
        }
        return accept(c.withStage(new Stage.AwaitingTownshipReview()), Action.NOTICE_ENDED, e.actor(), today, null);
    }

    private static Outcome approveAtTownship(MonitoringCase c, ApproveAtTownship a, LocalDate today) {
        Rejection r = expect(c, Stage.AwaitingTownshipReview.class, a);
        if (r != null) {
            return r;
        }
        return accept(c.withStage(new Stage.AwaitingCountyConfirmation()), Action.TOWNSHIP_APPROVED, a.actor(), today,
                a.opinion());
    }

    private static Outcome confirm(MonitoringCase c, Confirm k, LocalDate today) {
        Rejection r = expect(c, Stage.AwaitingCountyConfirmation.class, k);
        if (r != null) {
            return r;
        }
        Rejection invalid = switch (k.decision()) {
            case null -> Rejection.of(Reason.DECISION_MISMATCH, c.kind());
            case Decision.Recognition d when c.kind() == CaseKind.RECOGNITION ->
                    d.category() == null ? Rejection.of(Reason.PROPOSAL_REQUIRED)
                            : checkRecognition(d.category(), d.riskTypes().size(), c.householdCategory());
            case Decision.Removal d when c.kind() == CaseKind.REMOVAL ->
                    d.eligibility() == null || !d.eligibility().eligible() ? unmet(d.eligibility()) : null;
            default -> Rejection.of(Reason.DECISION_MISMATCH, c.kind());
        };
        if (invalid != null) {
            return invalid;
        }
        return accept(c.withStage(new Stage.Confirmed(today, k.decision())), Action.CONFIRMED, k.actor(), today, null);
    }

    private static Outcome decline(MonitoringCase c, Decline d, LocalDate today) {
        Step step = c.step();
        Rejection denied = permit(d.actor(), step.actors(), step, c.village());
        if (denied != null) {
            return denied;
        }
        if (isBlank(d.reason())) {
            return Rejection.of(Reason.REASON_REQUIRED);
        }
        return accept(c.withStage(new Stage.Declined(step, today, d.reason().strip())), Action.DECLINED, d.actor(), today,
                d.reason());
    }

    private static Outcome helpFirst(MonitoringCase c, HelpFirst h, LocalDate today) {
        if (c.kind() != CaseKind.RECOGNITION || c.fastTrack()) {
            return Rejection.of(Reason.HELP_FIRST_NOT_APPLICABLE, c.kind(), c.fastTrack());
        }
        Rejection denied = permit(h.actor(), HELP_FIRST_LEVELS, c.step(), c.village());
        if (denied != null) {
            return denied;
        }
        if (isBlank(h.reason())) {
            return Rejection.of(Reason.REASON_REQUIRED);
        }
        return accept(c.withFastTrack(), Action.HELP_FIRST, h.actor(), today, h.reason());
    }

    /** The case must wait in {@code stage}, and the actor must be of the step's level over the household. */
    private static Rejection expect(MonitoringCase c, Class<? extends Stage> stage, Command command) {
        if (!stage.isInstance(c.stage())) {
            return Rejection.of(Reason.WRONG_STAGE, command.getClass().getSimpleName(), c.step());
        }
        return permit(command.actor(), c.step().actors(), c.step(), c.village());
    }

    private static Rejection permit(Actor actor, Set<RegionLevel> levels, Step step, RegionCode village) {
        if (actor == null || !levels.contains(actor.level())) {
            return Rejection.of(Reason.WRONG_LEVEL, step, levels.stream().sorted().map(Enum::name)
                    .collect(java.util.stream.Collectors.joining(",")));
        }
        if (!actor.covers(village)) {
            return Rejection.of(Reason.OUTSIDE_REGION, actor.region(), village);
        }
        return null;
    }

    private static Rejection checkRecognition(org.jingzhun.kernel.household.MonitoringType category, int risks,
                                              HouseholdCategory household) {
        if (risks < 1 || risks > RiskType.MAX_PER_HOUSEHOLD) {
            return Rejection.of(Reason.RISK_TYPE_COUNT, risks, RiskType.MAX_PER_HOUSEHOLD);
        }
        if (!Categories.fits(category, household)) {
            return Rejection.of(Reason.CATEGORY_NOT_FOR_HOUSEHOLD, category, household);
        }
        return null;
    }

    private static Rejection unmet(Eligibility e) {
        return new Rejection(Reason.REMOVAL_CONDITIONS_UNMET,
                e == null ? java.util.List.of() : e.unmet().stream().map(u -> u.condition().name()).toList());
    }

    private static Accepted accept(MonitoringCase next, Action action, Actor actor, LocalDate today, String note) {
        return new Accepted(next, new Event(action, actor.username(), actor.level(), today, blankToNull(note)));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
