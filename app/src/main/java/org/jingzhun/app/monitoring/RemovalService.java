// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jingzhun.app.assistance.HelpPlans;
import org.jingzhun.app.assistance.MeasureQueries;
import org.jingzhun.app.audit.AuditLog;
import org.jingzhun.app.monitoring.CaseStore.CaseRow;
import org.jingzhun.app.monitoring.CaseViews.EligibilityView;
import org.jingzhun.app.monitoring.CaseViews.UnmetView;
import org.jingzhun.app.platform.security.Actors;
import org.jingzhun.app.platform.web.ForbiddenException;
import org.jingzhun.app.registry.HouseholdService;
import org.jingzhun.app.registry.HouseholdViews.HouseholdDetails;
import org.jingzhun.app.registry.HouseholdViews.Income;
import org.jingzhun.app.registry.HouseholdViews.Member;
import org.jingzhun.app.screening.ScreeningQueries;
import org.jingzhun.kernel.Money;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.household.LabourAbility;
import org.jingzhun.kernel.household.MonitoringType;
import org.jingzhun.kernel.household.SchoolStatus;
import org.jingzhun.kernel.monitoring.Eligibility;
import org.jingzhun.kernel.monitoring.MonitoringCase;
import org.jingzhun.kernel.monitoring.Outcome;
import org.jingzhun.kernel.monitoring.Procedure;
import org.jingzhun.kernel.monitoring.RemovalFacts;
import org.jingzhun.kernel.monitoring.RemovalPolicy;
import org.jingzhun.kernel.monitoring.Resolution;
import org.jingzhun.kernel.monitoring.RiskType;
import org.jingzhun.kernel.monitoring.Standing;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 风险消除 (DOMAIN.md §6.4): gathers the facts — monitoring record, measures, registry, current
 * warnings and the village's assessment — checks them with {@link RemovalPolicy}, and opens the
 * removal case when every condition holds. The same check runs again at county confirmation.
 */
@Service
public class RemovalService {

    /**
     * The village's assessment after its visit.
     *
     * @param resolutions    how each risk went away: {@code THROUGH_HELP} or {@code NATURALLY}, by risk type
     * @param newRisks       risks the visit found
     * @param monitoredSince only for a household monitored before this system (no recognition on record)
     */
    public record Assessment(LocalDate incomeStableSince, Boolean rigidSpendingResolved, Map<String, String> resolutions,
                             List<String> newRisks, LocalDate monitoredSince, String reason) {
    }

    /** Facts checked and the result. */
    record Check(RemovalFacts facts, Eligibility eligibility, int parameterVersion, Map<String, Object> factsView) {
    }

    private static final Set<String> UNABLE = Set.of(LabourAbility.LOST.label(), LabourAbility.NONE.label());
    private static final Set<String> OUT_OF_SCHOOL = Set.of(SchoolStatus.DROPOUT.label(), SchoolStatus.NOT_IN_SCHOOL.label());

    private final CaseStore cases;
    private final HouseholdService registry;
    private final HelpPlans plans;
    private final MeasureQueries measures;
    private final ScreeningQueries screening;
    private final MonitoringParameters parameters;
    private final Actors actors;
    private final AuditLog audit;
    private final Texts texts;
    private final JsonMapper json;
    private final Clock clock;

    RemovalService(CaseStore cases, HouseholdService registry, HelpPlans plans, MeasureQueries measures,
                   ScreeningQueries screening, MonitoringParameters parameters, Actors actors, AuditLog audit, Texts texts,
                   JsonMapper json, Clock clock) {
        this.cases = cases;
        this.registry = registry;
        this.plans = plans;
        this.measures = measures;
        this.screening = screening;
        this.parameters = parameters;
        this.actors = actors;
        this.audit = audit;
        this.texts = texts;
        this.json = json;
        this.clock = clock;
    }

    /** Whether the household's risk can be removed now, with every unmet condition; changes nothing. */
    @Transactional
    public EligibilityView eligibility(String householdId, Assessment a) {
        Check check = check(householdId, a, LocalDate.now(clock));
        return view(householdId, check);
    }

    /** Opens the removal case if every condition holds; returns its id. */
    @Transactional
    public long open(String householdId, Assessment a) {
        var actor = actors.current().orElseThrow(() -> new ForbiddenException("problem.monitoring.no-actor"));
        LocalDate today = LocalDate.now(clock);
        cases.lockHousehold(householdId);
        Check check = check(householdId, a, today);
        Optional<CaseRow> open = cases.lockOpenCase(householdId);
        HouseholdDetails h = registry.details(householdId, null);
        Standing standing = open.map(o -> o.state().kind() == org.jingzhun.kernel.monitoring.CaseKind.RECOGNITION
                ? Standing.IN_RECOGNITION : Standing.IN_REMOVAL)
                .orElse("MONITORED".equals(h.category()) ? Standing.MONITORED : Standing.NOT_MONITORED);
        var inForce = parameters.on(today);
        Outcome outcome = Procedure.openRemoval(actor, new RegionCode(h.villageCode()), standing, check.eligibility(), today,
                inForce.limits(), a == null ? null : a.reason());
        if (!(outcome instanceof Outcome.Accepted(MonitoringCase opened, var event))) {
            throw new ProcedureRejectedException((Outcome.Rejection) outcome, check.eligibility().unmet());
        }
        Instant now = Instant.now(clock);
        MonitoringType category = h.monitoringType() == null ? null : MonitoringType.valueOf(h.monitoringType());
        long id = cases.insert(householdId, opened, inForce.version(), now, actor.username(), assessmentJson(a), category,
                check.facts().riskTypes());
        cases.addEvent(id, event, null, opened.stage().code(), now);
        audit.record("monitoring.case.open", "case:" + id, h.villageCode(), event.note(), null,
                Map.of("household", householdId, "kind", "REMOVAL", "facts", check.factsView(),
                        "parameterVersion", inForce.version()));
        return id;
    }

    /** The facts of {@code householdId} today under assessment {@code a}, and what the policy says of them. */
    Check check(String householdId, Assessment a, LocalDate today) {
        HouseholdDetails h = registry.details(householdId, null);
        Optional<CaseRow> recognition = cases.activeRecognition(householdId);
        Map<RiskType, Resolution> resolutions = new EnumMap<>(RiskType.class);
        if (a != null && a.resolutions() != null) {
            a.resolutions().forEach((risk, how) -> resolutions.put(Requests.risk(risk), Requests.resolution(how)));
        }
        LocalDate since = recognition.map(r -> r.state().stage() instanceof org.jingzhun.kernel.monitoring.Stage.Confirmed c
                ? c.on() : null).orElse(a == null ? null : a.monitoredSince());
        List<RiskType> risks = recognition.map(CaseRow::riskTypes).orElse(List.copyOf(resolutions.keySet()));
        var plan = plans.active(householdId);
        var summary = measures.summary(householdId, plan.map(HelpPlans.Plan::caseId).orElse(null));
        Set<RiskType> newRisks = EnumSet.noneOf(RiskType.class);
        screening.warnings(householdId).stream().filter(w -> "WARNING".equals(w.kind()) && "HIT".equals(w.status())
                && w.riskType() != null).forEach(w -> newRisks.add(RiskType.valueOf(w.riskType())));
        if (a != null && a.newRisks() != null) {
            newRisks.addAll(Requests.risks(a.newRisks()));
        }
        Income income = h.incomes().stream().max(java.util.Comparator.comparingInt(Income::year)).orElse(null);
        Money reference = income == null || income.referenceIncome() == null ? null
                : Money.parseYuan(income.referenceIncome().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        var inForce = parameters.on(today);
        List<Member> members = h.members();
        boolean education = members.stream().noneMatch(m -> m.age() >= 6 && m.age() <= 15 && OUT_OF_SCHOOL.contains(m.schoolStatus()));
        boolean insured = members.stream().allMatch(Member::basicMedical);
        boolean noLabour = !members.isEmpty() && members.stream().allMatch(m -> UNABLE.contains(m.labour()));
        RemovalFacts facts = new RemovalFacts(since, risks, resolutions, summary.risksHelped(), summary.carriedOut(),
                a == null ? null : a.incomeStableSince(), reference, income == null ? null : income.year(),
                inForce.monitoringLine(), inForce.year(), a != null && Boolean.TRUE.equals(a.rigidSpendingResolved()),
                h.housingSafe(), h.waterSafe(), education, insured, newRisks, noLabour);
        Eligibility e = RemovalPolicy.check(facts, inForce.removal(), today);
        return new Check(facts, e, inForce.version(), factsView(facts, inForce));
    }

    EligibilityView view(String householdId, Check check) {
        List<UnmetView> unmet = check.eligibility().unmet().stream()
                .map(u -> new UnmetView(u.condition().name(), u.details(), texts.unmet(u))).toList();
        return new EligibilityView(householdId, check.eligibility().eligible(), unmet, json.valueToTree(check.factsView()),
                check.parameterVersion());
    }

    JsonNode assessmentJson(Assessment a) {
        return a == null ? null : json.valueToTree(a);
    }

    Assessment assessment(JsonNode stored) {
        return stored == null ? null : json.treeToValue(stored, Assessment.class);
    }

    private static Map<String, Object> factsView(RemovalFacts f, MonitoringParameters.InForce p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("monitoredSince", f.monitoredSince() == null ? null : f.monitoredSince().toString());
        m.put("riskTypes", f.riskTypes().stream().map(Enum::name).toList());
        m.put("resolutions", f.resolutions().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                e -> e.getKey().name(), e -> e.getValue().name(), (x, y) -> x, java.util.TreeMap::new)));
        m.put("measuresCarriedOut", f.measuresCarriedOut());
        m.put("risksHelped", f.risksHelped().stream().sorted().map(Enum::name).toList());
        m.put("incomeStableSince", f.incomeStableSince() == null ? null : f.incomeStableSince().toString());
        m.put("referenceIncome", f.referenceIncome() == null ? null : f.referenceIncome().toYuan());
        m.put("incomeYear", f.incomeYear());
        m.put("monitoringLine", f.monitoringLine().toYuan());
        m.put("lineYear", f.lineYear());
        m.put("rigidSpendingResolved", f.rigidSpendingResolved());
        m.put("housingSafe", f.housingSafe());
        m.put("waterSafe", f.waterSafe());
        m.put("educationSecured", f.educationSecured());
        m.put("medicalInsured", f.medicalInsured());
        m.put("newRisks", f.newRisks().stream().sorted().map(Enum::name).toList());
        m.put("wholeHouseholdWithoutLabour", f.wholeHouseholdWithoutLabour());
        m.put("minimums", Map.of("monitoredMonths", p.removal().monitoredMonths(),
                "measuresCarriedOut", p.removal().measuresCarriedOut(), "incomeStableMonths", p.removal().incomeStableMonths()));
        return m;
    }
}
