// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.assistance.medical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
 * One-stop settlements of registered persons: the status comes from the registry, the year's earlier
 * stays count against yearly thresholds, each settlement is stored with its parameter version and
 * explained line by line, and its YB01/YB02 records reach screening, which then warns.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MedicalSettlementIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HouseholdImportService households;
    @Autowired
    Clock clock;

    TestApi api;
    TestApi hospital;
    String village;
    LocalDate discharged;

    private static String exitedHead() {
        return TemplateFile.id("19650707", 801);
    }

    private static String ordinaryHead() {
        return TemplateFile.id("19650707", 802);
    }

    @BeforeAll
    void setUp() throws Exception {
        api = new TestApi(port, "province");
        hospital = new TestApi(port, "department");   // 省医保局: reports settlements
        village = jdbc.sql("select code from region where level = 'village' and code like '360881%' order by code limit 1 offset 3")
                .query(String.class).single();
        TemplateFile f = new TemplateFile()
                .head(village + "0801", village, exitedHead(), "欧阳一").set("户类型", "脱贫户").set("脱贫年度", "2017")
                .head(village + "0802", village, ordinaryHead(), "欧阳二");
        Path file = Files.createTempFile("medical", ".csv");
        Files.write(file, f.csv(StandardCharsets.UTF_8));
        assertThat(households.importFile(file, "test", JobProgress.NONE).applied()).isTrue();
        discharged = LocalDate.now(clock).minusDays(3);
    }

    private JsonNode post(String path, String json, int expected) {
        Response r = (path.equals("/api/v1/medical/settlements") ? hospital : api).post(path, json);
        assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(expected);
        return r.body();
    }

    private String settlement(String no, String idNumber, String total, String eligible) {
        return """
                {"settlementNo": "%s", "idNumber": "%s", "hospital": "井冈山市人民医院", "hospitalLevel": "TERTIARY",
                 "inProvince": true, "admittedOn": "%s", "dischargedOn": "%s", "total": %s, "eligible": %s}"""
                .formatted(no, idNumber, discharged.minusDays(10), discharged, total, eligible);
    }

    private static JsonNode line(JsonNode calc, String line) {
        for (JsonNode l : calc.get("lines")) {
            if (l.get("line").asString().equals(line)) {
                return l;
            }
        }
        throw new AssertionError("no line " + line);
    }

    @Test
    @Order(1)
    void aTrialCalculationExplainsEveryLineWithTheParameterVersion() {
        // as FourLinesCalculatorTest: 29,520 + 3,288 + 0 + 13,753.60; out of pocket 13,438.40
        JsonNode calc = post("/api/v1/medical/settlements/calculate", """
                {"total": 60000, "eligible": 50000, "hospitalLevel": "TERTIARY", "statuses": ["EXITED"], "date": "2026-06-01"}""", 200);
        assertThat(calc.get("parameterVersion").asInt()).isPositive();
        assertThat(line(calc, "BASIC").get("amount").decimalValue()).isEqualByComparingTo("29520");
        assertThat(line(calc, "SERIOUS_ILLNESS").get("amount").decimalValue()).isEqualByComparingTo("3288");
        assertThat(line(calc, "ASSISTANCE").get("covered").asBoolean()).isFalse();
        assertThat(line(calc, "SUPPLEMENTARY").get("amount").decimalValue()).isEqualByComparingTo("13753.60");
        assertThat(calc.get("outOfPocket").decimalValue()).isEqualByComparingTo("13438.40");
        assertThat(line(calc, "BASIC").get("explanation").asString())
                .isEqualTo("基本医保：进入本项的政策范围内费用 50000.00 元；起付线 800.00 元，本次计入起付线 800.00 元；"
                        + "超过起付线的 49200.00 元按 60% 支付 29520.00 元；年度封顶线 150000.00 元，本年剩余额度 150000.00 元。"
                        + "本项支付 29520.00 元。");
        assertThat(line(calc, "ASSISTANCE").get("explanation").asString()).isEqualTo("医疗救助：患者身份不在保障范围内，不支付。");
    }

    @Test
    @Order(2)
    void trialsRefuseWhatIsNotABillWithAChineseReason() {
        Response r = api.post("/api/v1/medical/settlements/calculate",
                "{\"total\": 100, \"eligible\": 200, \"hospitalLevel\": \"TERTIARY\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("detail").asString()).isEqualTo("政策范围内费用不能超过总费用");
        r = api.post("/api/v1/medical/settlements/calculate", "{\"total\": 100, \"eligible\": 50, \"hospitalLevel\": \"县级\"}");
        assertThat(r.body().get("detail").asString()).contains("医院级别“县级”无效");
        r = api.post("/api/v1/medical/settlements/calculate",
                "{\"total\": 100, \"eligible\": 50, \"hospitalLevel\": \"PRIMARY\", \"date\": \"2019-06-01\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("detail").asString()).startsWith("2019 年度没有完整的医疗保障参数");
    }

    @Test
    @Order(3)
    void aSettlementTakesTheStatusFromTheRegistryAndFeedsYb01AndYb02() {
        JsonNode s = post("/api/v1/medical/settlements", settlement("JGS-0001", exitedHead(), "60000", "50000"), 200);
        assertThat(s.get("idNumber").asString()).isEqualTo(exitedHead().substring(0, 6) + "********" + exitedHead().substring(14));
        assertThat(s.get("householdId").asString()).isEqualTo(village + "0801");
        JsonNode calc = s.get("settlement");
        assertThat(calc.get("statuses").toString()).isEqualTo("[\"EXITED\"]");
        assertThat(calc.get("outOfPocketAfterPublicSchemes").decimalValue()).isEqualByComparingTo("27192");
        assertThat(jdbc.sql("select value from feed_record where department = 'YB' and record_id = 'YB01-JGS-0001'")
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("27192");
        String yb02 = s.get("feeds").get(1).get("recordId").asString();
        assertThat(yb02).startsWith("YB02-" + discharged.getYear() + "-").doesNotContain(exitedHead());
        assertThat(jdbc.sql("select value from feed_record where department = 'YB' and record_id = :id").param("id", yb02)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("27192");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'medical.settle' and target = 'settlement:JGS-0001'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void aSecondStayCountsTheYearsThresholdAndCapsAndRaisesTheYearlyTotal() {
        // stay 2 (三级, 30,000 all eligible): basic (30,000 − 800) × 60 % = 17,520; 大病 base 12,480, but
        // stay 1 already brought 20,480 to the 15,000 threshold → 12,480 × 60 % = 7,488
        JsonNode s = post("/api/v1/medical/settlements", settlement("JGS-0002", exitedHead(), "30000", "30000"), 200);
        JsonNode serious = line(s.get("settlement"), "SERIOUS_ILLNESS");
        assertThat(serious.get("deductibleMet").decimalValue()).isEqualByComparingTo("0");
        assertThat(serious.get("notes").toString()).contains("DEDUCTIBLE_PARTLY_MET_BEFORE");
        assertThat(serious.get("amount").decimalValue()).isEqualByComparingTo("7488");
        // after the public schemes: 30,000 − 17,520 − 7,488 = 4,992; the year: 27,192 + 4,992 = 32,184
        String yb02 = s.get("feeds").get(1).get("recordId").asString();
        assertThat(jdbc.sql("select value from feed_record where department = 'YB' and record_id = :id").param("id", yb02)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("32184");
        assertThat(jdbc.sql("select count(*) from feed_record where department = 'YB' and record_id like 'YB02-%' and text_value = '一站式结算累计'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @Order(5)
    void reportingTheSameSettlementAgainChangesNothingAndADifferentOneUnderItsNumberConflicts() {
        JsonNode again = post("/api/v1/medical/settlements", settlement("JGS-0001", exitedHead(), "60000", "50000"), 200);
        assertThat(again.get("settlement").get("outOfPocket").decimalValue()).isEqualByComparingTo("13438.40");
        assertThat(jdbc.sql("select count(*) from medical_settlement where settlement_no = 'JGS-0001'").query(Long.class).single())
                .isEqualTo(1);
        Response r = hospital.post("/api/v1/medical/settlements", settlement("JGS-0001", exitedHead(), "60000", "49000"));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.body().get("detail").asString()).contains("JGS-0001").contains("内容不同");
    }

    @Test
    @Order(6)
    void anUnregisteredPersonIsNotFoundAndTheRecordsAreListedMasked() {
        Response r = hospital.post("/api/v1/medical/settlements", settlement("JGS-0009", TemplateFile.id("19650707", 899), "100", "100"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body().get("detail").asString()).endsWith("不是本辖区的在册人员");
        JsonNode page = api.ok("/api/v1/medical/settlements?region=" + village);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("items").get(0).get("settlementNo").asString()).isEqualTo("JGS-0002");
        assertThat(page.get("items").toString()).doesNotContain(exitedHead());
        assertThat(api.ok("/api/v1/medical/settlements/JGS-0002").get("feeds").get(1).get("value").decimalValue())
                .isEqualByComparingTo("32184");
        // 吉安县's officer sees no settlement of 井冈山市, and a village officer reports none
        TestApi jianxian = new TestApi(port, "jianxian");
        assertThat(jianxian.get("/api/v1/medical/settlements/JGS-0002").status()).isEqualTo(404);
        assertThat(jianxian.get("/api/v1/medical/settlements?region=" + village).status()).isEqualTo(404);
        assertThat(new TestApi(port, "village").post("/api/v1/medical/settlements",
                settlement("JGS-0011", exitedHead(), "100", "100")).status()).isEqualTo(403);
    }

    @Test
    @Order(7)
    void screeningWarnsAboutTheExitedPatientsStayFromTheSettlementsYb01() throws InterruptedException {
        post("/api/v1/medical/settlements", settlement("JGS-0010", ordinaryHead(), "3000", "3000"), 200);
        JsonNode started = post("/api/v1/screening/runs", "{\"region\": \"" + village + "\"}", 202);
        String job = started.get("id").asString();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline) && api.ok("/api/v1/jobs/" + job).get("state").asString().equals("RUNNING")) {
            Thread.sleep(100);
        }
        assertThat(api.ok("/api/v1/jobs/" + job).get("state").asString()).isEqualTo("SUCCEEDED");
        JsonNode exited = api.ok("/api/v1/households/" + village + "0801/warnings");
        assertThat(exited.toString()).contains("W_MEDICAL_STAY").contains("YB01-JGS-0001");
        // the ordinary patient's 3,000 stay (2,232 after basic insurance... far below 10,000) warns of nothing
        assertThat(api.ok("/api/v1/households/" + village + "0802/warnings").toString()).doesNotContain("W_MEDICAL_STAY");
    }
}
