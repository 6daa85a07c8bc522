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
 * Leads and the recognition procedure over the API, end to end on the real database: deduplicated
 * leads, every step by its level, the notice document, objections, declines, region scoping (a case
 * of another county answers 404), the overdue list, help first, and the audit rows of every step.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecognitionApiIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HouseholdImportService households;
    @Autowired
    LeadService leads;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    Api api;
    String elsewhere;

    @BeforeAll
    void households() throws Exception {
        api = new Api(port);
        elsewhere = otherCountyVillage(jdbc);
        importHouseholds(households, f -> {
            for (int seq = 901; seq <= 908; seq++) {
                f.head(household(DEMO_VILLAGE, seq), DEMO_VILLAGE, headId(seq), "测试" + "甲乙丙丁戊己庚辛".charAt(seq - 901) + "明")
                        .set("网格编码", DEMO_GRID)
                        .set("联系电话", "13812345" + seq);
            }
            f.head(household(elsewhere, 909), elsewhere, headId(909), "外县壬");
        });
    }

    private long caseOf(JsonNode lead) {
        return lead.get("caseId").asLong();
    }

    @Test
    void aHouseholdApplicationOpensACaseAndFurtherLeadsJoinIt() {
        String h = household(DEMO_VILLAGE, 901);
        JsonNode first = apply(api, h);
        assertThat(first.get("disposition").asString()).isEqualTo("OPENED_CASE");
        assertThat(first.get("channelLabel").asString()).isEqualTo("农户自主申报");
        LocalDate earlier = today().minusDays(2);
        JsonNode second = api.post("grid", "/api/v1/monitoring/leads", """
                {"householdId": "%s", "channel": "CADRE_REPORT", "receivedOn": "%s", "source": "网格员走访发现"}"""
                .formatted(h, earlier), 201);
        assertThat(second.get("disposition").asString()).isEqualTo("JOINED_CASE");
        assertThat(caseOf(second)).isEqualTo(caseOf(first));

        JsonNode c = api.get("village", "/api/v1/monitoring/cases/" + caseOf(first), 200);
        assertThat(c.get("summary").get("startedOn").asString()).as("limits count from the first lead").isEqualTo(earlier.toString());
        assertThat(c.get("summary").get("deadline").asString()).isEqualTo(earlier.plusDays(15).toString());
        assertThat(c.get("leads")).hasSize(2);
        JsonNode mine = api.get("village", "/api/v1/monitoring/households/" + h, 200);
        assertThat(mine.get("standing").asString()).isEqualTo("IN_RECOGNITION");
        assertThat(mine.get("cases")).hasSize(1);

        assertThat(api.post("village", "/api/v1/monitoring/leads", """
                {"householdId": "%s", "channel": "DEPARTMENT_WARNING", "source": "手工"}""".formatted(h)).status()).isEqualTo(400);
        assertThat(api.post("jian", "/api/v1/monitoring/leads", """
                {"householdId": "%s", "channel": "CADRE_REPORT", "source": "市级"}""".formatted(h)).status()).isEqualTo(403);
    }

    @Test
    void aCaseWalksThroughEveryStepAndTheCountyConfirmationMakesTheHouseholdMonitored() {
        String h = household(DEMO_VILLAGE, 902);
        long id = caseOf(apply(api, h));
        String path = "/api/v1/monitoring/cases/" + id;
        JsonNode visited = api.post("grid", path + "/visit", """
                {"authorisationSigned": true, "category": "MARGINAL", "riskTypes": ["ILLNESS", "LACK_OF_LABOUR"], "notes": "住院自付 3 万元"}""", 200);
        assertThat(visited.get("summary").get("stage").asString()).isEqualTo("AWAITING_VILLAGE_REVIEW");
        JsonNode noticed = api.post("village", path + "/village-review", "{\"minutes\": \"村民代表 21 人一致同意\"}", 200);
        assertThat(noticed.get("notice").get("from").asString()).isEqualTo(today().toString());
        assertThat(noticed.get("notice").get("until").asString()).isEqualTo(today().plusDays(4).toString());

        Api.Response early = api.post("village", path + "/notice-end", null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("reason").asString()).isEqualTo("NOTICE_RUNNING");
        assertThat(early.json().get("detail").asString()).contains("公示期至 " + today().plusDays(4));

        Api.Response notice = api.get("village", path + "/notice");
        assertThat(notice.status()).isEqualTo(200);
        assertThat(notice.contentType()).startsWith("text/html");
        assertThat(notice.text()).contains("厚丰村防止返贫监测公示", "厚丰村村民委员会", "敦厚镇人民政府", "测***", "拟纳入防止返贫监测对象", "边缘易致贫户", "异议")
                .doesNotContain("测试乙明", headId(902), "13812345902", "因病", "缺劳动力");

        daysPass(jdbc, id, 5);
        api.post("village", path + "/notice-end", null, 200);
        api.post("township", path + "/township-review", "{\"text\": \"审核同意\"}", 200);
        JsonNode confirmed = api.post("jianxian", path + "/confirmation", "{\"evidence\": [\"住院费用结算单\"]}", 200);
        assertThat(confirmed.get("summary").get("stage").asString()).isEqualTo("CONFIRMED");
        JsonNode decision = confirmed.get("decision");
        assertThat(decision.get("category").asString()).isEqualTo("MARGINAL");
        assertThat(decision.get("riskTypes").toString()).isEqualTo("[\"ILLNESS\",\"LACK_OF_LABOUR\"]");
        assertThat(decision.get("parameterVersion").asInt()).isPositive();
        assertThat(decision.get("evidence").toString()).contains("户主到村委会书面申请", "住院自付 3 万元", "村民代表 21 人一致同意",
                "审核同意", "住院费用结算单");
        assertThat(confirmed.get("events")).extracting(e -> e.get("action").asString()).containsExactly("OPENED", "VISITED",
                "VILLAGE_APPROVED", "NOTICE_ENDED", "TOWNSHIP_APPROVED", "CONFIRMED");

        JsonNode registry = api.get("village", "/api/v1/households/" + h, 200);
        assertThat(registry.get("category").asString()).isEqualTo("MONITORED");
        assertThat(registry.get("monitoringType").asString()).isEqualTo("MARGINAL");
        JsonNode plan = api.get("village", "/api/v1/assistance/households/" + h + "/plan", 200);
        assertThat(plan.get("caseId").asLong()).isEqualTo(id);
        assertThat(plan.get("risks")).extracting(r -> r.get("riskType").asString()).containsExactly("ILLNESS", "LACK_OF_LABOUR");

        List<String> audited = jdbc.sql("select action || ' ' || actor || ' ' || coalesce(role, '-') || ' ' || region_code"
                + " from audit_log where target = :t order by id").param("t", "case:" + id).query(String.class).list();
        assertThat(audited).containsExactly(
                "monitoring.case.open village VILLAGE " + DEMO_VILLAGE,
                "monitoring.case.visited grid GRID_WORKER " + DEMO_VILLAGE,
                "monitoring.case.village-approved village VILLAGE " + DEMO_VILLAGE,
                "monitoring.case.notice-ended village VILLAGE " + DEMO_VILLAGE,
                "monitoring.case.township-approved township TOWNSHIP " + DEMO_VILLAGE,
                "monitoring.case.confirmed jianxian COUNTY " + DEMO_VILLAGE);
        assertThat(jdbc.sql("select before ->> 'stage' || '>' || (after ->> 'stage') from audit_log where target = :t"
                + " and action = 'monitoring.case.confirmed'").param("t", "case:" + id).query(String.class).single())
                .isEqualTo("AWAITING_COUNTY_CONFIRMATION>CONFIRMED");
        assertThat(jdbc.sql("select count(*) from audit_log where target = :t and action = 'household.update'")
                .param("t", "household:" + h).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void eachStepRefusesUsersOfAnotherLevel() {
        long id = caseOf(apply(api, household(DEMO_VILLAGE, 903)));
        String path = "/api/v1/monitoring/cases/" + id;
        String visit = "{\"authorisationSigned\": true, \"category\": \"MARGINAL\", \"riskTypes\": [\"ILLNESS\"]}";
        Api.Response byTownship = api.post("township", path + "/visit", visit);
        assertThat(byTownship.status()).isEqualTo(403);
        assertThat(byTownship.json().get("reason").asString()).isEqualTo("WRONG_LEVEL");
        assertThat(byTownship.json().get("detail").asString()).isEqualTo("“入户核实”应由村级、网格员用户办理");
        Api.Response unsigned = api.post("grid", path + "/visit", "{\"category\": \"MARGINAL\", \"riskTypes\": [\"ILLNESS\"]}");
        assertThat(unsigned.status()).isEqualTo(400);
        assertThat(unsigned.json().get("reason").asString()).isEqualTo("AUTHORISATION_NOT_SIGNED");
        api.post("grid", path + "/visit", visit, 200);
        assertThat(api.post("jianxian", path + "/village-review", "{}").status()).isEqualTo(403);
        assertThat(api.post("jianxian", path + "/confirmation", "{}").json().get("reason").asString()).isEqualTo("WRONG_STAGE");
        api.post("village", path + "/village-review", "{}", 200);
        daysPass(jdbc, id, 5);
        api.post("grid", path + "/notice-end", null, 200);
        assertThat(api.post("village", path + "/township-review", "{}").status()).isEqualTo(403);
        api.post("township", path + "/township-review", "{}", 200);
        assertThat(api.post("township", path + "/confirmation", "{}").status()).isEqualTo(403);
        assertThat(api.post("jian", path + "/confirmation", "{}").status()).isEqualTo(403);
        assertThat(api.post("auditor", path + "/confirmation", "{}").status()).as("not a role that reads cases").isEqualTo(403);
    }

    @Test
    void anObjectionDuringTheNoticeSendsTheCaseBackToTheVillageReview() {
        long id = caseOf(apply(api, household(DEMO_VILLAGE, 904)));
        String path = "/api/v1/monitoring/cases/" + id;
        api.post("grid", path + "/visit", "{\"authorisationSigned\": true, \"category\": \"MARGINAL\", \"riskTypes\": [\"DISASTER\"]}", 200);
        api.post("village", path + "/village-review", "{}", 200);
        JsonNode back = api.post("township", path + "/objections", "{\"text\": \"群众反映该户有经营性收入未申报\"}", 200);
        assertThat(back.get("summary").get("stage").asString()).isEqualTo("AWAITING_VILLAGE_REVIEW");
        assertThat(back.get("objections").get(0).get("text").asString()).isEqualTo("群众反映该户有经营性收入未申报");
        assertThat(api.post("village", path + "/objections", "{\"text\": \"再次异议\"}").json().get("reason").asString())
                .isEqualTo("WRONG_STAGE");
        JsonNode declined = api.post("village", path + "/decline", "{\"text\": \"经核实有经营性收入，收入高于监测线\"}", 200);
        assertThat(declined.get("summary").get("stage").asString()).isEqualTo("DECLINED");
        assertThat(declined.get("declinedStep").asString()).isEqualTo("VILLAGE_REVIEW");
        assertThat(declined.get("declinedReason").asString()).isEqualTo("经核实有经营性收入，收入高于监测线");
    }

    @Test
    void aDeclineNeedsAReasonAndClosesTheCase() {
        long id = caseOf(apply(api, household(DEMO_VILLAGE, 905)));
        String path = "/api/v1/monitoring/cases/" + id;
        assertThat(api.post("grid", path + "/decline", "{\"text\": \"\"}").json().get("reason").asString()).isEqualTo("REASON_REQUIRED");
        api.post("grid", path + "/decline", "{\"text\": \"入户核实：家庭收入稳定，无返贫风险\"}", 200);
        Api.Response closed = api.post("grid", path + "/visit", "{\"authorisationSigned\": true}");
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.json().get("reason").asString()).isEqualTo("CLOSED");
        assertThat(jdbc.sql("select reason from audit_log where target = :t and action = 'monitoring.case.declined'")
                .param("t", "case:" + id).query(String.class).single()).isEqualTo("入户核实：家庭收入稳定，无返贫风险");
        // a declined household can apply again: a new case
        assertThat(caseOf(apply(api, household(DEMO_VILLAGE, 905)))).isNotEqualTo(id);
    }

    @Test
    void aCaseOfAnotherCountyAnswers404AndStaysOffItsLists() {
        String h = household(elsewhere, 909);
        var lead = new LeadService.Lead(h, org.jingzhun.kernel.monitoring.Channel.CADRE_REPORT, today(), "吉水县干部排查",
                null, null, null, null, null, null);
        long id = tx.execute(s -> leads.take(lead, org.jingzhun.kernel.household.HouseholdCategory.ORDINARY, "system", null,
                today()).orElseThrow().caseId());
        String path = "/api/v1/monitoring/cases/" + id;
        apply(api, household(DEMO_VILLAGE, 908));
        assertThat(api.get("jianxian", path).status()).isEqualTo(404);
        assertThat(api.get("jianxian", path).text()).doesNotContain(h, "外县");
        assertThat(api.post("jianxian", path + "/decline", "{\"text\": \"x\"}").status()).isEqualTo(404);
        assertThat(api.get("jianxian", path + "/notice").status()).isEqualTo(404);
        assertThat(api.get("jianxian", "/api/v1/monitoring/households/" + h).status()).isEqualTo(404);
        assertThat(api.get("jian", path).status()).as("the city above both counties").isEqualTo(200);
        JsonNode listed = api.get("jianxian", "/api/v1/monitoring/cases?region=3608&size=500", 200);
        List<String> ids = new ArrayList<>();
        listed.get("items").forEach(c -> ids.add(c.get("householdId").asString()));
        assertThat(ids).isNotEmpty().allMatch(x -> x.startsWith("360821"));
    }

    @Test
    void overdueCasesAreListedForTheLevelAbove() {
        JsonNode lead = api.post("village", "/api/v1/monitoring/leads", """
                {"householdId": "%s", "channel": "HOUSEHOLD_APPLICATION", "source": "电话申请", "receivedOn": "%s"}"""
                .formatted(household(DEMO_VILLAGE, 906), today().minusDays(4)), 201);
        long id = caseOf(lead);
        JsonNode c = api.get("village", "/api/v1/monitoring/cases/" + id, 200).get("summary");
        assertThat(c.get("overdue").asBoolean()).isTrue();
        assertThat(c.get("escalatedTo").asString()).isEqualTo("TOWNSHIP");
        assertThat(ids(api.get("township", "/api/v1/monitoring/overdue?region=360821100&level=TOWNSHIP", 200))).contains(id);
        assertThat(ids(api.get("jianxian", "/api/v1/monitoring/overdue?region=360821&level=COUNTY", 200))).doesNotContain(id);
        assertThat(ids(api.get("jianxian", "/api/v1/monitoring/cases?region=360821&overdue=true&size=500", 200).get("items")))
                .contains(id);
        api.post("grid", "/api/v1/monitoring/cases/" + id + "/visit",
                "{\"authorisationSigned\": true, \"category\": \"MARGINAL\", \"riskTypes\": [\"ILLNESS\"]}", 200);
        daysPass(jdbc, id, 10);   // now the village review (due on day 5) is late
        JsonNode late = api.get("village", "/api/v1/monitoring/cases/" + id, 200).get("summary");
        assertThat(late.get("overdue").asBoolean()).isTrue();
        assertThat(late.get("escalatedTo").asString()).isEqualTo("TOWNSHIP");
    }

    @Test
    void helpFirstLetsMeasuresStartBeforeConfirmation() {
        String h = household(DEMO_VILLAGE, 907);
        long id = caseOf(apply(api, h));
        String measure = """
                {"type": "TEMPORARY_RELIEF", "riskType": "ACCIDENT", "plannedOn": "%s", "amount": 3000, "responsibleUnit": "敦厚镇民政办"}"""
                .formatted(today());
        assertThat(api.post("village", "/api/v1/assistance/households/" + h + "/measures", measure).status()).isEqualTo(409);
        assertThat(api.post("village", "/api/v1/monitoring/cases/" + id + "/help-first", "{\"text\": \"车祸\"}").status())
                .isEqualTo(403);
        JsonNode fast = api.post("township", "/api/v1/monitoring/cases/" + id + "/help-first", "{\"text\": \"车祸住院，急需救助\"}", 200);
        assertThat(fast.get("summary").get("fastTrack").asBoolean()).isTrue();
        JsonNode planned = api.post("village", "/api/v1/assistance/households/" + h + "/measures", measure, 201);
        assertThat(planned.get("status").asString()).isEqualTo("PLANNED");
        assertThat(planned.get("planCaseId").asLong()).isEqualTo(id);
        JsonNode done = api.post("grid", "/api/v1/assistance/measures/" + planned.get("id").asLong() + "/carried-out",
                "{\"carriedOutOn\": \"%s\", \"amount\": 2800.5, \"effect\": \"已发放临时救助金\"}".formatted(today()), 200);
        assertThat(done.get("status").asString()).isEqualTo("CARRIED_OUT");
        assertThat(done.get("amount").decimalValue()).isEqualByComparingTo("2800.50");
        assertThat(jdbc.sql("select count(*) from audit_log where target = :t and action like 'assistance.measure.%'")
                .param("t", "measure:" + planned.get("id").asLong()).query(Long.class).single()).isEqualTo(2);
        JsonNode c = api.get("village", "/api/v1/monitoring/cases/" + id, 200);
        assertThat(c.get("summary").get("stage").asString()).as("the procedure still runs").isEqualTo("AWAITING_VISIT");
    }

    private static List<Long> ids(JsonNode cases) {
        List<Long> ids = new ArrayList<>();
        cases.forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }

    @Test
    void theSignedAuthorisationIsUploadedCheckedByContentAndEveryDownloadAudited() {
        String h = household(DEMO_VILLAGE, 907);
        long id = caseOf(apply(api, h));
        String path = "/api/v1/monitoring/cases/" + id + "/attachments";
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        org.springframework.web.client.RestClient grid = org.jingzhun.app.security.TestLogins.client(port, "grid");
        int created = upload(grid, path, "授权书.jpg", jpeg);
        assertThat(created).isEqualTo(201);
        // a file that only claims to be an image is refused
        assertThat(upload(grid, path, "授权书.jpg", "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(400);
        JsonNode list = api.get("village", path, 200);
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("contentType").asString()).isEqualTo("image/jpeg");
        long attachment = list.get(0).get("id").asLong();
        Api.Response file = api.get("township", path + "/" + attachment + "?reason=核对授权");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.bytes()).isEqualTo(jpeg);
        assertThat(file.contentType()).startsWith("image/jpeg");
        // outside the region the case does not exist
        assertThat(api.get("jian", path).status()).isEqualTo(200); // the city contains 吉安县
        assertThat(upload(org.jingzhun.app.security.TestLogins.client(port, "auditor"), path, "x.jpg", jpeg)).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'monitoring.case.attachment-read' and target = :t"
                        + " and actor = 'township' and reason = '核对授权'")
                .param("t", "case:" + id).query(Long.class).single()).isEqualTo(1);
    }

    private static int upload(org.springframework.web.client.RestClient client, String path, String name, byte[] bytes) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        form.add("file", new org.springframework.core.io.ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return client.post().uri(path).contentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA).body(form)
                .exchange((req, res) -> res.getStatusCode().value());
    }
}
