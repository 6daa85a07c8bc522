// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.jingzhun.app.platform.db.CopyWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Replaces the findings of a run's scope with the run's, streamed in with COPY: findings the run
 * no longer produces are deleted, new ones inserted, and a finding that persists keeps the run
 * that first found it (so a lead is raised once, not on every run). Then counts the scope's current
 * findings per county, rule and status for the run. Call inside one transaction: a run that fails
 * half-way leaves the earlier findings as they were.
 */
@Component
class FindingWriter {

    /** One finding as stored. */
    record FindingRow(String householdId, String ruleCode, int ruleVersion, String kind, String status, String riskType,
                      String suggestedCategory, String explanation, String inputsJson) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    FindingWriter(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Opens the staging table for a run's findings. */
    CopyWriter open() throws SQLException {
        jdbc.sql("""
                create temp table finding_stage (household_id varchar(16) collate "C", rule_code varchar(32),
                    rule_version integer, kind varchar(12), status varchar(5), risk_type varchar(20),
                    suggested_category varchar(15), explanation text, inputs jsonb) on commit drop""").update();
        return CopyWriter.open(DataSourceUtils.getConnection(dataSource), "copy finding_stage from stdin");
    }

    static void write(CopyWriter copy, FindingRow f) throws SQLException {
        copy.row(f.householdId(), f.ruleCode(), f.ruleVersion(), f.kind(), f.status(), f.riskType(), f.suggestedCategory(),
                f.explanation(), f.inputsJson());
    }

    /** Merges the staged findings into the scope's; returns how many are new (not found by an earlier run). */
    long merge(long runId, SnapshotLoader.Scope scope) {
        jdbc.sql("create index on finding_stage (household_id, rule_code)").update();
        jdbc.sql("analyze finding_stage").update();
        // new findings: staged ones not stored yet, or stored with another status (these get this run as
        // their first); counted from the staged side by key, not by scanning the whole finding table
        long fresh = jdbc.sql("""
                select count(*) from finding_stage s
                left join finding f on f.household_id = s.household_id and f.rule_code = s.rule_code
                where f.household_id is null or f.status <> s.status""").query(Long.class).single();
        jdbc.sql("""
                delete from finding f where %s and not exists (
                    select 1 from finding_stage s where s.household_id = f.household_id and s.rule_code = f.rule_code)"""
                .formatted(scope.condition("f.household_id"))).update();
        jdbc.sql("""
                insert into finding (household_id, rule_code, rule_version, kind, status, risk_type, suggested_category,
                                     explanation, inputs, run_id, first_run_id)
                select household_id, rule_code, rule_version, kind, status, risk_type, suggested_category, explanation,
                       inputs, :run, :run
                from finding_stage
                on conflict (household_id, rule_code) do update
                    set rule_version = excluded.rule_version, kind = excluded.kind, status = excluded.status,
                        risk_type = excluded.risk_type, suggested_category = excluded.suggested_category,
                        explanation = excluded.explanation, inputs = excluded.inputs, run_id = excluded.run_id,
                        first_run_id = case when finding.status = excluded.status then finding.first_run_id
                                            else excluded.first_run_id end""").param("run", runId).update();
        return fresh;
    }

    /** Marks the run as the latest to have stored findings (inside the storing transaction). */
    void markStored(long runId) {
        jdbc.sql("update screening_run set stored_seq = nextval('screening_store_seq') where id = :run").param("run", runId)
                .update();
    }

    /**
     * The run whose counts are the current findings of exactly {@code region}: the last run to store
     * findings of a region overlapping it, if that run covered {@code region} itself; else empty.
     */
    java.util.Optional<Long> currentCounts(org.jingzhun.kernel.RegionCode region) {
        for (var r : jdbc.sql("select id, region_code from screening_run where stored_seq is not null order by stored_seq desc limit 1000")
                .query((rs, i) -> java.util.Map.entry(rs.getLong(1), org.jingzhun.kernel.RegionCode.parse(rs.getString(2))))
                .list()) {
            if (r.getValue().contains(region) || region.contains(r.getValue())) {
                return r.getValue().equals(region) ? java.util.Optional.of(r.getKey()) : java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    /** The current findings of {@code scope} per county, rule and status ({@code county_code, rule_code, status, n}). */
    private static String counts(SnapshotLoader.Scope scope) {
        return "select left(household_id, 6) || '000000' as county_code, rule_code, status, count(*) as n from finding f where "
                + scope.condition("f.household_id") + " group by 1, 2, 3";
    }

    /** Before an incremental merge: takes the changed households' current counts off the delta. */
    void countBefore(SnapshotLoader.Scope changed) {
        jdbc.sql("create temp table count_delta on commit drop as select county_code, rule_code, status, -n as n from ("
                + counts(changed) + ") c").update();
    }

    /**
     * After an incremental merge: the run's counts are those of {@code previous} plus the changed
     * households' new counts minus their old ones — the same figures as a recount, without reading
     * the region's unchanged findings.
     */
    void countIncrementally(long runId, long previous, SnapshotLoader.Scope changed) {
        jdbc.sql("insert into count_delta " + counts(changed)).update();
        jdbc.sql("""
                insert into screening_count (run_id, county_code, rule_code, status, households)
                select :run, county_code, rule_code, status, sum(n) from (
                    select county_code, rule_code, status, households as n from screening_count where run_id = :previous
                    union all
                    select county_code, rule_code, status, n from count_delta) x
                group by 2, 3, 4 having sum(n) <> 0""").param("run", runId).param("previous", previous).update();
    }

    /** Stores the scope's current findings per county, rule and status as the run's counts. */
    void count(long runId, SnapshotLoader.Scope countScope) {
        jdbc.sql("insert into screening_count (run_id, county_code, rule_code, status, households)"
                        + " select :run, county_code, rule_code, status, n from (" + counts(countScope) + ") c")
                .param("run", runId).update();
    }
}
