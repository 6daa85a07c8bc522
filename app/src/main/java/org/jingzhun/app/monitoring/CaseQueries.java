// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.app.monitoring.CaseStore.CaseRow;
import org.jingzhun.app.monitoring.CaseViews.CaseDetails;
import org.jingzhun.app.monitoring.CaseViews.CasePage;
import org.jingzhun.app.monitoring.CaseViews.CaseSummary;
import org.jingzhun.app.monitoring.CaseViews.EventView;
import org.jingzhun.app.monitoring.CaseViews.NoticeView;
import org.jingzhun.app.monitoring.CaseViews.ObjectionView;
import org.jingzhun.app.monitoring.CaseViews.RiskView;
import java.util.function.Consumer;
import org.jingzhun.app.platform.security.DataScope;
import org.jingzhun.app.platform.security.Disclosure;
import org.jingzhun.app.platform.web.NotFoundException;
import org.jingzhun.app.registry.HouseholdSummaries;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.RegionLevel;
import org.jingzhun.kernel.household.MonitoringType;
import org.jingzhun.kernel.monitoring.Deadlines;
import org.jingzhun.kernel.monitoring.Event;
import org.jingzhun.kernel.monitoring.MonitoringCase;
import org.jingzhun.kernel.monitoring.RiskType;
import org.jingzhun.kernel.monitoring.Stage;
import org.jingzhun.kernel.monitoring.Step;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Cases as the API shows them: one in full, lists by region and stage, and the overdue ones for the level above. */
@Service
public class CaseQueries {

    private final CaseStore store;
    private final LeadQueries leads;
    private final HouseholdSummaries households;
    private final JdbcClient jdbc;
    private final Texts texts;
    private final Clock clock;

    CaseQueries(CaseStore store, LeadQueries leads, HouseholdSummaries households, JdbcClient jdbc, Texts texts, Clock clock) {
        this.store = store;
        this.leads = leads;
        this.households = households;
        this.jdbc = jdbc;
        this.texts = texts;
        this.clock = clock;
    }

    /** One case; 404 when it does not exist or lies outside the caller's region. */
    public CaseDetails details(long id) {
        CaseRow row = store.findInScope(id).orElseThrow(() -> notFound(id));
        MonitoringCase c = row.state();
        Deadlines d = c.deadlines();
        Map<String, LocalDate> deadlines = new LinkedHashMap<>();
        deadlines.put(Step.HOME_VISIT.name(), d.visit());
        deadlines.put(Step.VILLAGE_REVIEW.name(), d.villageReview());
        deadlines.put(Step.TOWNSHIP_REVIEW.name(), d.townshipReview());
        deadlines.put(Step.COUNTY_CONFIRMATION.name(), d.county());
        LocalDate[] period = store.noticePeriod(id);
        NoticeView notice = period[0] == null ? null : new NoticeView(period[0], period[1]);
        Stage.Declined declined = c.stage() instanceof Stage.Declined x ? x : null;
        return new CaseDetails(summaries(List.of(row)).getFirst(), deadlines, row.parameterVersion(), notice,
                c.objections().stream().map(o -> new ObjectionView(o.on(), o.text(), o.recordedBy())).toList(),
                row.decision(), row.assessment(), declined == null ? null : declined.at().name(),
                declined == null ? null : declined.at().label(), declined == null ? null : declined.reason(),
                leads.ofCase(id), events(id), row.version());
    }

    /** Cases in {@code region}: of a kind and stage if given, only open or only overdue ones if asked; by id. */
    public CasePage list(RegionCode region, String kind, String stage, boolean openOnly, boolean overdueOnly, Long after,
                         int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = listCondition(region, kind, stage, openOnly, overdueOnly, params) + " and c.id > :after";
        params.put("after", after == null ? 0L : after);
        List<CaseRow> rows = store.list(where, params, "c.id", size + 1);
        String next = rows.size() > size ? String.valueOf(rows.get(size - 1).id()) : null;
        return new CasePage(summaries(rows.size() > size ? rows.subList(0, size) : rows), next);
    }

    /**
     * Every case of {@link #list}'s filters, by id, within {@code scope} and with names as {@code show} says
     * (both taken from the caller before the export left the request): streamed, named a batch at a time.
     */
    public void exportList(RegionCode region, String kind, String stage, boolean openOnly, boolean overdueOnly,
                           DataScope scope, Disclosure show, Consumer<CaseSummary> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = listCondition(region, kind, stage, openOnly, overdueOnly, params);
        export(where, params, "c.id", scope, show, sink);
    }

    private String listCondition(RegionCode region, String kind, String stage, boolean openOnly, boolean overdueOnly,
                                 Map<String, Object> params) {
        StringBuilder where = new StringBuilder("c.household_id like :region");
        params.put("region", region.descendantPrefix() + "%");
        if (kind != null) {
            where.append(" and c.kind = :kind");
            params.put("kind", kind);
        }
        if (stage != null) {
            where.append(" and c.stage = :stage");
            params.put("stage", stage);
        }
        if (openOnly || overdueOnly) {
            where.append(" and c.closed_on is null");
        }
        if (overdueOnly) {
            where.append(" and (c.due_on < :today or c.deadline < :today)");
            params.put("today", LocalDate.now(clock));
        }
        return where.toString();
    }

    private void export(String condition, Map<String, Object> params, String order, DataScope scope, Disclosure show,
                        Consumer<CaseSummary> sink) {
        List<CaseRow> batch = new ArrayList<>(EXPORT_BATCH);
        store.each(condition, params, scope, order, row -> {
            batch.add(row);
            if (batch.size() == EXPORT_BATCH) {
                summaries(batch, scope, show).forEach(sink);
                batch.clear();
            }
        });
        summaries(batch, scope, show).forEach(sink);
    }

    private static final int EXPORT_BATCH = 1_000;

    /**
     * Open cases past their step's due date or the procedure's deadline, most overdue first; with
     * {@code level}, only those escalated to that level (the level above the late step).
     */
    public List<CaseSummary> overdue(RegionCode region, RegionLevel level, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        return summaries(store.list(overdueCondition(region, level, params), params, OVERDUE_ORDER, size));
    }

    /** Every case of {@link #overdue}, most overdue first, within {@code scope}, names as {@code show} says (exports). */
    public void exportOverdue(RegionCode region, RegionLevel level, DataScope scope, Disclosure show,
                              Consumer<CaseSummary> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        export(overdueCondition(region, level, params), params, OVERDUE_ORDER, scope, show, sink);
    }

    private static final String OVERDUE_ORDER = "least(c.due_on, c.deadline), c.id";

    private String overdueCondition(RegionCode region, RegionLevel level, Map<String, Object> params) {
        LocalDate today = LocalDate.now(clock);
        params.put("region", region.descendantPrefix() + "%");
        params.put("today", today);
        String condition = "c.household_id like :region and c.closed_on is null and (c.due_on < :today or c.deadline < :today)";
        if (level != null) {
            condition += " and c.stage = any(cast(:stages as text[]))";
            params.put("stages", "{" + String.join(",", OPEN_STAGES.stream().filter(s -> s.step().escalatesTo() == level)
                    .map(Stage::code).toList()) + "}");
        }
        return condition;
    }

    /** The stages of an open case (each waits for one step). */
    private static final List<Stage> OPEN_STAGES = List.of(new Stage.AwaitingVisit(), new Stage.AwaitingVillageReview(),
            new Stage.InNotice(LocalDate.EPOCH, LocalDate.EPOCH), new Stage.AwaitingTownshipReview(),
            new Stage.AwaitingCountyConfirmation());

    /** A household's monitoring: where it stands, since when, for what, its cases and leads; 404 outside the caller's region. */
    public CaseViews.HouseholdMonitoring household(String householdId) {
        var h = households.find(List.of(householdId)).get(householdId);
        if (h == null) {
            throw new NotFoundException("problem.household-not-found.title", "problem.household-not-found.detail", householdId);
        }
        List<CaseRow> rows = store.list("c.household_id = :h", Map.of("h", householdId), "c.id", 1_000);
        CaseRow open = rows.stream().filter(r -> r.state().isOpen()).findFirst().orElse(null);
        String standing = open != null
                ? (open.state().kind() == org.jingzhun.kernel.monitoring.CaseKind.RECOGNITION ? "IN_RECOGNITION" : "IN_REMOVAL")
                : "MONITORED".equals(h.category()) ? "MONITORED" : "NOT_MONITORED";
        CaseRow active = "MONITORED".equals(h.category()) ? store.activeRecognition(householdId).orElse(null) : null;
        MonitoringType category = h.monitoringType() == null ? null : MonitoringType.valueOf(h.monitoringType());
        return new CaseViews.HouseholdMonitoring(householdId, standing,
                active == null ? null : closedOn(active.state()), category == null ? null : category.name(),
                category == null ? null : category.label(),
                active == null ? List.of() : active.riskTypes().stream().map(CaseQueries::risk).toList(),
                summaries(rows), leads.ofHousehold(householdId));
    }

    List<CaseSummary> summaries(List<CaseRow> rows) {
        return summaries(rows, households.find(rows.stream().map(CaseRow::householdId).distinct().toList()));
    }

    private List<CaseSummary> summaries(List<CaseRow> rows, DataScope scope, Disclosure show) {
        return summaries(rows, households.find(rows.stream().map(CaseRow::householdId).distinct().toList(), scope, show));
    }

    private List<CaseSummary> summaries(List<CaseRow> rows, Map<String, HouseholdSummaries.HouseholdSummary> names) {
        LocalDate today = LocalDate.now(clock);
        List<CaseSummary> out = new ArrayList<>();
        for (CaseRow r : rows) {
            MonitoringCase c = r.state();
            var h = names.get(r.householdId());
            Step step = c.step();
            boolean overdue = c.isOverdue(today);
            MonitoringType category = r.category();
            out.add(new CaseSummary(r.id(), r.householdId(), c.village().value(), h == null ? null : h.villageName(),
                    h == null ? null : h.headName(), c.kind().name(), c.kind().label(), c.stage().code(),
                    texts.stage(c.stage().code()), step == null ? null : step.name(), step == null ? null : step.label(),
                    step == null ? List.of() : step.actors().stream().sorted().map(Enum::name).toList(), c.startedOn(),
                    c.dueOn(), c.deadlines().county(), overdue, overdue ? step.escalatesTo().name() : null, c.fastTrack(),
                    category == null ? null : category.name(), category == null ? null : category.label(),
                    r.riskTypes().stream().map(CaseQueries::risk).toList(), closedOn(c)));
        }
        return out;
    }

    private List<EventView> events(long caseId) {
        return jdbc.sql("select * from monitoring_case_event where case_id = :id order by seq").param("id", caseId)
                .query((rs, i) -> {
                    Event.Action action = Event.Action.valueOf(rs.getString("action"));
                    String level = rs.getString("level");
                    return new EventView(rs.getInt("seq"), action.name(), action.label(), rs.getString("stage_before"),
                            rs.getString("stage_after"), rs.getString("actor"), level,
                            level == null ? null : texts.level(RegionLevel.valueOf(level)),
                            rs.getObject("on_date", LocalDate.class), rs.getObject("at", OffsetDateTime.class).toInstant(),
                            rs.getString("note"));
                }).list();
    }

    static RiskView risk(RiskType r) {
        return new RiskView(r.name(), r.label());
    }

    private static LocalDate closedOn(MonitoringCase c) {
        return switch (c.stage()) {
            case Stage.Confirmed s -> s.on();
            case Stage.Declined s -> s.on();
            default -> null;
        };
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("problem.monitoring.case-not-found.title", "problem.monitoring.case-not-found", id);
    }
}
