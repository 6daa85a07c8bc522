// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jingzhun.app.audit.AuditLog;
import org.jingzhun.app.monitoring.CaseStore.CaseRow;
import org.jingzhun.app.monitoring.CaseViews.LeadView;
import org.jingzhun.app.platform.security.Actors;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.platform.web.ForbiddenException;
import org.jingzhun.app.platform.web.NotFoundException;
import org.jingzhun.app.registry.HouseholdSummaries;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.RegionLevel;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.monitoring.Actor;
import org.jingzhun.kernel.monitoring.CaseKind;
import org.jingzhun.kernel.monitoring.Channel;
import org.jingzhun.kernel.monitoring.MonitoringCase;
import org.jingzhun.kernel.monitoring.Outcome;
import org.jingzhun.kernel.monitoring.Procedure;
import org.jingzhun.kernel.monitoring.RiskType;
import org.jingzhun.kernel.monitoring.Standing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 线索 (DOMAIN.md §6.2): each lead is kept with its channel, date and source, and deduplicated per
 * household — it joins the household's open case, is noted for a household already monitored, or
 * opens a recognition case whose limits count from it.
 */
@Service
public class LeadService {

    /** A lead reported by a user (household application or cadre/grid report). */
    public record LeadRequest(String householdId, String channel, LocalDate receivedOn, String source, String riskType,
                              String note) {
    }

    /** A lead about to be taken. */
    record Lead(String householdId, Channel channel, LocalDate receivedOn, String source, String sourceRef, RiskType riskType,
                String ruleCode, Integer ruleVersion, Integer parameterVersion, String note) {
    }

    private static final Set<RegionLevel> REPORTERS = Set.of(RegionLevel.GRID, RegionLevel.VILLAGE, RegionLevel.TOWNSHIP,
            RegionLevel.COUNTY);

    private final CaseStore cases;
    private final LeadQueries leads;
    private final HouseholdSummaries households;
    private final MonitoringParameters parameters;
    private final Actors actors;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    LeadService(CaseStore cases, LeadQueries leads, HouseholdSummaries households, MonitoringParameters parameters,
                Actors actors, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.cases = cases;
        this.leads = leads;
        this.households = households;
        this.parameters = parameters;
        this.actors = actors;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a user's lead; returns it with the case it opened or joined. */
    @Transactional
    public LeadView record(LeadRequest r) {
        if (r == null || r.householdId() == null || r.channel() == null || r.source() == null || r.source().isBlank()) {
            throw new BadRequestException("problem.monitoring.lead-required");
        }
        var household = households.find(List.of(r.householdId())).get(r.householdId());
        if (household == null) {
            throw new NotFoundException("problem.household-not-found.title", "problem.household-not-found.detail", r.householdId());
        }
        Actor actor = actors.current().filter(a -> REPORTERS.contains(a.level()))
                .orElseThrow(() -> new ForbiddenException("problem.monitoring.lead-level"));
        if (!actor.covers(new RegionCode(household.villageCode()))) {
            throw new ForbiddenException("problem.monitoring.lead-region");
        }
        Channel channel = switch (r.channel()) {
            case "HOUSEHOLD_APPLICATION" -> Channel.HOUSEHOLD_APPLICATION;
            case "CADRE_REPORT" -> Channel.CADRE_REPORT;
            case "DEPARTMENT_WARNING" -> throw new BadRequestException("problem.monitoring.lead-department");
            default -> throw new BadRequestException("problem.monitoring.lead-channel", r.channel());
        };
        RiskType risk = r.riskType() == null ? null : Requests.risk(r.riskType());
        LocalDate today = LocalDate.now(clock);
        LocalDate received = r.receivedOn() == null ? today : r.receivedOn();
        if (received.isAfter(today)) {
            throw new BadRequestException("problem.monitoring.lead-future", received);
        }
        Lead lead = new Lead(r.householdId(), channel, received, r.source().strip(), null, risk, null, null, null, r.note());
        return take(lead, HouseholdCategory.valueOf(household.category()), actor.username(), actor.level(), today)
                .orElseThrow();
    }

    /**
     * Takes a lead: joins the household's open case, is noted for a monitored household, or opens a
     * recognition case. A lead with a {@code sourceRef} already taken is skipped (empty).
     */
    Optional<LeadView> take(Lead lead, HouseholdCategory category, String by, RegionLevel level, LocalDate today) {
        return take(lead, category, by, level, today, null);
    }

    /** As {@link #take(Lead, HouseholdCategory, String, RegionLevel, LocalDate)}, with the parameters in force if known. */
    Optional<LeadView> take(Lead lead, HouseholdCategory category, String by, RegionLevel level, LocalDate today,
                            MonitoringParameters.InForce known) {
        String h = lead.householdId();
        cases.lockHousehold(h);
        if (lead.sourceRef() != null && jdbc.sql("select exists (select 1 from monitoring_lead where channel = :c and source_ref = :r)")
                .param("c", lead.channel().name()).param("r", lead.sourceRef()).query(Boolean.class).single()) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);   // as stored
        Optional<CaseRow> open = cases.lockOpenCase(h);
        Long caseId;
        String disposition;
        if (open.isPresent()) {
            CaseRow row = open.get();
            caseId = row.id();
            disposition = row.state().kind() == CaseKind.RECOGNITION ? "JOINED_CASE" : "MONITORED";
            MonitoringCase moved = Procedure.withLead(row.state(), lead.receivedOn());
            if (moved != row.state()) {
                cases.update(row, moved, now, null, null);
                audit.record("monitoring.case.start-moved", "case:" + caseId, h.substring(0, 12), lead.source(),
                        Map.of("startedOn", row.state().startedOn().toString()), Map.of("startedOn", moved.startedOn().toString()));
            }
        } else if (category == HouseholdCategory.MONITORED) {
            caseId = cases.activeRecognition(h).map(CaseRow::id).orElse(null);
            disposition = "MONITORED";
        } else {
            var inForce = known != null ? known : parameters.on(today);
            Outcome outcome = Procedure.openRecognition(by, level, new RegionCode(h.substring(0, 12)), category,
                    Standing.NOT_MONITORED, lead.receivedOn(), today, inForce.limits());
            if (!(outcome instanceof Outcome.Accepted(MonitoringCase opened, var event))) {
                throw new ProcedureRejectedException((Outcome.Rejection) outcome);
            }
            caseId = cases.insert(h, opened, inForce.version(), now, by, null, null, List.of());
            cases.addEvent(caseId, event, null, opened.stage().code(), now);
            audit.record("monitoring.case.open", "case:" + caseId, h.substring(0, 12), lead.source(), null,
                    Map.of("household", h, "kind", "RECOGNITION", "startedOn", opened.startedOn().toString(),
                            "deadline", opened.deadlines().county().toString(), "parameterVersion", inForce.version()));
            disposition = "OPENED_CASE";
        }
        long id = jdbc.sql("""
                insert into monitoring_lead (household_id, channel, received_on, source, source_ref, risk_type, rule_code,
                    rule_version, parameter_version, note, case_id, disposition, recorded_at, recorded_by)
                values (:h, :channel, :on, :source, :ref, :risk, :rule, :rv, :pv, :note, :case, :disposition, :at, :by)
                returning id""")
                .param("h", h).param("channel", lead.channel().name()).param("on", lead.receivedOn())
                .param("source", lead.source()).param("ref", lead.sourceRef())
                .param("risk", lead.riskType() == null ? null : lead.riskType().name()).param("rule", lead.ruleCode())
                .param("rv", lead.ruleVersion()).param("pv", lead.parameterVersion()).param("note", lead.note())
                .param("case", caseId).param("disposition", disposition).param("at", Timestamp.from(now)).param("by", by)
                .query(Long.class).single();
        LeadView view = new LeadView(id, h, lead.channel().name(), lead.channel().label(), lead.receivedOn(), lead.source(),
                lead.riskType() == null ? null : lead.riskType().name(), lead.riskType() == null ? null : lead.riskType().label(),
                lead.ruleCode(), lead.ruleVersion(), lead.parameterVersion(), lead.note(), caseId, disposition, now, by);
        audit.record("monitoring.lead.create", "lead:" + id, h.substring(0, 12), lead.source(), null, view);
        return Optional.of(view);
    }
}
