// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.assistance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jingzhun.app.audit.AuditLog;
import org.jingzhun.kernel.monitoring.RiskType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 帮扶计划: which risks of a household need a measure, from when. The monitoring procedure opens a
 * plan when the county confirms a household (or decides to help first) and closes it when the risk
 * is removed or the case declined; every risk in an open plan needs a measure (DOMAIN.md §8).
 */
@Service
public class HelpPlans {

    /** An open plan. */
    public record Plan(long caseId, String householdId, List<RiskType> riskTypes, LocalDate dueFrom, boolean provisional) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    HelpPlans(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Opens (or, for a case helped first and now confirmed, updates) the plan of recognition case
     * {@code caseId}: help is due from the earlier of the two dates.
     */
    public void open(long caseId, String householdId, List<RiskType> riskTypes, LocalDate dueFrom, boolean provisional) {
        Optional<Plan> before = byCase(caseId);
        jdbc.sql("""
                insert into help_plan (case_id, household_id, risk_types, due_from, provisional)
                values (:id, :h, cast(:risks as text[]), :due, :provisional)
                on conflict (case_id) do update set risk_types = excluded.risk_types, provisional = excluded.provisional,
                    due_from = least(help_plan.due_from, excluded.due_from)""")
                .param("id", caseId).param("h", householdId).param("risks", array(riskTypes)).param("due", dueFrom)
                .param("provisional", provisional).update();
        audit.record("assistance.plan.open", "household:" + householdId, householdId.substring(0, 12), null,
                before.orElse(null), byCase(caseId).orElseThrow());
    }

    /** The risks found at the visit of a case helped first. */
    public void updateRisks(long caseId, List<RiskType> riskTypes) {
        Optional<Plan> before = byCase(caseId);
        if (before.isEmpty() || before.get().riskTypes().equals(riskTypes)) {
            return;
        }
        jdbc.sql("update help_plan set risk_types = cast(:risks as text[]) where case_id = :id and closed_on is null")
                .param("risks", array(riskTypes)).param("id", caseId).update();
        audit.record("assistance.plan.update", "household:" + before.get().householdId(),
                before.get().householdId().substring(0, 12), null, before.get(), byCase(caseId).orElseThrow());
    }

    /** Closes the household's open plan, if any (risk removed, or case declined). */
    public void close(String householdId, LocalDate on, String reason) {
        Optional<Plan> open = active(householdId);
        if (open.isEmpty()) {
            return;
        }
        jdbc.sql("update help_plan set closed_on = :on, close_reason = :reason where case_id = :id")
                .param("on", on).param("reason", reason).param("id", open.get().caseId()).update();
        audit.record("assistance.plan.close", "household:" + householdId, householdId.substring(0, 12), reason, open.get(),
                Map.of("closedOn", on.toString()));
    }

    /** The household's open plan. */
    public Optional<Plan> active(String householdId) {
        return jdbc.sql("select * from help_plan where household_id = :h and closed_on is null").param("h", householdId)
                .query(HelpPlans::plan).optional();
    }

    private Optional<Plan> byCase(long caseId) {
        return jdbc.sql("select * from help_plan where case_id = :id").param("id", caseId).query(HelpPlans::plan).optional();
    }

    private static Plan plan(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        List<RiskType> risks = java.util.Arrays.stream((String[]) rs.getArray("risk_types").getArray()).map(RiskType::valueOf)
                .toList();
        return new Plan(rs.getLong("case_id"), rs.getString("household_id"), risks, rs.getObject("due_from", LocalDate.class),
                rs.getBoolean("provisional"));
    }

    static String array(List<RiskType> risks) {
        return "{" + String.join(",", risks.stream().map(Enum::name).toList()) + "}";
    }
}
