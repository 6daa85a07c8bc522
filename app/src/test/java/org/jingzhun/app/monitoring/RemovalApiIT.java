// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jingzhun.app.monitoring.Fixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jingzhun.app.IntegrationTest;
import org.jingzhun.app.registry.HouseholdImportService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Risk removal over the API: refused with every unmet condition explained, granted through the same
 * steps as recognition, the household back to its type and monitored again on a new lead; help
 * measures and the flag of a risk left without one.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemovalApiIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HouseholdImportService households;

    Api api;
    String elsewhere;

    @BeforeAll
    void households() throws Exception {
        api = new Api(port);
        elsewhere = otherCountyVillage(jdbc);
        importHouseholds(households, f -> {
            f.head(household(DEMO_VILLAGE, 921), DEMO_VILLAGE, headId(921), "消除甲").set("网格编码", DEMO_GRID);
            f.head(household(DEMO_VILLAGE, 922), DEMO_VILLAGE, headId(922), "消除乙").set("网格编码", DEMO_GRID).set("饮水安全", "否")
                    .set("劳动技能", "无劳动力").set("务工状况", "未务工").set("务工时间(月)", "0");
            f.head(household(DEMO_VILLAGE, 923), DEMO_VILLAGE, headId(923), "帮扶丙").set("网格编码", DEMO_GRID);
            f.head(household(elsewhere, 929), elsewhere, headId(929), "外县丁").set("户类型", "监测户").set("监测对象类别", "边缘易致贫户");
        });
    }

    private long recognised(String h, String category, String risks) {
        long id = apply(api, h).get("caseId").asLong();
        recognise(api, jdbc, id, category, risks);
        return id;
    }

    private long carriedOut(String h, String type, String risk) {
        JsonNode m = api.post("village", "/api/v1/assistance/households/" + h + "/measures", """
                {"type": "%s", "riskType": "%s", "plannedOn": "%s", "amount": 1200, "responsibleUnit": "县医保局"}"""
                .formatted(type, risk, today()), 201);
        api.post("village", "/api/v1/assistance/measures/" + m.get("id").asLong() + "/carried-out",
                "{\"carriedOutOn\": \"%s\", \"effect\": \"报销后自付降至 10%%\"}".formatted(today()), 200);
        return m.get("id").asLong();
    }

    private static String assessment(String resolutions) {
        return """
                {"incomeStableSince": "%s", "rigidSpendingResolved": true, "resolutions": {%s}, "reason": "收入稳定"}"""
                .formatted(today().minusMonths(7), resolutions);
    }

    private static List<String> conditions(JsonNode unmet) {
        List<String> c = new ArrayList<>();
        unmet.forEach(u -> c.add(u.get("condition").asString()));
        return c;
    }

    @Test
    void removalIsRefusedWithEveryUnmetConditionExplainedThenGrantedAndTheHouseholdCanBeMonitoredAgain() {
        String h = household(DEMO_VILLAGE, 921);
        long recognition = recognised(h, "MARGINAL", "\"ILLNESS\"");
        String removal = "/api/v1/monitoring/households/" + h + "/removal";

        JsonNode early = api.post("village", removal + "/eligibility", "{}", 200);
        assertThat(early.get("eligible").asBoolean()).isFalse();
        assertThat(conditions(early.get("unmet"))).containsExactly("MONITORED_LONG_ENOUGH", "MEASURES_CARRIED_OUT",
                "INCOME_STABLE", "RIGID_SPENDING_RESOLVED", "RISK_GONE");
        assertThat(early.get("unmet").get(0).get("message").asString()).startsWith("监测不足 6 个月：自 " + today() + " 认定");
        assertThat(early.get("unmet").get(4).get("message").asString()).isEqualTo("风险“因病”尚未消除（核实评估未说明其消除方式）");
        Api.Response refused = api.post("village", removal, assessment("\"ILLNESS\": \"THROUGH_HELP\""));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("reason").asString()).isEqualTo("REMOVAL_CONDITIONS_UNMET");
        assertThat(conditions(refused.json().get("unmet"))).containsExactly("MONITORED_LONG_ENOUGH", "MEASURES_CARRIED_OUT",
                "HELP_CARRIED_OUT");

        carriedOut(h, "MEDICAL_SECURITY", "ILLNESS");
        daysPass(jdbc, recognition, 200);
        JsonNode ready = api.post("village", removal + "/eligibility", assessment("\"ILLNESS\": \"THROUGH_HELP\""), 200);
        assertThat(ready.get("eligible").asBoolean()).as(ready.toString()).isTrue();
        assertThat(ready.get("facts").get("measuresCarriedOut").asInt()).isEqualTo(1);
        assertThat(api.post("township", removal, assessment("\"ILLNESS\": \"THROUGH_HELP\"")).status()).as("proposed by the village")
                .isEqualTo(403);

        JsonNode opened = api.post("village", removal, assessment("\"ILLNESS\": \"THROUGH_HELP\""), 201);
        assertThat(opened.get("summary").get("kind").asString()).isEqualTo("REMOVAL");
        long id = opened.get("summary").get("id").asLong();
        String path = "/api/v1/monitoring/cases/" + id;
        api.post("grid", path + "/visit", "{\"notes\": \"收入稳定，医疗费用已报销\"}", 200);
        api.post("village", path + "/village-review", "{}", 200);
        assertThat(api.get("village", path + "/notice").text()).contains("拟标注风险消除的监测对象", "消*", "边缘易致贫户");
        daysPass(jdbc, id, 5);
        api.post("village", path + "/notice-end", null, 200);
        api.post("township", path + "/township-review", "{}", 200);
        JsonNode removed = api.post("jianxian", path + "/confirmation", "{}", 200);
        assertThat(removed.get("summary").get("stage").asString()).isEqualTo("CONFIRMED");
        assertThat(removed.get("decision").get("resolutions").get("ILLNESS").asString()).isEqualTo("THROUGH_HELP");
        assertThat(removed.get("decision").get("facts").get("monitoringLine").decimalValue()).isEqualByComparingTo("7900");

        assertThat(api.get("village", "/api/v1/households/" + h, 200).get("category").asString()).isEqualTo("ORDINARY");
        assertThat(api.get("village", "/api/v1/assistance/households/" + h + "/plan", 200).get("caseId").isNull()).isTrue();
        JsonNode after = api.get("village", "/api/v1/monitoring/households/" + h, 200);
        assertThat(after.get("standing").asString()).isEqualTo("NOT_MONITORED");
        assertThat(after.get("cases")).hasSize(2);
        assertThat(api.post("village", removal, assessment("")).json().get("reason").asString()).isEqualTo("NOT_MONITORED");

        JsonNode again = apply(api, h);
        assertThat(again.get("disposition").asString()).as("removed households can be monitored again").isEqualTo("OPENED_CASE");
        assertThat(again.get("caseId").asLong()).isNotIn(recognition, id);
    }

    @Test
    void theRegistryStopsRemovalOfAHouseholdWithUnsafeWaterOrNoOneAbleToWork() {
        String h = household(DEMO_VILLAGE, 922);
        long recognition = recognised(h, "MARGINAL", "\"UNSAFE_WATER\"");
        carriedOut(h, "WATER_SECURITY", "UNSAFE_WATER");
        daysPass(jdbc, recognition, 200);
        JsonNode e = api.post("village", "/api/v1/monitoring/households/" + h + "/removal/eligibility",
                assessment("\"UNSAFE_WATER\": \"THROUGH_HELP\""), 200);
        assertThat(conditions(e.get("unmet"))).contains("WATER_SAFE", "HAS_LABOUR")
                .doesNotContain("MONITORED_LONG_ENOUGH", "MEASURES_CARRIED_OUT", "INCOME_STABLE", "HELP_CARRIED_OUT");
        assertThat(e.get("unmet").toString()).contains("整户无劳动力，不标注风险消除，继续帮扶");
    }

    @Test
    void aRiskLeftWithoutAMeasureIsFlaggedOnceItsDaysHavePassed() {
        String h = household(DEMO_VILLAGE, 923);
        long id = recognised(h, "MARGINAL", "\"ILLNESS\", \"EDUCATION\"");
        carriedOut(h, "MEDICAL_SECURITY", "ILLNESS");
        JsonNode plan = api.get("village", "/api/v1/assistance/households/" + h + "/plan", 200);
        assertThat(plan.get("risks").get(1).get("covered").asBoolean()).isFalse();
        assertThat(plan.get("risks").get(1).get("flagged").asBoolean()).isFalse();
        assertThat(gapHouseholds()).doesNotContain(h);

        daysPass(jdbc, id, 16);
        plan = api.get("village", "/api/v1/assistance/households/" + h + "/plan", 200);
        assertThat(plan.get("risks").get(0).get("covered").asBoolean()).isTrue();
        assertThat(plan.get("risks").get(1).get("flagged").asBoolean()).isTrue();
        assertThat(gapHouseholds()).contains(h);
        JsonNode gap = api.get("township", "/api/v1/assistance/gaps?region=360821100&size=500", 200).get("items");
        gap.forEach(g -> {
            if (g.get("householdId").asString().equals(h)) {
                assertThat(g.get("missing").toString()).isEqualTo("[{\"code\":\"EDUCATION\",\"label\":\"因学\"}]");
            }
        });
        api.post("village", "/api/v1/assistance/households/" + h + "/measures", """
                {"type": "EDUCATION_AID", "riskType": "EDUCATION", "plannedOn": "%s", "responsibleUnit": "县教育局"}"""
                .formatted(today()), 201);
        assertThat(gapHouseholds()).doesNotContain(h);
        assertThat(api.post("village", "/api/v1/assistance/households/" + h + "/measures", """
                {"type": "INDUSTRY", "riskType": "DISASTER", "plannedOn": "%s", "responsibleUnit": "农业农村局"}"""
                .formatted(today())).status()).as("a risk outside the plan").isEqualTo(400);
    }

    @Test
    void removalOfAHouseholdOfAnotherCountyAnswers404() {
        String h = household(elsewhere, 929);
        assertThat(api.post("jianxian", "/api/v1/monitoring/households/" + h + "/removal/eligibility", "{}").status()).isEqualTo(404);
        assertThat(api.post("jianxian", "/api/v1/monitoring/households/" + h + "/removal", "{}").status()).isEqualTo(404);
        assertThat(api.get("jianxian", "/api/v1/assistance/households/" + h + "/plan").status()).isEqualTo(404);
        JsonNode legacy = api.post("jian", "/api/v1/monitoring/households/" + h + "/removal/eligibility", "{}", 200);
        assertThat(conditions(legacy.get("unmet"))).as("monitored before this system: no recognition on record")
                .contains("MONITORING_START_UNKNOWN");
    }

    private List<String> gapHouseholds() {
        List<String> ids = new ArrayList<>();
        api.get("village", "/api/v1/assistance/gaps?region=" + DEMO_VILLAGE + "&size=500", 200).get("items")
                .forEach(g -> ids.add(g.get("householdId").asString()));
        return ids;
    }
}
