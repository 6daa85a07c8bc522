// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jingzhun.app.platform.export.Cursor;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.security.DataScope;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.MonitoringType;
import org.jingzhun.kernel.monitoring.CaseKind;
import org.jingzhun.kernel.monitoring.Decision;
import org.jingzhun.kernel.monitoring.Eligibility;
import org.jingzhun.kernel.monitoring.Event;
import org.jingzhun.kernel.monitoring.MonitoringCase;
import org.jingzhun.kernel.monitoring.Objection;
import org.jingzhun.kernel.monitoring.ProcedureLimits;
import org.jingzhun.kernel.monitoring.Proposal;
import org.jingzhun.kernel.monitoring.Resolution;
import org.jingzhun.kernel.monitoring.RiskType;
import org.jingzhun.kernel.monitoring.Stage;
import org.jingzhun.kernel.monitoring.Step;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases as rows: the kernel's {@link MonitoringCase} in columns, and their timeline. Reads for a
 * user carry the caller's region scope in SQL; the {@code unscoped} reads serve the system (leads
 * from department warnings).
 */
@Repository
class CaseStore {

    /** A stored case: its kernel state and what the application keeps besides. */
    record CaseRow(long id, String householdId, int version, int parameterVersion, MonitoringCase state,
                   LocalDate helpFirstOn, JsonNode assessment, JsonNode decision, MonitoringType category,
                   List<RiskType> riskTypes) {
    }

    /** The grid condition of {@link CallerContext#dataScope()} on a case's household. */
    private static final String IN_GRID = "(:grid = '' or household_id in (select g.id from household g where g.grid_code = :grid))";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CallerContext caller;
    private final Cursor cursor;

    CaseStore(JdbcClient jdbc, JsonMapper json, CallerContext caller, Cursor cursor) {
        this.jdbc = jdbc;
        this.json = json;
        this.caller = caller;
        this.cursor = cursor;
    }

    /** The case, locked for a transition, if it exists within the caller's region. */
    Optional<CaseRow> lockInScope(long id) {
        return jdbc.sql("select * from monitoring_case where id = :id and household_id like :scope and " + IN_GRID + " for update")
                .param("id", id).params(caller.scopeParams()).query(this::row).optional();
    }

    Optional<CaseRow> findInScope(long id) {
        return jdbc.sql("select * from monitoring_case where id = :id and household_id like :scope and " + IN_GRID)
                .param("id", id).params(caller.scopeParams()).query(this::row).optional();
    }

    /** Cases matching {@code condition} (SQL over {@code c}, monitoring_case) within the caller's region. */
    List<CaseRow> list(String condition, Map<String, ?> params, String order, int limit) {
        var spec = jdbc.sql("select c.* from monitoring_case c where c.household_id like :scope and " + IN_GRID
                + " and " + condition + " order by " + order + " limit :limit")
                .params(caller.scopeParams()).param("limit", limit);
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec.query(this::row).list();
    }

    /**
     * Every case matching {@code condition} within {@code scope} (taken from the caller before the work left
     * the request), in {@code order}, through a cursor (exports).
     */
    void each(String condition, Map<String, ?> params, DataScope scope, String order, Consumer<CaseRow> sink) {
        Map<String, Object> all = new java.util.HashMap<>(params);
        all.putAll(scope.params());
        cursor.each("select c.* from monitoring_case c where c.household_id like :scope and " + IN_GRID
                + " and " + condition + " order by " + order, all, rs -> sink.accept(row(rs, 0)));
    }

    /** The household's open case, locked (system and user intake alike, after the household's lock). */
    Optional<CaseRow> lockOpenCase(String householdId) {
        return jdbc.sql("select * from monitoring_case where household_id = :h and closed_on is null for update")
                .param("h", householdId).query(this::row).optional();
    }

    /** The household's last confirmed recognition, if no confirmed removal followed it. */
    Optional<CaseRow> activeRecognition(String householdId) {
        return jdbc.sql("""
                select * from monitoring_case c where household_id = :h and kind = 'RECOGNITION' and stage = 'CONFIRMED'
                  and not exists (select 1 from monitoring_case r where r.household_id = c.household_id and r.kind = 'REMOVAL'
                                  and r.stage = 'CONFIRMED' and r.id > c.id)
                order by id desc limit 1""").param("h", householdId).query(this::row).optional();
    }

    /** Serialises intake and transitions per household for the rest of the transaction. */
    void lockHousehold(String householdId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('monitoring:' || :h))").param("h", householdId).query().singleRow();
    }

    long insert(String householdId, MonitoringCase c, int parameterVersion, Instant at, String by, JsonNode assessment,
                MonitoringType category, List<RiskType> riskTypes) {
        ProcedureLimits l = c.limits();
        return jdbc.sql("""
                insert into monitoring_case (household_id, kind, stage, household_category, started_on, parameter_version,
                    visit_days, village_review_days, notice_days, township_review_days, total_days, deadline, due_on,
                    category, risk_types, assessment, opened_at, opened_by, updated_at)
                values (:h, :kind, :stage, :hc, :started, :pv, :vd, :vrd, :nd, :trd, :td, :deadline, :due,
                    :category, cast(:risks as text[]), cast(:assessment as jsonb), :at, :by, :at) returning id""")
                .param("h", householdId).param("kind", c.kind().name()).param("stage", c.stage().code())
                .param("hc", c.householdCategory().name()).param("started", c.startedOn()).param("pv", parameterVersion)
                .param("vd", l.visitDays()).param("vrd", l.villageReviewDays()).param("nd", l.noticeDays())
                .param("trd", l.townshipReviewDays()).param("td", l.totalDays()).param("deadline", c.deadlines().county())
                .param("due", c.dueOn()).param("category", category == null ? null : category.name())
                .param("risks", array(riskTypes)).param("assessment", assessment == null ? null : assessment.toString())
                .param("at", Timestamp.from(at)).param("by", by).query(Long.class).single();
    }

    /** Stores {@code next}, the state after a transition of {@code before}; the decision as JSON when confirmed. */
    void update(CaseRow before, MonitoringCase next, Instant at, String decisionJson, LocalDate helpFirstOn) {
        Stage s = next.stage();
        boolean recognition = next.kind() == CaseKind.RECOGNITION;
        MonitoringType category = null;
        List<RiskType> risks = List.of();
        if (s instanceof Stage.Confirmed(LocalDate on, Decision.Recognition d)) {
            category = d.category();
            risks = d.riskTypes();
        } else if (next.proposal() != null) {
            category = next.proposal().category();
            risks = next.proposal().riskTypes();
        }
        jdbc.sql("""
                update monitoring_case set stage = :stage, started_on = :started, deadline = :deadline, due_on = :due,
                    fast_track = :fast, help_first_on = coalesce(help_first_on, :helpFirst),
                    category = case when :recognition then :category else category end,
                    risk_types = case when :recognition then cast(:risks as text[]) else risk_types end,
                    notice_from = coalesce(:from, notice_from), notice_until = coalesce(:until, notice_until),
                    objections = cast(:objections as jsonb), decision = coalesce(cast(:decision as jsonb), decision),
                    declined_step = :declinedStep, declined_reason = :declinedReason, closed_on = :closed,
                    updated_at = :at, version = version + 1
                where id = :id""")
                .param("stage", s.code()).param("started", next.startedOn()).param("deadline", next.deadlines().county())
                .param("due", next.dueOn()).param("fast", next.fastTrack()).param("helpFirst", helpFirstOn)
                .param("recognition", recognition).param("category", category == null ? null : category.name())
                .param("risks", array(risks))
                .param("from", s instanceof Stage.InNotice n ? n.from() : null)
                .param("until", s instanceof Stage.InNotice n ? n.until() : null)
                .param("objections", json.writeValueAsString(next.objections().stream()
                        .map(o -> Map.of("on", o.on().toString(), "text", o.text(), "recordedBy", o.recordedBy())).toList()))
                .param("decision", decisionJson)
                .param("declinedStep", s instanceof Stage.Declined d ? d.at().name() : null)
                .param("declinedReason", s instanceof Stage.Declined d ? d.reason() : null)
                .param("closed", switch (s) {
                    case Stage.Confirmed c -> c.on();
                    case Stage.Declined d -> d.on();
                    default -> null;
                })
                .param("at", Timestamp.from(at)).param("id", before.id()).update();
    }

    /** The case's (latest) notice period: first and last day, or nulls before any notice. */
    LocalDate[] noticePeriod(long caseId) {
        return jdbc.sql("select notice_from, notice_until from monitoring_case where id = :id").param("id", caseId)
                .query((rs, i) -> new LocalDate[] {date(rs, "notice_from"), date(rs, "notice_until")}).single();
    }

    void addEvent(long caseId, Event e, String stageBefore, String stageAfter, Instant at) {
        jdbc.sql("""
                insert into monitoring_case_event (case_id, seq, action, stage_before, stage_after, actor, level, on_date, at, note)
                values (:id, (select coalesce(max(seq), 0) + 1 from monitoring_case_event where case_id = :id), :action,
                        :before, :after, :actor, :level, :on, :at, :note)""")
                .param("id", caseId).param("action", e.action().name()).param("before", stageBefore).param("after", stageAfter)
                .param("actor", e.by()).param("level", e.level() == null ? null : e.level().name()).param("on", e.on())
                .param("at", Timestamp.from(at)).param("note", e.note()).update();
    }

    private CaseRow row(ResultSet rs, int i) throws SQLException {
        String householdId = rs.getString("household_id");
        CaseKind kind = CaseKind.valueOf(rs.getString("kind"));
        ProcedureLimits limits = new ProcedureLimits(rs.getInt("visit_days"), rs.getInt("village_review_days"),
                rs.getInt("notice_days"), rs.getInt("township_review_days"), rs.getInt("total_days"));
        String category = rs.getString("category");
        List<RiskType> risks = risks(rs.getArray("risk_types"));
        Proposal proposal = kind == CaseKind.RECOGNITION && category != null
                ? new Proposal(MonitoringType.valueOf(category), risks) : null;
        List<Objection> objections = new ArrayList<>();
        for (JsonNode o : json.readTree(rs.getString("objections"))) {
            objections.add(new Objection(LocalDate.parse(o.get("on").asString()), o.get("text").asString(),
                    o.get("recordedBy").asString()));
        }
        String decisionText = rs.getString("decision");
        JsonNode decision = decisionText == null ? null : json.readTree(decisionText);
        Stage stage = switch (rs.getString("stage")) {
            case "AWAITING_VISIT" -> new Stage.AwaitingVisit();
            case "AWAITING_VILLAGE_REVIEW" -> new Stage.AwaitingVillageReview();
            case "IN_NOTICE" -> new Stage.InNotice(date(rs, "notice_from"), date(rs, "notice_until"));
            case "AWAITING_TOWNSHIP_REVIEW" -> new Stage.AwaitingTownshipReview();
            case "AWAITING_COUNTY_CONFIRMATION" -> new Stage.AwaitingCountyConfirmation();
            case "CONFIRMED" -> new Stage.Confirmed(date(rs, "closed_on"), decision(kind, decision));
            case "DECLINED" -> new Stage.Declined(Step.valueOf(rs.getString("declined_step")), date(rs, "closed_on"),
                    rs.getString("declined_reason"));
            default -> throw new IllegalStateException("unknown stage " + rs.getString("stage"));
        };
        MonitoringCase c = new MonitoringCase(kind, new RegionCode(householdId.substring(0, 12)),
                HouseholdCategory.valueOf(rs.getString("household_category")), date(rs, "started_on"), limits,
                rs.getBoolean("fast_track"), proposal, objections, stage);
        String assessment = rs.getString("assessment");
        return new CaseRow(rs.getLong("id"), householdId, rs.getInt("version"), rs.getInt("parameter_version"), c,
                date(rs, "help_first_on"), assessment == null ? null : json.readTree(assessment), decision,
                category == null ? null : MonitoringType.valueOf(category), risks);
    }

    /** The kernel decision from its stored JSON (see {@link Decisions}). */
    private static Decision decision(CaseKind kind, JsonNode d) {
        List<String> evidence = new ArrayList<>();
        d.path("evidence").forEach(e -> evidence.add(e.asString()));
        int pv = d.path("parameterVersion").asInt();
        if (kind == CaseKind.RECOGNITION) {
            List<RiskType> risks = new ArrayList<>();
            d.path("riskTypes").forEach(r -> risks.add(RiskType.valueOf(r.asString())));
            List<String> rules = new ArrayList<>();
            d.path("ruleVersions").forEach(r -> rules.add(r.asString()));
            return new Decision.Recognition(MonitoringType.valueOf(d.get("category").asString()), risks, rules, pv, evidence);
        }
        Map<RiskType, Resolution> resolutions = new java.util.EnumMap<>(RiskType.class);
        d.path("resolutions").properties().forEach(e -> resolutions.put(RiskType.valueOf(e.getKey()),
                Resolution.valueOf(e.getValue().asString())));
        return new Decision.Removal(resolutions, new Eligibility(List.of()), pv, evidence);
    }

    static List<RiskType> risks(java.sql.Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((String[]) array.getArray()).map(RiskType::valueOf).toList();
    }

    private static String array(List<RiskType> risks) {
        return "{" + String.join(",", risks.stream().map(Enum::name).toList()) + "}";
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
