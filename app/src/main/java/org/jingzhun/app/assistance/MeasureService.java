// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.assistance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jingzhun.app.assistance.AssistanceViews.HouseholdPlan;
import org.jingzhun.app.assistance.AssistanceViews.MeasureView;
import org.jingzhun.app.assistance.AssistanceViews.RiskCoverage;
import org.jingzhun.app.audit.AuditLog;
import org.jingzhun.app.platform.security.Actors;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.platform.web.ConflictException;
import org.jingzhun.app.platform.web.ForbiddenException;
import org.jingzhun.app.platform.web.NotFoundException;
import org.jingzhun.app.registry.HouseholdSummaries;
import org.jingzhun.app.registry.HouseholdSummaries.HouseholdSummary;
import org.jingzhun.app.screening.ParameterStore;
import org.jingzhun.kernel.Money;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.RegionLevel;
import org.jingzhun.kernel.monitoring.Actor;
import org.jingzhun.kernel.monitoring.HelpCoverage;
import org.jingzhun.kernel.monitoring.RiskType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 帮扶措施: planned against one risk of a monitored household (or of a case helped first), then
 * carried out with its date, amount and effect. Recorded by village, grid, township or county users
 * whose region holds the household; every write is audited.
 */
@Service
public class MeasureService {

    /** A new measure. */
    public record MeasureRequest(String type, String riskType, LocalDate plannedOn, BigDecimal amount, String responsibleUnit,
                                 String note) {
    }

    /** A measure carried out. */
    public record CarriedOut(LocalDate carriedOutOn, BigDecimal amount, String effect) {
    }

    private static final Set<RegionLevel> RECORDERS = Set.of(RegionLevel.GRID, RegionLevel.VILLAGE, RegionLevel.TOWNSHIP,
            RegionLevel.COUNTY);

    private final JdbcClient jdbc;
    private final HelpPlans plans;
    private final MeasureQueries queries;
    private final HouseholdSummaries households;
    private final ParameterStore parameters;
    private final Actors actors;
    private final AuditLog audit;
    private final Clock clock;

    MeasureService(JdbcClient jdbc, HelpPlans plans, MeasureQueries queries, HouseholdSummaries households,
                   ParameterStore parameters, Actors actors, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.queries = queries;
        this.households = households;
        this.parameters = parameters;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /** The household's plan: each risk with its measures, and the risks still without one. */
    @Transactional
    public HouseholdPlan plan(String householdId) {
        HouseholdSummary h = household(householdId);
        LocalDate today = LocalDate.now(clock);
        int days = dueDays(today);
        List<MeasureView> measures = queries.measures(householdId);
        Optional<HelpPlans.Plan> plan = plans.active(householdId);
        if (plan.isEmpty()) {
            return new HouseholdPlan(householdId, h.headName(), null, false, null, days, List.of(), measures);
        }
        HelpPlans.Plan p = plan.get();
        List<MeasureView> inPlan = measures.stream().filter(m -> Long.valueOf(p.caseId()).equals(m.planCaseId())).toList();
        List<RiskType> covered = inPlan.stream().map(m -> RiskType.valueOf(m.riskType())).distinct().toList();
        var gaps = HelpCoverage.gaps(p.riskTypes(), covered, p.dueFrom(), days, today);
        List<RiskCoverage> risks = p.riskTypes().stream().map(r -> {
            var gap = gaps.stream().filter(g -> g.riskType() == r).findFirst();
            return new RiskCoverage(r.name(), r.label(), inPlan.stream().filter(m -> m.riskType().equals(r.name())).toList(),
                    gap.isEmpty(), gap.map(HelpCoverage.Gap::dueOn).orElse(null), gap.map(HelpCoverage.Gap::flagged).orElse(false));
        }).toList();
        return new HouseholdPlan(householdId, h.headName(), p.caseId(), p.provisional(), p.dueFrom(), days, risks, measures);
    }

    @Transactional
    public MeasureView create(String householdId, MeasureRequest r) {
        HouseholdSummary h = household(householdId);
        permit(h);
        if (r == null || r.type() == null || r.riskType() == null || r.plannedOn() == null || blank(r.responsibleUnit())) {
            throw new BadRequestException("problem.assistance.required");
        }
        RiskType risk = risk(r.riskType());
        if (!jdbc.sql("select exists (select 1 from measure_type where code = :c and active)").param("c", r.type())
                .query(Boolean.class).single()) {
            throw new BadRequestException("problem.assistance.type", r.type());
        }
        Optional<HelpPlans.Plan> plan = plans.active(householdId);
        if (plan.isEmpty() && !"MONITORED".equals(h.category())) {
            throw new ConflictException(java.util.Map.of(), "problem.assistance.not-monitored", householdId)
                    .titled("problem.assistance.not-monitored.title");
        }
        if (plan.isPresent() && !plan.get().riskTypes().isEmpty() && !plan.get().riskTypes().contains(risk)) {
            throw new BadRequestException("problem.assistance.risk-not-in-plan", risk.label(),
                    String.join("、", plan.get().riskTypes().stream().map(RiskType::label).toList()));
        }
        Instant now = Instant.now(clock);
        long id = jdbc.sql("""
                insert into measure (household_id, plan_case_id, type, risk_type, status, planned_on, amount_fen,
                    responsible_unit, note, created_at, created_by, updated_at, updated_by)
                values (:h, :plan, :type, :risk, 'PLANNED', :planned, :amount, :unit, :note, :at, :by, :at, :by) returning id""")
                .param("h", householdId).param("plan", plan.map(HelpPlans.Plan::caseId).orElse(null))
                .param("type", r.type()).param("risk", risk.name()).param("planned", r.plannedOn())
                .param("amount", fen(r.amount())).param("unit", r.responsibleUnit().strip()).param("note", r.note())
                .param("at", Timestamp.from(now)).param("by", actors.username()).query(Long.class).single();
        MeasureView created = queries.measure(id).orElseThrow();
        audit.record("assistance.measure.create", "measure:" + id, h.villageCode(), r.note(), null, created);
        return created;
    }

    @Transactional
    public MeasureView carryOut(long id, CarriedOut r) {
        MeasureView before = jdbc.sql("select id from measure where id = :id for update").param("id", id).query(Long.class)
                .optional().flatMap(queries::measure).orElseThrow(() -> new NotFoundException(
                        "problem.assistance.measure-not-found.title", "problem.assistance.measure-not-found", id));
        permit(household(before.householdId()));
        if (r == null || r.carriedOutOn() == null) {
            throw new BadRequestException("problem.assistance.carried-out-on");
        }
        if (r.carriedOutOn().isAfter(LocalDate.now(clock))) {
            throw new BadRequestException("problem.assistance.future", r.carriedOutOn());
        }
        if (!"PLANNED".equals(before.status())) {
            throw new ConflictException(java.util.Map.of("status", before.status()), "problem.assistance.already-carried-out", id)
                    .titled("problem.assistance.already-carried-out.title");
        }
        jdbc.sql("""
                update measure set status = 'CARRIED_OUT', carried_out_on = :on, amount_fen = coalesce(:amount, amount_fen),
                    effect = :effect, updated_at = :at, updated_by = :by, version = version + 1 where id = :id""")
                .param("on", r.carriedOutOn()).param("amount", fen(r.amount())).param("effect", r.effect())
                .param("at", Timestamp.from(Instant.now(clock))).param("by", actors.username()).param("id", id).update();
        MeasureView after = queries.measure(id).orElseThrow();
        audit.record("assistance.measure.carry-out", "measure:" + id, before.householdId().substring(0, 12), r.effect(), before,
                after);
        return after;
    }

    /** The days a risk may go without a measure (parameter {@code measure_due_days}). */
    public int dueDays(LocalDate date) {
        java.math.BigDecimal days = ParameterStore.forYear(parameters.current(), date.getYear())
                .get(HelpParameterDefaults.MEASURE_DUE_DAYS);
        if (days == null) {
            throw new IllegalStateException("parameter " + HelpParameterDefaults.MEASURE_DUE_DAYS + " has no value for " + date);
        }
        return days.intValueExact();
    }

    private HouseholdSummary household(String householdId) {
        HouseholdSummary h = households.find(List.of(householdId)).get(householdId);
        if (h == null) {
            throw new NotFoundException("problem.household-not-found.title", "problem.household-not-found.detail", householdId);
        }
        return h;
    }

    private void permit(HouseholdSummary h) {
        Actor a = actors.current().orElseThrow(() -> new ForbiddenException("problem.assistance.level"));
        if (!RECORDERS.contains(a.level())) {
            throw new ForbiddenException("problem.assistance.level");
        }
        if (!a.covers(new RegionCode(h.villageCode()))) {
            throw new ForbiddenException("problem.assistance.region");
        }
    }

    private static RiskType risk(String code) {
        try {
            return RiskType.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("problem.monitoring.risk-type", code);
        }
    }

    private static Long fen(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        try {
            Money m = Money.parseYuan(amount.toPlainString());
            if (m.isNegative()) {
                throw new BadRequestException("problem.assistance.amount", amount);
            }
            return m.fen();
        } catch (NumberFormatException e) {
            throw new BadRequestException("problem.assistance.amount", amount);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
