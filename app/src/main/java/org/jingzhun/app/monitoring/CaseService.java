// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jingzhun.app.assistance.HelpPlans;
import org.jingzhun.app.audit.AuditLog;
import org.jingzhun.app.monitoring.CaseStore.CaseRow;
import org.jingzhun.app.monitoring.CaseViews.CaseDetails;
import org.jingzhun.app.platform.security.Actors;
import org.jingzhun.app.platform.web.ForbiddenException;
import org.jingzhun.app.registry.HouseholdPatch;
import org.jingzhun.app.registry.HouseholdService;
import org.jingzhun.app.registry.HouseholdViews.HouseholdDetails;
import org.jingzhun.kernel.household.MonitoringType;
import org.jingzhun.kernel.monitoring.Actor;
import org.jingzhun.kernel.monitoring.CaseKind;
import org.jingzhun.kernel.monitoring.Categories;
import org.jingzhun.kernel.monitoring.Command;
import org.jingzhun.kernel.monitoring.Decision;
import org.jingzhun.kernel.monitoring.Event;
import org.jingzhun.kernel.monitoring.MonitoringCase;
import org.jingzhun.kernel.monitoring.Outcome;
import org.jingzhun.kernel.monitoring.Procedure;
import org.jingzhun.kernel.monitoring.Proposal;
import org.jingzhun.kernel.monitoring.RiskType;
import org.jingzhun.kernel.monitoring.Stage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the procedure's steps for users: loads the case (404 outside the caller's region), lets the
 * kernel's {@link Procedure} decide, stores the new state with its timeline entry and an audit record
 * in one transaction, and carries out what a step entails — the registry's category on confirmation
 * and removal, and the help plan.
 */
@Service
public class CaseService {

    /** 入户核实. */
    public record VisitRequest(Boolean authorisationSigned, String category, List<String> riskTypes, String notes) {
    }

    /** 村级民主评议 (and the notice's first day, default today). */
    public record VillageReviewRequest(LocalDate noticeFrom, String minutes) {
    }

    /** 县级确认: for a recognition, the final category and risk types (default: the visit's proposal). */
    public record ConfirmationRequest(String category, List<String> riskTypes, List<String> evidence) {
    }

    /** A step's text: objection, opinion, reason. */
    public record TextRequest(String text) {
    }

    private final CaseStore store;
    private final CaseQueries queries;
    private final LeadQueries leads;
    private final RemovalService removal;
    private final HelpPlans plans;
    private final HouseholdService registry;
    private final MonitoringParameters parameters;
    private final Actors actors;
    private final AuditLog audit;
    private final tools.jackson.databind.json.JsonMapper json;
    private final Clock clock;

    CaseService(CaseStore store, CaseQueries queries, LeadQueries leads, RemovalService removal, HelpPlans plans,
                HouseholdService registry, MonitoringParameters parameters, Actors actors, AuditLog audit,
                tools.jackson.databind.json.JsonMapper json, Clock clock) {
        this.store = store;
        this.queries = queries;
        this.leads = leads;
        this.removal = removal;
        this.plans = plans;
        this.registry = registry;
        this.parameters = parameters;
        this.actors = actors;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public CaseDetails visit(long id, VisitRequest r) {
        return apply(id, (actor, row) -> new Command.RecordVisit(actor, r != null && Boolean.TRUE.equals(r.authorisationSigned()),
                r == null || r.category() == null ? null : new Proposal(Requests.category(r.category()), Requests.risks(r.riskTypes())),
                r == null ? null : r.notes()));
    }

    @Transactional
    public CaseDetails villageReview(long id, VillageReviewRequest r) {
        return apply(id, (actor, row) -> new Command.ApproveAtVillage(actor, r == null ? null : r.noticeFrom(),
                r == null ? null : r.minutes()));
    }

    @Transactional
    public CaseDetails objection(long id, TextRequest r) {
        return apply(id, (actor, row) -> new Command.RecordObjection(actor, r == null ? null : r.text()));
    }

    @Transactional
    public CaseDetails endNotice(long id) {
        return apply(id, (actor, row) -> new Command.EndNotice(actor));
    }

    @Transactional
    public CaseDetails townshipReview(long id, TextRequest r) {
        return apply(id, (actor, row) -> new Command.ApproveAtTownship(actor, r == null ? null : r.text()));
    }

    @Transactional
    public CaseDetails decline(long id, TextRequest r) {
        return apply(id, (actor, row) -> new Command.Decline(actor, r == null ? null : r.text()));
    }

    @Transactional
    public CaseDetails helpFirst(long id, TextRequest r) {
        return apply(id, (actor, row) -> new Command.HelpFirst(actor, r == null ? null : r.text()));
    }

    @Transactional
    public CaseDetails confirm(long id, ConfirmationRequest r) {
        Map<String, Object> facts = new LinkedHashMap<>();
        return apply(id, (actor, row) -> new Command.Confirm(actor, decision(row, r, facts)), facts);
    }

    /** The county's decision; for a removal, the conditions checked again today (their facts go into {@code facts}). */
    private Decision decision(CaseRow row, ConfirmationRequest r, Map<String, Object> facts) {
        LocalDate today = LocalDate.now(clock);
        int version = parameters.on(today).version();
        List<String> evidence = evidence(row, r);
        if (row.state().kind() == CaseKind.REMOVAL) {
            RemovalService.Check check = removal.check(row.householdId(), removal.assessment(row.assessment()), today);
            if (!check.eligibility().eligible()) {
                Outcome.Rejection refused = new Outcome.Rejection(Outcome.Rejection.Reason.REMOVAL_CONDITIONS_UNMET,
                        check.eligibility().unmet().stream().map(u -> u.condition().name()).toList());
                throw new ProcedureRejectedException(refused, check.eligibility().unmet());
            }
            facts.putAll(check.factsView());
            return new Decision.Removal(check.facts().resolutions(), check.eligibility(), version, evidence);
        }
        Proposal p = row.state().proposal();
        MonitoringType category = r != null && r.category() != null ? Requests.category(r.category())
                : p == null ? null : p.category();
        List<RiskType> risks = r != null && r.riskTypes() != null ? Requests.risks(r.riskTypes())
                : p == null ? List.of() : p.riskTypes();
        List<String> rules = leads.ofCase(row.id()).stream().filter(l -> l.ruleCode() != null)
                .map(l -> l.ruleCode() + "@" + l.ruleVersion()).distinct().toList();
        return new Decision.Recognition(category, risks, rules, version, evidence);
    }

    /** What the decision rests on: the leads, each step's notes, and the documents the county names. */
    private List<String> evidence(CaseRow row, ConfirmationRequest r) {
        List<String> evidence = new ArrayList<>();
        leads.ofCase(row.id()).forEach(l -> evidence.add(l.channelLabel() + "（" + l.receivedOn() + "）：" + l.source()));
        queries.details(row.id()).events().stream().filter(e -> e.note() != null)
                .forEach(e -> evidence.add(e.actionLabel() + "（" + e.on() + "，" + e.actor() + "）：" + e.note()));
        if (r != null && r.evidence() != null) {
            r.evidence().stream().filter(e -> e != null && !e.isBlank()).map(String::strip).forEach(evidence::add);
        }
        return evidence;
    }

    private CaseDetails apply(long id, BiFunction<Actor, CaseRow, Command> build) {
        return apply(id, build, Map.of());
    }

    private CaseDetails apply(long id, BiFunction<Actor, CaseRow, Command> build, Map<String, Object> removalFacts) {
        Actor actor = actors.current().orElseThrow(() -> new ForbiddenException("problem.monitoring.no-actor"));
        CaseRow row = store.lockInScope(id).orElseThrow(() -> CaseQueries.notFound(id));
        LocalDate today = LocalDate.now(clock);
        Command command = build.apply(actor, row);
        Outcome outcome = Procedure.apply(row.state(), command, today);
        if (!(outcome instanceof Outcome.Accepted(MonitoringCase next, Event event))) {
            throw new ProcedureRejectedException((Outcome.Rejection) outcome);
        }
        Instant now = Instant.now(clock);
        String decisionJson = next.stage() instanceof Stage.Confirmed c ? decisionJson(c.decision(), removalFacts) : null;
        store.update(row, next, now, decisionJson, event.action() == Event.Action.HELP_FIRST ? today : null);
        store.addEvent(id, event, row.state().stage().code(), next.stage().code(), now);
        audit.record("monitoring.case." + event.action().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                "case:" + id, row.householdId().substring(0, 12), event.note(), snapshot(row.state()), snapshot(next));
        consequences(row, next, event, today);
        return queries.details(id);
    }

    /** What a step entails beyond the case: the registry's category and the help plan. */
    private void consequences(CaseRow row, MonitoringCase next, Event event, LocalDate today) {
        String h = row.householdId();
        switch (event.action()) {
            case HELP_FIRST -> plans.open(row.id(), h, next.proposal() == null ? List.of() : next.proposal().riskTypes(), today, true);
            case VISITED -> {
                if (next.fastTrack() && next.proposal() != null) {
                    plans.updateRisks(row.id(), next.proposal().riskTypes());
                }
            }
            case CONFIRMED -> {
                Decision d = ((Stage.Confirmed) next.stage()).decision();
                if (d instanceof Decision.Recognition rec) {
                    setCategory(h, "MONITORED", rec.category().name(), "县级确认为" + rec.category().label() + "（监测案件 " + row.id() + "）");
                    plans.open(row.id(), h, rec.riskTypes(), today, false);
                } else {
                    HouseholdDetails details = registry.details(h, null);
                    MonitoringType type = MonitoringType.valueOf(details.monitoringType());
                    setCategory(h, Categories.afterRemoval(type, details.exitYear()).name(), null,
                            "县级确认风险消除（监测案件 " + row.id() + "）");
                    plans.close(h, today, "风险消除（监测案件 " + row.id() + "）");
                }
            }
            case DECLINED -> {
                if (next.kind() == CaseKind.RECOGNITION && next.fastTrack()) {
                    plans.close(h, today, "不予认定（监测案件 " + row.id() + "）");
                }
            }
            default -> {
            }
        }
    }

    private void setCategory(String householdId, String category, String monitoringType, String reason) {
        HouseholdDetails d = registry.details(householdId, null);
        registry.patch(householdId, d.version(), new HouseholdPatch(reason, category, monitoringType, null, null, null, null,
                null, null, null));
    }

    private String decisionJson(Decision d, Map<String, Object> removalFacts) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (d) {
            case Decision.Recognition r -> {
                m.put("category", r.category().name());
                m.put("categoryLabel", r.category().label());
                m.put("riskTypes", r.riskTypes().stream().map(Enum::name).toList());
                m.put("ruleVersions", r.ruleVersions());
            }
            case Decision.Removal r -> {
                m.put("resolutions", new java.util.TreeMap<>(r.resolutions().entrySet().stream().collect(
                        java.util.stream.Collectors.toMap(e -> e.getKey().name(), e -> e.getValue().name()))));
                m.put("facts", removalFacts);
                m.put("unmet", List.of());
            }
        }
        m.put("parameterVersion", d.parameterVersion());
        m.put("evidence", d.evidence());
        return json.writeValueAsString(m);
    }

    private static Map<String, Object> snapshot(MonitoringCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stage", c.stage().code());
        m.put("dueOn", c.dueOn() == null ? null : c.dueOn().toString());
        m.put("fastTrack", c.fastTrack());
        if (c.proposal() != null) {
            m.put("category", c.proposal().category().name());
            m.put("riskTypes", c.proposal().riskTypes().stream().map(Enum::name).toList());
        }
        if (c.stage() instanceof Stage.Declined d) {
            m.put("declinedAt", d.at().name());
            m.put("reason", d.reason());
        }
        m.put("objections", c.objections().size());
        return m;
    }
}
