// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.exit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jingzhun.app.IntegrationTest;
import org.jingzhun.app.TestApi;
import org.jingzhun.app.TestApi.Response;
import org.jingzhun.app.platform.jobs.JobProgress;
import org.jingzhun.app.registry.HouseholdImportService;
import org.jingzhun.app.registry.TemplateFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Exit evaluation on a small hand-made history of 泰和县 (two villages, four poor households) and
 * registered households: every criterion at its boundary, the sample survey's rates, the county's
 * exit approval with its procedure, and the report counting the same rows.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExitEvaluationIT {

    private static final String COUNTY = "360826000000";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HouseholdImportService households;

    TestApi api;
    String v1;
    String v2;

    @BeforeAll
    void setUp() throws Exception {
        api = new TestApi(port, "province");
        List<String> villages = jdbc.sql("select code from region where level = 'village' and code like '360826%' order by code limit 2")
                .query(String.class).list();
        v1 = villages.get(0);
        v2 = villages.get(1);
        // rural persons: 2016 400 + 100, 2017 1,010 + 505, 2018 1,000 + 500
        int[][] population = {{2016, 400, 100}, {2017, 1010, 505}, {2018, 1000, 500}};
        for (int[] p : population) {
            population(p[0], v1, p[1]);
            population(p[0], v2, p[2]);
        }
        // poor households: A (3, 2013–2019) B (4, 2013–2018) C (5, 2015–2020) in v1; D (2, 2013–2017) in v2
        // end 2016: v1 12 / 400 = 3 %, v2 2 / 100 = 2 %; end 2017: v1 12 / 1,010, v2 0; end 2018: v1 8 / 1,000, v2 0
        poor(v1 + "9901", v1, 2013, 2019, 3);
        poor(v1 + "9902", v1, 2013, 2018, 4);
        poor(v1 + "9903", v1, 2015, 2020, 5);
        poor(v2 + "9904", v2, 2013, 2017, 2);
        jdbc.sql("insert into poor_village (village_code, designated_year, exit_year, source) values (:v, 2013, null, 'test')")
                .param("v", v1).update();
        jdbc.sql("insert into poor_village (village_code, designated_year, exit_year, source) values (:v, 2013, 2017, 'test')")
                .param("v", v2).update();
        jdbc.sql("insert into poverty_county (county_code, designated_year, source) values (:c, 2013, 'test')").param("c", COUNTY).update();

        TemplateFile f = new TemplateFile()
                .head(v1 + "0001", v1, TemplateFile.id("19580303", 851), "周一").member(v1 + "0001", TemplateFile.id("19600404", 851), "吴一", "配偶")
                .head(v1 + "0002", v1, TemplateFile.id("19580303", 852), "周二").set("住房安全", "否")
                .member(v1 + "0002", TemplateFile.id("19600404", 852), "吴二", "配偶").set("参加基本医保", "否")
                .member(v1 + "0002", TemplateFile.id("20150515", 852), "周小", "之子").set("在校生状况", "失学辍学").set("文化程度", "小学")
                .set("劳动技能", "无劳动力").set("务工状况", "未务工").set("务工时间(月)", "0");
        Path file = Files.createTempFile("exit", ".csv");
        Files.write(file, f.csv(StandardCharsets.UTF_8));
        var report = households.importFile(file, "test", JobProgress.NONE);
        assertThat(report.applied()).as(String.valueOf(report.problems())).isTrue();
        poor(v1 + "0001", v1, 2013, 2016, 2);
    }

    private void population(int year, String village, int persons) {
        jdbc.sql("insert into village_population (year, village_code, rural_persons, source) values (:y, :v, :p, 'test')")
                .param("y", year).param("v", village).param("p", persons).update();
    }

    private void poor(String id, String village, int identified, int exit, int persons) {
        jdbc.sql("""
                        insert into poverty_household (household_id, village_code, identified_year, exit_year, persons, source)
                        values (:id, :v, :i, :e, :p, 'test')""")
                .param("id", id).param("v", village).param("i", identified).param("e", exit).param("p", persons).update();
    }

    private static JsonNode criterion(JsonNode evaluation, String code) {
        for (JsonNode c : evaluation.get("criteria")) {
            if (c.get("criterion").asString().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no criterion " + code);
    }

    private String survey(boolean missedFifth) {
        List<String> entries = new ArrayList<>();
        // exited sample: 9 households of 20 and one of 3, wrongly exited → 183 persons, 3 wrong = 1.64 %
        for (int i = 1; i <= 10; i++) {
            int persons = i == 10 ? 3 : 20;
            entries.add("{\"householdId\": \"" + v1 + String.format("%04d", 7000 + i) + "\", \"sample\": \"EXITED\", \"persons\": "
                    + persons + ", \"wrongExit\": " + (i == 10) + ", \"recognises\": " + (i != 1) + "}");
        }
        // non-poor sample: nine households of 25, one of 20 and one of 5 (perhaps wrongly left out) = 250 persons;
        // the eleventh was not asked whether it approves: 9 + 9 of 20 asked approve
        for (int i = 1; i <= 11; i++) {
            int persons = i == 5 ? 5 : i == 6 ? 20 : 25;
            entries.add("{\"householdId\": \"" + v2 + String.format("%04d", 8000 + i) + "\", \"sample\": \"NON_POOR\", \"persons\": "
                    + persons + ", \"missed\": " + (i == 5 && missedFifth) + ", \"recognises\": " + (i == 11 ? "null" : i != 2) + "}");
        }
        return "{\"county\": \"" + COUNTY + "\", \"year\": 2018, \"surveyor\": \"江西省第三方评估组\", \"surveyedOn\": \"2019-01-10\","
                + " \"entries\": [" + String.join(",", entries) + "]}";
    }

    @Test
    @Order(1)
    void villagesPassBelowTwoPercentAndFailAtIt() {
        JsonNode hot = api.ok("/api/v1/exit/villages/" + v1 + "/evaluation?year=2016");
        assertThat(hot.get("evaluation").get("verdict").asString()).isEqualTo("FAIL");
        assertThat(hot.get("poorPersons").asLong()).isEqualTo(12);
        assertThat(criterion(hot.get("evaluation"), "INCIDENCE").get("explanation").asString())
                .isEqualTo("贫困发生率 3.00%（12/400），要求低于 2.00%：未达标");
        JsonNode atLine = api.ok("/api/v1/exit/villages/" + v2 + "/evaluation?year=2016");
        assertThat(criterion(atLine.get("evaluation"), "INCIDENCE").get("value").decimalValue()).isEqualByComparingTo("0.02");
        assertThat(atLine.get("evaluation").get("verdict").asString()).isEqualTo("FAIL");
        assertThat(api.ok("/api/v1/exit/villages/" + v1 + "/evaluation?year=2018").get("evaluation").get("verdict").asString())
                .isEqualTo("PASS");
        JsonNode noData = api.ok("/api/v1/exit/villages/" + v1 + "/evaluation?year=2015");
        assertThat(noData.get("evaluation").get("verdict").asString()).isEqualTo("UNKNOWN");
        JsonNode list = api.ok("/api/v1/exit/villages?region=" + COUNTY + "&year=2017");
        assertThat(list).hasSize(2);
        assertThat(list.get(1).get("exitYear").asInt()).isEqualTo(2017);
    }

    @Test
    @Order(2)
    void theReportCountsTheSameRows() {
        JsonNode r = api.ok("/api/v1/reports/poverty?region=" + COUNTY + "&year=2016");
        assertThat(r.get("ruralPersons").asLong()).isEqualTo(500);
        // A, B, C and D; the registered household 0001 exited in 2016, so it is not poor at the end of 2016
        assertThat(r.get("poorPersons").asLong()).isEqualTo(14);
        assertThat(r.get("incidence").decimalValue()).isEqualByComparingTo("0.028");
        assertThat(r.get("poorVillages").asLong()).isEqualTo(2);
        assertThat(api.ok("/api/v1/reports/poverty?region=" + COUNTY + "&year=2017").get("poorVillages").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/reports/poverty?region=360826&year=2012").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/reports/poverty?region=369999&year=2016").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/reports/poverty?region=36082&year=2016").status()).isEqualTo(400);
    }

    @Test
    @Order(3)
    void withoutASurveyTheCountyCannotPass() {
        JsonNode c = api.ok("/api/v1/exit/counties/" + COUNTY + "/evaluation?year=2018");
        JsonNode e = c.get("evaluation");
        assertThat(e.get("verdict").asString()).isEqualTo("UNKNOWN");
        assertThat(criterion(e, "INCIDENCE").get("verdict").asString()).isEqualTo("PASS");   // 8 / 1,500
        assertThat(criterion(e, "INCIDENCE").get("numerator").asLong()).isEqualTo(8);
        assertThat(e.get("reasons")).hasSize(3);
        assertThat(e.get("reasons").get(0).asString()).contains("没有第三方评估抽样调查");
    }

    @Test
    @Order(4)
    void aSurveyBatchWithMistakesIsRefusedWhole() {
        String bad = "{\"county\": \"" + COUNTY + "\", \"year\": 2018, \"surveyor\": \"评估组\", \"surveyedOn\": \"2019-01-10\","
                + " \"entries\": [{\"householdId\": \"3608210000000001\", \"sample\": \"EXITED\", \"persons\": 3},"
                + " {\"householdId\": \"" + v1 + "7777\", \"sample\": \"NON_POOR\", \"persons\": 3, \"wrongExit\": true},"
                + " {\"householdId\": \"" + v1 + "7778\", \"sample\": \"EXITED\", \"persons\": 3}]}";
        Response r = api.post("/api/v1/exit/surveys", bad);
        assertThat(r.status()).isEqualTo(400);
        JsonNode problems = r.body().get("problems");
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).get("message").asString()).isEqualTo("户不在县 360826000000 内");
        assertThat(problems.get(1).get("message").asString()).isEqualTo("错退只适用于已脱贫户样本");
        assertThat(api.ok("/api/v1/exit/surveys?county=" + COUNTY + "&year=2018").get("entries")).isEmpty();
    }

    @Test
    @Order(5)
    void theSurveysRatesDecideTheCountyAndACorrectionChangesThem() {
        // 错退 3 / 183 = 1.64 %; 漏评 5 / 250 = 2 % (not below 2 %); 认可 18 / 20 = 90 % (at least 90 %)
        JsonNode s = api.post("/api/v1/exit/surveys", survey(true)).body();
        assertThat(s.get("tally").get("wrongExitPersons").asLong()).isEqualTo(3);
        assertThat(s.get("tally").get("exitedSamplePersons").asLong()).isEqualTo(183);
        assertThat(s.get("tally").get("missedRate").decimalValue()).isEqualByComparingTo("0.02");
        assertThat(s.get("tally").get("recognition").decimalValue()).isEqualByComparingTo("0.9");
        JsonNode e = api.ok("/api/v1/exit/counties/" + COUNTY + "/evaluation?year=2018").get("evaluation");
        assertThat(e.get("verdict").asString()).isEqualTo("FAIL");
        assertThat(e.get("reasons").toString()).contains("漏评率 2.00%（5/250），要求低于 2.00%：未达标");
        assertThat(criterion(e, "RECOGNITION").get("verdict").asString()).isEqualTo("PASS");
        // the assessor corrects the fifth household: not missed after all
        api.post("/api/v1/exit/surveys", survey(false));
        assertThat(api.ok("/api/v1/exit/surveys?county=" + COUNTY + "&year=2018").get("entries")).hasSize(21);
        assertThat(api.ok("/api/v1/exit/counties/" + COUNTY + "/evaluation?year=2018").get("evaluation").get("verdict").asString())
                .isEqualTo("PASS");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'exit.survey.record' and target = :t")
                .param("t", "survey:" + COUNTY + ":2018").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    @Order(6)
    void aCountyExitNeedsItsProcedureInOrderAndAPassingAssessedYear() {
        String shortNotice = approval(2019, "2019-02-14", "2019-02-19", "2019-02-28");   // Thu–Tue: 4 working days
        Response r = api.post("/api/v1/exit/counties/" + COUNTY + "/approval", shortNotice);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("problems").toString()).contains("NOTICE_TOO_SHORT");
        // approved in 2018 would rest on 2017, which has no survey
        r = api.post("/api/v1/exit/counties/" + COUNTY + "/approval", approval(2018, "2018-02-05", "2018-02-09", "2018-02-20"));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.body().get("detail").asString()).contains("2017 年末的评估未全部达标");
        r = api.post("/api/v1/exit/counties/" + COUNTY + "/approval", approval(2019, "2019-02-11", "2019-02-15", "2019-02-26"));
        assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(200);
        assertThat(r.body().get("exitYear").asInt()).isEqualTo(2019);
        assertThat(api.ok("/api/v1/reports/poverty?region=" + COUNTY + "&year=2019").get("exitedCounties").toString())
                .isEqualTo("[\"" + COUNTY + "\"]");
        assertThat(api.ok("/api/v1/reports/poverty?region=" + COUNTY + "&year=2018").get("exitedCounties")).isEmpty();
        assertThat(api.post("/api/v1/exit/counties/" + COUNTY + "/approval",
                approval(2019, "2019-02-11", "2019-02-15", "2019-02-26")).status()).isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'exit.county.approve' and target = :t")
                .param("t", "county:" + COUNTY).query(Long.class).single()).isEqualTo(1);
        assertThat(api.post("/api/v1/exit/counties/360827000000/approval",
                approval(2019, "2019-02-11", "2019-02-15", "2019-02-26")).body().get("detail").asString()).contains("不是贫困县");
    }

    private static String approval(int year, String noticeFrom, String noticeTo, String approvedOn) {
        return """
                {"year": %d, "appliedOn": "%d-10-15", "cityReviewedOn": "%d-11-20", "assessedOn": "%d-01-20",
                 "noticeFrom": "%s", "noticeTo": "%s", "approvedOn": "%s", "reason": "赣府字〔%d〕号（测试）"}"""
                .formatted(year, year - 1, year - 1, year, noticeFrom, noticeTo, approvedOn, year);
    }

    @Test
    @Order(7)
    void aHouseholdExitsAboveTheLineWithItsGuaranteesAndEveryUnmetOneIsAReason() {
        // 0001: (36,000 + 5,000.50 + 0 + 2,400 − 1,200) / 2 = 21,100.25 > the 2025 line (4,000, DOMAIN.md §5's last)
        JsonNode ok = api.ok("/api/v1/exit/households/" + v1 + "0001/evaluation?year=2025");
        assertThat(ok.get("evaluation").get("verdict").asString()).isEqualTo("PASS");
        assertThat(criterion(ok.get("evaluation"), "INCOME").get("value").decimalValue()).isEqualByComparingTo("21100.25");
        assertThat(ok.get("povertyLine").decimalValue()).isEqualByComparingTo("4000");
        assertThat(ok.get("registeredPoor").get("exitYear").asInt()).isEqualTo(2016);
        JsonNode bad = api.ok("/api/v1/exit/households/" + v1 + "0002/evaluation?year=2025").get("evaluation");
        assertThat(bad.get("verdict").asString()).isEqualTo("FAIL");
        assertThat(bad.get("reasons").toString()).contains("住房不安全").contains("有 1 名 6–15 岁成员失学辍学")
                .contains("有 1 名成员未参加基本医保");
        assertThat(criterion(bad, "WATER").get("verdict").asString()).isEqualTo("PASS");
        // 2016: the registry knew neither household then, and has no 2016 income
        JsonNode old = api.ok("/api/v1/exit/households/" + v1 + "0001/evaluation?year=2016");
        assertThat(old.get("basis").asString()).isEqualTo("CURRENT");
        assertThat(old.get("evaluation").get("verdict").asString()).isEqualTo("UNKNOWN");
        assertThat(old.get("povertyLine").decimalValue()).isEqualByComparingTo("2952");
        assertThat(api.get("/api/v1/exit/households/" + v1 + "0999/evaluation?year=2025").status()).isEqualTo(404);
    }

    @Test
    @Order(9)
    void aCountyOfficerSeesNeitherAnotherCountyNorTheProvinceAndCannotRecordTheAssessment() {
        TestApi jianxian = new TestApi(port, "jianxian");   // 吉安县
        assertThat(jianxian.get("/api/v1/exit/counties/" + COUNTY + "/evaluation?year=2018").status()).isEqualTo(404);
        assertThat(jianxian.get("/api/v1/reports/poverty?region=36&year=2016").status()).isEqualTo(404);
        assertThat(jianxian.get("/api/v1/exit/villages/" + v1 + "/evaluation?year=2018").status()).isEqualTo(404);
        assertThat(jianxian.get("/api/v1/exit/households/" + v1 + "0001/evaluation?year=2025").status()).isEqualTo(404);
        assertThat(jianxian.post("/api/v1/exit/surveys", survey(false)).status()).isEqualTo(403);
    }

    @Test
    @Order(8)
    void aSurveyEntryIsDeletedOnlyWithAReason() {
        long id = api.ok("/api/v1/exit/surveys?county=" + COUNTY + "&year=2018").get("entries").get(0).get("id").asLong();
        assertThat(api.delete("/api/v1/exit/surveys/entries/" + id).status()).isEqualTo(400);
        assertThat(api.delete("/api/v1/exit/surveys/entries/" + id + "?reason=重复录入").status()).isEqualTo(204);
        assertThat(api.ok("/api/v1/exit/surveys?county=" + COUNTY + "&year=2018").get("entries")).hasSize(20);
        assertThat(jdbc.sql("select reason from audit_log where action = 'exit.survey.delete' and target = :t")
                .param("t", "survey-entry:" + id).query(String.class).single()).isEqualTo("重复录入");
    }
}
