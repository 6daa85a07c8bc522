// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jingzhun.app.IntegrationTest;
import org.jingzhun.app.feeds.FeedImportService;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Hand-made households with department records trigger exactly the warnings DOMAIN.md §7 describes —
 * at the thresholds' boundaries, for 脱贫/监测 versus ordinary households, eligibility and data-quality
 * checks — each explained; a rule that cannot be evaluated is an error; re-runs are stable; an
 * incremental run re-screens only what changed; what-if compares with the last run.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreeningIT {

    private static final String DATE = "2026-11-01";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HouseholdImportService households;
    @Autowired
    FeedImportService feeds;
    @Autowired
    KeptSnapshots kept;

    RestClient http;
    String village;

    private record Response(int status, JsonNode body) {
    }

    private String hh(int n) {
        return village + String.format("%04d", 600 + n);
    }

    private static String head(int n) {
        return TemplateFile.id("19710313", 600 + n);
    }

    private static String spouse(int n) {
        return TemplateFile.id("19730414", 600 + n);
    }

    private static String child(int n) {
        return TemplateFile.id("20160515", 600 + n);
    }

    @BeforeAll
    void setUp() throws Exception {
        http = org.jingzhun.app.security.TestLogins.client(port, "province");
        village = jdbc.sql("select code from region where level = 'village' and code like '360821%' order by code limit 1 offset 9")
                .query(String.class).single();
        TemplateFile f = new TemplateFile();
        String numerals = "一二三四五六七八九十冬腊";
        for (int n = 1; n <= 12; n++) {
            f.head(hh(n), village, head(n), "张" + numerals.charAt(n - 1)).member(hh(n), spouse(n), "李" + numerals.charAt(n - 1), "配偶");
        }
        // 0-based rows: household n has its head at row 2(n-1) and its spouse at 2(n-1)+1
        f.set(0, "户类型", "脱贫户").set(0, "脱贫年度", "2019");   // 1: exited, stay 6000.01 → hit
        f.set(2, "户类型", "脱贫户").set(2, "脱贫年度", "2019");   // 2: exited, stay exactly 6000 → no hit
        // 3: ordinary, stay 8000 → no hit (limit 10000); 4: ordinary, stay 10000.01 → hit
        f.set(8, "工资性收入", "10000");                           // 5: reference income 7700.25 < 7900
        f.set(10, "工资性收入", "10399.5");                        // 6: reference income exactly 7900 → no hit
        // 7: ordinary above the line, yearly out-of-pocket 24000 > 23900 → sudden hardship
        f.set(14, "户类型", "监测户").set(14, "监测对象类别", "边缘易致贫户"); // 8: monitored, owns a vehicle → eligibility
        // 9: ordinary, owns a vehicle → no eligibility check
        f.set(18, "住房安全", "否");                                // 10: unsafe house, not monitored → data quality
        // 11: a ten-year-old registered in primary school, dropout record → warning and data quality
        f.member(hh(11), child(11), "王小", "之子").set("在校生状况", "小学").set("文化程度", "小学")
                .set("劳动技能", "无劳动力").set("务工状况", "未务工").set("务工时间(月)", "0");
        // 12: an old record (13 months back) of a huge stay → outside the window, nothing
        Path file = Files.createTempFile("screening", ".csv");
        Files.write(file, f.csv(StandardCharsets.UTF_8));
        var report = households.importFile(file, "test", JobProgress.NONE);
        assertThat(report.applied()).as(String.valueOf(report.problems())).isTrue();
        String csv = "部门,记录编号,证件号码,数据项,发生日期,数值,文本值\n"
                + "YB,YB-S1," + head(1) + ",YB01,2026-05-01,6000.01,\n"
                + "YB,YB-S2," + spouse(2) + ",YB01,2026-05-01,6000,\n"
                + "YB,YB-S3," + head(3) + ",YB01,2026-05-01,8000,\n"
                + "YB,YB-S4," + head(4) + ",YB01,2026-05-01,10000.01,\n"
                + "YB,YB-S7," + head(7) + ",YB02,2026-09-30,24000,\n"
                + "CG,CG-S8," + spouse(8) + ",CG01,2025-01-01,,\n"
                + "CG,CG-S9," + head(9) + ",CG01,2025-01-01,,\n"
                + "JY,JY-S11," + child(11) + ",JY01,2026-10-01,,\n"
                + "YB,YB-S12," + head(12) + ",YB01,2025-10-01,50000,\n";
        Path feedFile = Files.createTempFile("feeds", ".csv");
        Files.writeString(feedFile, csv);
        assertThat(feeds.importFile(feedFile, JobProgress.NONE).counts().matched()).isEqualTo(9);
    }

    private JsonNode post(String path, String json, int expected) {
        Response r = http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json)
                .exchange((req, res) -> new Response(res.getStatusCode().value(), res.bodyTo(JsonNode.class)));
        assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(expected);
        return r.body();
    }

    private JsonNode get(String path) {
        return http.get().uri(path).retrieve().body(JsonNode.class);
    }

    private JsonNode screen(String json) throws InterruptedException {
        JsonNode started = post("/api/v1/screening/runs", json, 202);
        String id = started.get("id").asString();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = get("/api/v1/jobs/" + id);
            if (!job.get("state").asString().equals("RUNNING")) {
                assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
                return job.get("result");
            }
            Thread.sleep(100);
        }
        throw new AssertionError("screening did not finish");
    }

    private Set<String> hits(int n) {
        Set<String> codes = new TreeSet<>();
        for (JsonNode w : get("/api/v1/households/" + hh(n) + "/warnings")) {
            codes.add(w.get("ruleCode").asString() + (w.get("status").asString().equals("HIT") ? "" : ":ERROR"));
        }
        return codes;
    }

    private JsonNode warning(int n, String rule) {
        for (JsonNode w : get("/api/v1/households/" + hh(n) + "/warnings")) {
            if (w.get("ruleCode").asString().equals(rule)) {
                return w;
            }
        }
        throw new AssertionError("no " + rule + " for household " + n);
    }

    @Test
    @Order(1)
    void eachHouseholdGetsExactlyTheFindingsOfDomainSection7() throws Exception {
        JsonNode result = screen("{\"region\": \"" + village + "\", \"date\": \"" + DATE + "\"}");
        assertThat(result.get("households").asLong()).isEqualTo(12);
        assertThat(hits(1)).containsExactly("W_MEDICAL_STAY");
        assertThat(hits(2)).isEmpty();
        assertThat(hits(3)).isEmpty();
        assertThat(hits(4)).containsExactly("W_MEDICAL_STAY");
        assertThat(hits(5)).containsExactly("W_INCOME_BELOW_LINE");
        assertThat(hits(6)).isEmpty();
        assertThat(hits(7)).containsExactly("W_MEDICAL_SUDDEN");
        assertThat(hits(8)).containsExactly("E_VEHICLE");
        assertThat(hits(9)).isEmpty();
        assertThat(hits(10)).containsExactly("D_UNSAFE_NOT_MONITORED");
        assertThat(hits(11)).containsExactly("D_DROPOUT_IN_SCHOOL", "W_DROPOUT");
        assertThat(hits(12)).isEmpty();
    }

    @Test
    @Order(2)
    void findingsCarryKindRiskSuggestedCategoryAndAnExplanationWithValuesAndSources() {
        JsonNode stay = warning(1, "W_MEDICAL_STAY");
        assertThat(stay.get("kind").asString()).isEqualTo("WARNING");
        assertThat(stay.get("ruleVersion").asInt()).isEqualTo(1);
        assertThat(stay.get("riskType").asString()).isEqualTo("ILLNESS");
        assertThat(stay.get("suggestedCategory").asString()).isEqualTo("脱贫不稳定户");
        assertThat(stay.get("status").asString()).isEqualTo("HIT");
        assertThat(stay.get("parameterVersion").asInt()).isEqualTo(1);
        assertThat(stay.get("screeningDate").asString()).isEqualTo(DATE);
        assertThat(stay.get("explanation").asString()).contains("6000.01").contains("6000").contains("YB-S1")
                .doesNotContain(head(1));
        assertThat(warning(4, "W_MEDICAL_STAY").get("suggestedCategory").asString()).isEqualTo("边缘易致贫户");
        assertThat(warning(4, "W_MEDICAL_STAY").get("explanation").asString()).contains("10000.01").contains("10000");
        assertThat(warning(7, "W_MEDICAL_SUDDEN").get("suggestedCategory").asString()).isEqualTo("突发严重困难户");
        assertThat(warning(5, "W_INCOME_BELOW_LINE").get("explanation").asString()).contains("7700.25").contains("7900")
                .contains("户类型 一般农户 ≠ 监测户").doesNotContain("ORDINARY");
        JsonNode vehicle = warning(8, "E_VEHICLE");
        assertThat(vehicle.get("kind").asString()).isEqualTo("ELIGIBILITY");
        assertThat(vehicle.get("suggestedCategory").isNull()).isTrue();
        assertThat(warning(10, "D_UNSAFE_NOT_MONITORED").get("kind").asString()).isEqualTo("DATA_QUALITY");
        assertThat(warning(11, "W_DROPOUT").get("riskType").asString()).isEqualTo("EDUCATION");
        assertThat(warning(11, "W_DROPOUT").get("inputs").get("feeds").get(0).get("recordId").asString()).isEqualTo("JY-S11");
    }

    @Test
    @Order(3)
    void reRunningWithoutChangesGivesTheSameFindingsAndNoNewOnes() throws Exception {
        JsonNode again = screen("{\"region\": \"" + village + "\", \"date\": \"" + DATE + "\"}");
        assertThat(again.get("newFindings").asLong()).isZero();
        assertThat(hits(1)).containsExactly("W_MEDICAL_STAY");
        assertThat(hits(11)).containsExactly("D_DROPOUT_IN_SCHOOL", "W_DROPOUT");
        JsonNode tasks = get("/api/v1/screening/tasks?region=" + village + "&kind=WARNING");
        assertThat(tasks.get("items")).hasSize(5);
        assertThat(tasks.get("items").get(0).get("headName").asString()).endsWith("*");
        JsonNode summary = get("/api/v1/screening/summary?region=" + village.substring(0, 9) + "000");
        assertThat(summary).anySatisfy(r -> {
            assertThat(r.get("code").asString()).isEqualTo(village);
            assertThat(r.get("warnings").asLong()).isEqualTo(5);
            assertThat(r.get("households").asLong()).isEqualTo(7);
        });
    }

    @Test
    @Order(4)
    void anIncrementalRunReScreensOnlyHouseholdsWithNewRecords() throws Exception {
        post("/api/v1/feeds/ZJ", """
                {"records": [{"recordId": "ZJ-S3", "idNumber": "%s", "item": "ZJ01", "date": "2026-10-15", "text": "D"}]}"""
                .formatted(spouse(3)), 200);
        JsonNode result = screen("{\"region\": \"" + village + "\", \"date\": \"" + DATE + "\", \"incremental\": true}");
        assertThat(result.get("incremental").asBoolean()).isTrue();
        // the one new finding (household 3's unsafe house), counted before the merge, is the one stored as new
        assertThat(result.get("newFindings").asLong()).isEqualTo(1)
                .isEqualTo(jdbc.sql("select count(*) from finding where first_run_id = :run")
                        .param("run", result.get("runId").asLong()).query(Long.class).single());
        assertThat(result.get("households").asLong()).isEqualTo(1);
        assertThat(hits(3)).containsExactly("W_UNSAFE_HOUSE");
        assertThat(warning(3, "W_UNSAFE_HOUSE").get("explanation").asString()).contains("ZJ-S3");
        assertThat(hits(1)).containsExactly("W_MEDICAL_STAY");
        // its counts, derived from the previous run's, are what a recount of the findings gives
        long run = result.get("runId").asLong();
        assertThat(jdbc.sql("""
                select county_code, rule_code, status, households from screening_count where run_id = :run
                order by 1, 2, 3""").param("run", run).query().listOfRows())
                .isEqualTo(jdbc.sql("""
                        select left(household_id, 6) || '000000' as county_code, rule_code, status, count(*) as households
                        from finding where household_id like :v group by 1, 2, 3 order by 1, 2, 3""")
                        .param("v", village + "%").query().listOfRows())
                .isNotEmpty();
        assertThat(result.has("countsDerivedFrom")).as("counts derived, not recounted: " + result).isTrue();
    }

    @Test
    @Order(5)
    void whatIfComparesWithTheLastRunPerCountyAndChangesNothing() {
        long findings = jdbc.sql("select count(*) from finding").query(Long.class).single();
        JsonNode r = post("/api/v1/screening/what-if",
                "{\"region\": \"" + village + "\", \"parameters\": {\"monitoring_line\": 8000}}", 200);
        assertThat(r.get("newlyFlagged").asLong()).isEqualTo(1); // household 6 at exactly 7900
        assertThat(r.get("noLongerFlagged").asLong()).isZero();
        assertThat(r.get("counties").get(0).get("code").asString()).isEqualTo(village.substring(0, 6) + "000000");
        assertThat(r.get("parameters").get("monitoring_line").get("base").decimalValue()).isEqualByComparingTo("7900");
        JsonNode lower = post("/api/v1/screening/what-if",
                "{\"region\": \"" + village + "\", \"parameters\": {\"monitoring_line\": 7000}}", 200);
        assertThat(lower.get("noLongerFlagged").asLong()).isEqualTo(1); // household 5
        assertThat(jdbc.sql("select count(*) from finding").query(Long.class).single()).isEqualTo(findings);
    }

    @Test
    @Order(6)
    void aRuleThatCannotBeEvaluatedIsAnErrorNeverANoHit() throws Exception {
        JsonNode bad = post("/api/v1/rules/validate", "{\"condition\": \"household.exit_yeer >= 2019\"}", 200);
        assertThat(bad.get("valid").asBoolean()).isFalse();
        assertThat(bad.get("problems").get(0).get("column").asInt()).isEqualTo(1);
        String rule = """
                {"kind": "WARNING", "title": "近年脱贫", "message": "2019 年以后脱贫", "condition": "household.exit_year >= 2019"}""";
        http.put().uri("/api/v1/rules/X_RECENT_EXIT").contentType(MediaType.APPLICATION_JSON).body(rule).retrieve().toBodilessEntity();
        try {
            screen("{\"region\": \"" + village + "\", \"date\": \"" + DATE + "\"}");
            assertThat(hits(1)).contains("X_RECENT_EXIT");
            assertThat(hits(3)).contains("X_RECENT_EXIT:ERROR");
            assertThat(warning(3, "X_RECENT_EXIT").get("explanation").asString()).contains("脱贫年度");
        } finally {
            http.delete().uri("/api/v1/rules/X_RECENT_EXIT").retrieve().toBodilessEntity();
        }
        List<String> active = get("/api/v1/rules").get("rules").findValuesAsString("code");
        assertThat(active).doesNotContain("X_RECENT_EXIT");
    }

    @Test
    @Order(7)
    void ruleFilesRoundTripAndAnEditMakesANewVersion() {
        String text = http.get().uri("/api/v1/rules/export").retrieve().body(String.class);
        int set = get("/api/v1/rules").get("version").asInt();
        JsonNode same = http.post().uri("/api/v1/rules/import").contentType(MediaType.parseMediaType("text/plain;charset=UTF-8")).body(text).retrieve()
                .body(JsonNode.class);
        assertThat(same.get("version").asInt()).isEqualTo(set);
        String edited = text.replace("title 饮水供水中断", "title 饮水供水中断（持续）");
        JsonNode next = http.post().uri("/api/v1/rules/import").contentType(MediaType.parseMediaType("text/plain;charset=UTF-8")).body(edited).retrieve()
                .body(JsonNode.class);
        assertThat(next.get("version").asInt()).isEqualTo(set + 1);
        assertThat(get("/api/v1/rules/W_WATER").get(0).get("version").asInt()).isEqualTo(2);
        Response bad = http.post().uri("/api/v1/rules/import").contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
                .body(edited.replace("any feed SL01", "any feed SL99"))
                .exchange((req, res) -> new Response(res.getStatusCode().value(), res.bodyTo(JsonNode.class)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("detail").asString()).contains("W_WATER").contains("SL99");
    }

    @Test
    @Order(8)
    void aRuleCanBeTriedOnOneHouseholdWithoutStoringAnything() {
        long findings = jdbc.sql("select count(*) from finding").query(Long.class).single();
        JsonNode active = post("/api/v1/rules/test",
                "{\"householdId\": \"" + hh(5) + "\", \"code\": \"W_INCOME_BELOW_LINE\", \"date\": \"" + DATE + "\"}", 200);
        assertThat(active.get("status").asString()).isEqualTo("HIT");
        assertThat(active.get("explanation").asString()).contains("7700.25").contains("7900");
        JsonNode draft = post("/api/v1/rules/test",
                "{\"householdId\": \"" + hh(5) + "\", \"condition\": \"household.size > 100\"}", 200);
        assertThat(draft.get("status").asString()).isEqualTo("NO_HIT");
        assertThat(draft.get("explanation").asString()).contains("未命中").contains("> 100");
        JsonNode bad = post("/api/v1/rules/test",
                "{\"householdId\": \"" + hh(5) + "\", \"condition\": \"household.nonsense > 1\"}", 400);
        assertThat(bad.get("detail").asString()).contains("错误");
        post("/api/v1/rules/test", "{\"householdId\": \"3601020020019999\", \"code\": \"W_WATER\"}", 404);
        assertThat(jdbc.sql("select count(*) from finding").query(Long.class).single()).isEqualTo(findings);
    }

    private List<java.util.Map<String, Object>> findingsOfVillage() {
        return jdbc.sql("""
                select household_id, rule_code, rule_version, status, explanation from finding where household_id like :v
                order by 1, 2""").param("v", village + "%").query().listOfRows();
    }

    @Test
    @Order(9)
    void aFullRunStartsFromTheKeptSnapshotAndGetsWhatAFreshExtractionGets() throws Exception {
        org.jingzhun.kernel.RegionCode region = org.jingzhun.kernel.RegionCode.parse(village);
        String full = "{\"region\": \"" + village + "\", \"date\": \"" + DATE + "\"}";
        // the village's data as if entered a day ago, then a run from scratch that keeps its snapshot
        kept.forget(region);
        jdbc.sql("update household set changed_at = changed_at - interval '1 day' where id like :v")
                .param("v", village + "%").update();
        jdbc.sql("update feed_record set received_at = received_at - interval '1 day' where household_id like :v")
                .param("v", village + "%").update();
        assertThat(screen(full).has("changedSinceKeptSnapshot")).isFalse();
        assertThat(kept.file(region)).exists();

        // a new record for household 3 (ordinary, 8000 + 2000.01 in hospital this year): only it is re-extracted
        post("/api/v1/feeds/YB", """
                {"records": [{"recordId": "YB-S3B", "idNumber": "%s", "item": "YB01", "date": "2026-06-01", "value": 10000.01}]}"""
                .formatted(head(3)), 200);
        JsonNode warm = screen(full);
        assertThat(warm.get("changedSinceKeptSnapshot").asInt()).as(warm.toString()).isEqualTo(1);
        assertThat(hits(3)).contains("W_MEDICAL_STAY");
        List<java.util.Map<String, Object>> fromKept = findingsOfVillage();

        // the same findings, explanations included, as a run that extracts everything afresh
        kept.forget(region);
        JsonNode cold = screen(full);
        assertThat(cold.has("changedSinceKeptSnapshot")).isFalse();
        assertThat(cold.get("newFindings").asLong()).isZero();
        assertThat(cold.get("hits")).isEqualTo(warm.get("hits"));
        assertThat(findingsOfVillage()).isEqualTo(fromKept);

        // another screening date: the kept snapshot's ages are recomputed, and again nothing differs
        String earlier = "{\"region\": \"" + village + "\", \"date\": \"2026-05-14\"}";
        JsonNode moved = screen(earlier);
        assertThat(moved.has("changedSinceKeptSnapshot")).as(moved.toString()).isTrue();
        List<java.util.Map<String, Object>> movedFindings = findingsOfVillage();
        kept.forget(region);
        screen(earlier);
        assertThat(findingsOfVillage()).isEqualTo(movedFindings);

        // a kept file whose run this database does not know (another database, a restore) is not used
        jdbc.sql("update screening_run set kept_snapshot_token = null").update();
        assertThat(screen(full).has("changedSinceKeptSnapshot")).isFalse();
    }
}
