// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jingzhun.app.monitoring.Fixtures.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jingzhun.app.IntegrationTest;
import org.jingzhun.app.registry.HouseholdImportService;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.monitoring.Channel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * 部门筛查预警 leads: a screening run's new warnings become leads of their households with the rule,
 * its version and the parameter version, once (taking the run again adds nothing); a lead of a
 * monitored household opens no case.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarningLeadsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HouseholdImportService households;
    @Autowired
    WarningLeads warningLeads;
    @Autowired
    LeadService leads;
    @Autowired
    TransactionTemplate tx;

    Api api;
    String village;

    @BeforeAll
    void households() throws Exception {
        api = new Api(port);
        village = DEMO_VILLAGE;   // where the demo village and grid accounts can walk the case
        importHouseholds(households, f -> {
            f.head(household(village, 951), village, headId(951), "预警甲").set("网格编码", DEMO_GRID).set("工资性收入", "1000");
            f.head(household(village, 953), village, headId(953), "预警丙").set("网格编码", DEMO_GRID).set("工资性收入", "1500");
            f.head(household(village, 952), village, headId(952), "预警乙").set("网格编码", DEMO_GRID).set("户类型", "监测户").set("监测对象类别", "边缘易致贫户");
        });
    }

    @Test
    void aScreeningRunsNewWarningsBecomeLeadsOnce() throws Exception {
        JsonNode run = api.post("jianxian", "/api/v1/screening/runs", "{\"region\": \"" + village + "\"}", 202);
        String job = run.get("id").asString();
        long runId = run.get("runId").asLong();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (api.get("jianxian", "/api/v1/jobs/" + job, 200).get("state").asString().equals("RUNNING")) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(100);
        }
        assertThat(api.get("jianxian", "/api/v1/jobs/" + job, 200).get("state").asString()).isEqualTo("SUCCEEDED");

        String h = household(village, 951);
        JsonNode mine = api.get("jianxian", "/api/v1/monitoring/households/" + h, 200);
        assertThat(mine.get("standing").asString()).isEqualTo("IN_RECOGNITION");
        JsonNode lead = mine.get("leads").get(0);
        assertThat(mine.get("leads")).hasSize(1);
        assertThat(lead.get("channel").asString()).isEqualTo("DEPARTMENT_WARNING");
        assertThat(lead.get("ruleCode").asString()).isEqualTo("W_INCOME_BELOW_LINE");
        assertThat(lead.get("ruleVersion").asInt()).isPositive();
        assertThat(lead.get("parameterVersion").asInt()).isPositive();
        assertThat(lead.get("source").asString()).contains("筛查批次 " + runId, "参考人均收入低于监测线", "W_INCOME_BELOW_LINE");
        assertThat(lead.get("recordedBy").asString()).isEqualTo("system");
        assertThat(lead.get("disposition").asString()).isEqualTo("OPENED_CASE");
        assertThat(jdbc.sql("select count(*) from audit_log where target = :t and action = 'monitoring.case.open' and actor = 'system'")
                .param("t", "case:" + lead.get("caseId").asLong()).query(Long.class).single()).isEqualTo(1);

        JsonNode other = api.get("jianxian", "/api/v1/monitoring/households/" + household(village, 953), 200);
        assertThat(other.get("leads")).as("each household with the same rule's warning gets its own lead").hasSize(1);
        assertThat(other.get("leads").get(0).get("caseId").asLong()).isNotEqualTo(lead.get("caseId").asLong());

        assertThat(warningLeads.take(runId).leads()).as("a run taken again adds nothing").isZero();
        assertThat(api.get("jianxian", "/api/v1/monitoring/households/" + h, 200).get("leads")).hasSize(1);
        // the case's confirmation will name the rule and its version
        long caseId = lead.get("caseId").asLong();
        recognise(api, jdbc, caseId, "MARGINAL", "\"OTHER\"");
        assertThat(api.get("jianxian", "/api/v1/monitoring/cases/" + caseId, 200).get("decision").get("ruleVersions").get(0)
                .asString()).startsWith("W_INCOME_BELOW_LINE@");
    }

    @Test
    void aLeadOfAMonitoredHouseholdIsKeptWithoutOpeningACase() {
        String h = household(village, 952);
        var lead = new LeadService.Lead(h, Channel.CADRE_REPORT, today(), "驻村工作队走访", null, null, null, null, null,
                null);
        var taken = tx.execute(s -> leads.take(lead, HouseholdCategory.MONITORED, "system", null, today()).orElseThrow());
        assertThat(taken.disposition()).isEqualTo("MONITORED");
        assertThat(taken.caseId()).isNull();
        JsonNode mine = api.get("jianxian", "/api/v1/monitoring/households/" + h, 200);
        assertThat(mine.get("standing").asString()).isEqualTo("MONITORED");
        assertThat(mine.get("cases")).isEmpty();
    }
}
