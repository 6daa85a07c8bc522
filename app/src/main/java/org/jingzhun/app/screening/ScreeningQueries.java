// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jingzhun.app.platform.export.Cursor;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.security.DataScope;
import org.jingzhun.app.platform.security.Disclosure;
import org.jingzhun.app.platform.web.NotFoundException;
import org.jingzhun.kernel.Masking;
import org.jingzhun.kernel.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads findings, runs and task lists. Every query that returns households is limited to the
 * caller's scope in its SQL ({@link CallerContext#dataScope()}), like the registry's.
 */
@Component
public class ScreeningQueries {

    /** A finding as the API shows it. */
    public record WarningView(String kind, String ruleCode, int ruleVersion, String title, String riskType,
                              String riskTypeLabel, String suggestedCategory, String status, String explanation,
                              JsonNode inputs, long runId, long firstRunId, int parameterVersion, LocalDate screeningDate) {
    }

    /** One line of a task list: a finding with its household. */
    public record TaskView(String householdId, String villageCode, String villageName, String headName, String category,
                           WarningView finding) {
    }

    public record TaskPage(List<TaskView> items, String next) {
    }

    /** Findings per child region. */
    public record RegionCount(String code, String name, long households, long warnings, long eligibility, long dataQuality,
                              long errors) {
    }

    /** A run as the API shows it. */
    public record RunView(long id, String jobId, String regionCode, int ruleSetVersion, int parameterVersion,
                          LocalDate screeningDate, boolean incremental, Long baseRunId, String state, Long households,
                          Long hits, Long errors, String createdBy, Instant startedAt, Instant finishedAt, JsonNode timings) {
    }

    /** A run's counts per rule. */
    public record RuleCount(String ruleCode, String status, long households) {
    }

    private static final String FINDING_COLUMNS = """
            f.kind, f.rule_code, f.rule_version, r.title, f.risk_type, f.suggested_category, f.status, f.explanation,
            f.inputs::text, f.run_id, f.first_run_id, sr.parameter_version, sr.screening_date""";

    private final JdbcClient jdbc;
    private final CallerContext caller;
    private final JsonMapper json;
    private final Cursor cursor;

    ScreeningQueries(JdbcClient jdbc, CallerContext caller, JsonMapper json, Cursor cursor) {
        this.jdbc = jdbc;
        this.caller = caller;
        this.json = json;
        this.cursor = cursor;
    }

    /** Throws 404 unless the household exists within the caller's region. */
    void requireInScope(String householdId) {
        boolean exists = jdbc.sql("""
                        select exists (select 1 from household where id = :id and id like :scope
                                       and (:grid = '' or grid_code = :grid))""")
                .params(caller.scopeParams()).param("id", householdId).query(Boolean.class).single();
        if (!exists) {
            throw new NotFoundException("problem.household-not-found.title", "problem.household-not-found.detail", householdId);
        }
    }

    /** The household's current findings; 404 when the household does not exist or is outside the caller's region. */
    public List<WarningView> warnings(String householdId) {
        requireInScope(householdId);
        return jdbc.sql("select " + FINDING_COLUMNS + """
                 from finding f left join rule r on r.code = f.rule_code and r.version = f.rule_version
                join screening_run sr on sr.id = f.run_id
                where f.household_id = :id and f.household_id like :scope
                  and (:grid = '' or f.household_id in (select g.id from household g where g.grid_code = :grid))
                order by f.status = 'HIT' desc, f.kind, f.rule_code""")
                .param("id", householdId).params(caller.scopeParams())
                .query((rs, i) -> warning(rs, 1)).list();
    }

    /** A region's task list (current findings of its households), keyset-paged by household and rule. */
    public TaskPage tasks(RegionCode region, String kind, String status, String rule, String after, int size) {
        String afterHousehold = after == null ? "" : after.substring(0, after.indexOf(':') < 0 ? after.length() : after.indexOf(':'));
        String afterRule = after == null || after.indexOf(':') < 0 ? "" : after.substring(after.indexOf(':') + 1);
        Disclosure show = caller.disclosure();
        List<TaskView> rows = jdbc.sql(TASKS + """
                  and (f.household_id, f.rule_code) > (:afterHousehold, :afterRule)
                order by f.household_id, f.rule_code limit :limit""")
                .params(taskParams(region, kind, status, rule, caller.dataScope())).param("afterHousehold", afterHousehold)
                .param("afterRule", afterRule).param("limit", size + 1)
                .query((rs, i) -> task(rs, show)).list();
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            TaskView last = rows.getLast();
            next = last.householdId() + ":" + last.finding().ruleCode();
        }
        return new TaskPage(rows, next);
    }

    /**
     * Every line of {@link #tasks}'s filters, by household and rule, within {@code scope} and with names as
     * {@code show} says (both taken from the caller before the export left the request), through a cursor.
     */
    public void eachTask(RegionCode region, String kind, String status, String rule, DataScope scope, Disclosure show,
                         Consumer<TaskView> sink) {
        cursor.each(TASKS + " order by f.household_id, f.rule_code", taskParams(region, kind, status, rule, scope),
                rs -> sink.accept(task(rs, show)));
    }

    private static final String TASKS = """
            select h.id, h.village_code, v.name, h.head_name, h.category, """ + FINDING_COLUMNS + """
             from finding f join household h on h.id = f.household_id join region v on v.code = h.village_code
             left join rule r on r.code = f.rule_code and r.version = f.rule_version
             join screening_run sr on sr.id = f.run_id
            where f.household_id like :region and f.household_id like :scope and (:grid = '' or h.grid_code = :grid)
              and (:kind = '' or f.kind = :kind) and (:status = '' or f.status = :status)
              and (:rule = '' or f.rule_code = :rule)
            """;

    private static Map<String, Object> taskParams(RegionCode region, String kind, String status, String rule, DataScope scope) {
        Map<String, Object> p = new HashMap<>(scope.params());
        p.put("region", region.descendantPrefix() + "%");
        p.put("kind", kind == null ? "" : kind);
        p.put("status", status == null ? "" : status);
        p.put("rule", rule == null ? "" : rule);
        return p;
    }

    private TaskView task(java.sql.ResultSet rs, Disclosure show) throws java.sql.SQLException {
        return new TaskView(rs.getString(1), rs.getString(2), rs.getString(3), show.name(rs.getString(4)), rs.getString(5),
                warning(rs, 6));
    }

    /** Current findings per child region of {@code region} (or per household for a village). */
    public List<RegionCount> summary(RegionCode region) {
        int digits = switch (region.level()) {
            case PROVINCE -> 4;
            case CITY -> 6;
            case COUNTY -> 9;
            case TOWNSHIP, VILLAGE, GRID -> 12;
        };
        return jdbc.sql("""
                select k.code, coalesce(g.name, k.code), k.households, k.warnings, k.eligibility, k.quality, k.errors
                from (select rpad(left(household_id, :digits), 12, '0') code,
                             count(distinct household_id) filter (where status = 'HIT') households,
                             count(*) filter (where kind = 'WARNING' and status = 'HIT') warnings,
                             count(*) filter (where kind = 'ELIGIBILITY' and status = 'HIT') eligibility,
                             count(*) filter (where kind = 'DATA_QUALITY' and status = 'HIT') quality,
                             count(*) filter (where status = 'ERROR') errors
                      from finding where household_id like :region and household_id like :scope
                        and (:grid = '' or household_id in (select g.id from household g where g.grid_code = :grid)) group by 1) k
                left join region g on g.code = k.code order by k.code""")
                .param("digits", digits).param("region", region.descendantPrefix() + "%")
                .params(caller.scopeParams())
                .query((rs, i) -> new RegionCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7))).list();
    }

    /** A warning a run found first: what the monitoring procedure takes as a department-warning lead. */
    public record NewWarning(String householdId, String householdCategory, String ruleCode, int ruleVersion, String title,
                             String riskType, String suggestedCategory, int parameterVersion, LocalDate screeningDate) {
    }

    /**
     * The warnings (kind WARNING, status HIT) that run {@code runId} found first, for the households
     * after {@code afterHousehold} (at most {@code households} of them), in household order. A system
     * read for the {@link ScreeningCompleted} listener, which acts for no user: not limited to a
     * caller's region.
     */
    public List<NewWarning> newWarnings(long runId, String afterHousehold, int households) {
        return jdbc.sql("""
                select f.household_id, h.category, f.rule_code, f.rule_version, coalesce(r.title, f.rule_code), f.risk_type,
                       f.suggested_category, sr.parameter_version, sr.screening_date
                from finding f join household h on h.id = f.household_id join screening_run sr on sr.id = f.run_id
                left join rule r on r.code = f.rule_code and r.version = f.rule_version
                where f.household_id = any(array(
                        select distinct household_id from finding where first_run_id = :run and kind = 'WARNING'
                          and status = 'HIT' and household_id > :after order by 1 limit :n))
                  and f.first_run_id = :run and f.kind = 'WARNING' and f.status = 'HIT'
                order by f.household_id, f.rule_code""")
                .param("run", runId).param("after", afterHousehold == null ? "" : afterHousehold).param("n", households)
                .query((rs, i) -> new NewWarning(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getObject(9, LocalDate.class)))
                .list();
    }

    /**
     * Runs over the caller's region or a region containing it. The totals of a run over a larger region
     * than the caller's are not the caller's to see: they come back as {@code null} (counts per region
     * are in {@link #ruleCounts}); nor are a run's totals a grid worker's, whose grid is smaller than
     * any run's region.
     */
    private static final String RUNS = """
            select id, job_id, region_code, rule_set_version, parameter_version, screening_date, incremental,
                   base_run_id, state, created_by, started_at, finished_at, timings,
                   case when region_code like :scope and :grid = '' then households end as households,
                   case when region_code like :scope and :grid = '' then hits end as hits,
                   case when region_code like :scope and :grid = '' then errors end as errors
            from screening_run
            where (region_code like :scope or region_code in (:lineage))""";

    public List<RunView> runs(int size) {
        return jdbc.sql(RUNS + " order by id desc limit :n").param("n", size)
                .params(caller.scopeParams()).param("lineage", lineage())
                .query((rs, i) -> run(rs)).list();
    }

    /**
     * Every run of {@link #runs}, newest first, as seen with {@code scope} and {@code lineage} (the caller's,
     * taken before the export left the request).
     */
    public void eachRun(DataScope scope, List<String> lineage, Consumer<RunView> sink) {
        Map<String, Object> p = new HashMap<>(scope.params());
        p.put("lineage", lineage);
        cursor.each(RUNS + " order by id desc", p, rs -> sink.accept(run(rs)));
    }

    /** The regions containing the caller's (their own included). */
    List<String> lineage() {
        RegionCode scope = caller.scope();
        return scope == null ? List.of("-") : scope.lineage().stream().map(RegionCode::value).toList();
    }

    public RunView run(long id) {
        return jdbc.sql(RUNS + " and id = :id").param("id", id)
                .params(caller.scopeParams()).param("lineage", lineage())
                .query((rs, i) -> run(rs)).optional()
                .orElseThrow(() -> new NotFoundException("problem.screening.run-not-found.title",
                        "problem.screening.run-not-found", id));
    }

    /**
     * A run's counts per rule and status over its region, summed over counties within the caller's scope.
     * They are kept per county, not per grid: a grid worker gets none.
     */
    public List<RuleCount> ruleCounts(long runId, RegionCode within) {
        String prefix = within == null ? "" : within.descendantPrefix();
        return jdbc.sql("""
                select rule_code, status, sum(households) from screening_count
                where run_id = :run and county_code like :prefix and county_code like :scope and :grid = ''
                group by 1, 2 order by 1, 2""")
                .param("run", runId).param("prefix", (prefix.length() > 6 ? prefix.substring(0, 6) : prefix) + "%")
                .params(new DataScope(scopeOfCounties(), caller.dataScope().grid()).params())
                .query((rs, i) -> new RuleCount(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    private String scopeOfCounties() {
        String p = caller.scopePattern();
        return p.length() > 7 ? p.substring(0, 6) + "%" : p;
    }

    private WarningView warning(java.sql.ResultSet rs, int c) throws java.sql.SQLException {
        String risk = rs.getString(c + 4);
        return new WarningView(rs.getString(c), rs.getString(c + 1), rs.getInt(c + 2), rs.getString(c + 3), risk,
                RiskTypes.label(risk), RiskTypes.categoryLabel(rs.getString(c + 5)), rs.getString(c + 6),
                rs.getString(c + 7), json.readTree(rs.getString(c + 8)), rs.getLong(c + 9), rs.getLong(c + 10),
                rs.getInt(c + 11), rs.getObject(c + 12, LocalDate.class));
    }

    private RunView run(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        String timings = rs.getString("timings");
        Long base = rs.getObject("base_run_id", Long.class);
        return new RunView(rs.getLong("id"), rs.getString("job_id"), rs.getString("region_code"), rs.getInt("rule_set_version"),
                rs.getInt("parameter_version"), rs.getObject("screening_date", LocalDate.class), rs.getBoolean("incremental"),
                base, rs.getString("state"), rs.getObject("households", Long.class), rs.getObject("hits", Long.class),
                rs.getObject("errors", Long.class), rs.getString("created_by"), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(), timings == null ? null : json.readTree(timings));
    }
}
