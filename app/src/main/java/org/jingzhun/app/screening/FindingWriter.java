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
        return jdbc.sql("select count(*) from finding where run_id = :run and first_run_id = :run").param("run", runId)
                .query(Long.class).single();
    }

    /** Stores the scope's current findings per county, rule and status as the run's counts. */
    void count(long runId, SnapshotLoader.Scope countScope) {
        jdbc.sql("""
                insert into screening_count (run_id, county_code, rule_code, status, households)
                select :run, left(household_id, 6) || '000000', rule_code, status, count(*)
                from finding f where %s group by 2, 3, 4""".formatted(countScope.condition("f.household_id")))
                .param("run", runId).update();
    }
}
