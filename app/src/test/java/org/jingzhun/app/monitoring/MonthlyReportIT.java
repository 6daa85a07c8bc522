// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jingzhun.app.monitoring.Fixtures.*;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
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
 * The monthly report per county moves by exactly what a month's work did (other tests share the
 * database, so it compares before and after), shows only the counties the caller may see, and its
 * .xlsx export carries the same figures.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyReportIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HouseholdImportService households;

    Api api;

    @BeforeAll
    void households() throws Exception {
        api = new Api(port);
        importHouseholds(households, f -> {
            f.head(household(DEMO_VILLAGE, 941), DEMO_VILLAGE, headId(941), "月报甲").set("网格编码", DEMO_GRID);
            f.head(household(DEMO_VILLAGE, 942), DEMO_VILLAGE, headId(942), "月报乙").set("网格编码", DEMO_GRID);
        });
    }

    private JsonNode county(String user) {
        JsonNode report = api.get(user, "/api/v1/monitoring/reports/monthly?region=360821&month=" + YearMonth.now(org.jingzhun.app.platform.time.TimeConfiguration.ZONE), 200);
        assertThat(report.get("counties")).hasSize(1);
        return report.get("counties").get(0);
    }

    private static long n(JsonNode row, String field, String key) {
        return key == null ? row.get(field).asLong() : row.get(field).get(key).asLong();
    }

    @Test
    void aMonthsWorkShowsInItsCountysRow() {
        JsonNode before = county("jianxian");
        String recognised = household(DEMO_VILLAGE, 941);
        long id = apply(api, recognised).get("caseId").asLong();
        recognise(api, jdbc, id, "MARGINAL", "\"EDUCATION\"");
        JsonNode m = api.post("village", "/api/v1/assistance/households/" + recognised + "/measures", """
                {"type": "EDUCATION_AID", "riskType": "EDUCATION", "plannedOn": "%s", "amount": 500, "responsibleUnit": "县教育局"}"""
                .formatted(today()), 201);
        api.post("village", "/api/v1/assistance/measures/" + m.get("id").asLong() + "/carried-out",
                "{\"carriedOutOn\": \"%s\", \"effect\": \"发放助学金\"}".formatted(today()), 200);
        long declined = apply(api, household(DEMO_VILLAGE, 942)).get("caseId").asLong();
        api.post("grid", "/api/v1/monitoring/cases/" + declined + "/decline", "{\"text\": \"收入稳定，无风险\"}", 200);
        JsonNode after = county("jianxian");

        assertThat(after.get("countyCode").asString()).isEqualTo("360821000000");
        assertThat(after.get("countyName").asString()).isEqualTo("吉安县");
        assertThat(n(after, "leads", "HOUSEHOLD_APPLICATION") - n(before, "leads", "HOUSEHOLD_APPLICATION")).isEqualTo(2);
        assertThat(n(after, "newlyMonitored", "MARGINAL") - n(before, "newlyMonitored", "MARGINAL")).isEqualTo(1);
        assertThat(n(after, "monitored", "MARGINAL") - n(before, "monitored", "MARGINAL")).isEqualTo(1);
        assertThat(n(after, "riskTypes", "EDUCATION") - n(before, "riskTypes", "EDUCATION")).isEqualTo(1);
        assertThat(n(after, "riskTypes", "ILLNESS") - n(before, "riskTypes", "ILLNESS")).isZero();
        assertThat(n(after, "declinedRecognitions", null) - n(before, "declinedRecognitions", null)).isEqualTo(1);
        JsonNode aidBefore = before.get("measures").get("EDUCATION_AID");
        JsonNode aidAfter = after.get("measures").get("EDUCATION_AID");
        assertThat(aidAfter.get("planned").asLong() - aidBefore.get("planned").asLong()).isEqualTo(1);
        assertThat(aidAfter.get("carriedOut").asLong() - aidBefore.get("carriedOut").asLong()).isEqualTo(1);
        assertThat(aidAfter.get("amount").decimalValue().subtract(aidBefore.get("amount").decimalValue()))
                .isEqualByComparingTo("500");
        assertThat(n(after, "removed", null)).isEqualTo(n(before, "removed", null));
    }

    @Test
    void aCountySeesOnlyItsOwnRowAndTheCitySeesAllItsCounties() {
        JsonNode city = api.get("jian", "/api/v1/monitoring/reports/monthly?region=3608", 200);
        List<String> counties = new ArrayList<>();
        city.get("counties").forEach(c -> counties.add(c.get("countyCode").asString()));
        assertThat(counties).contains("360821000000", "360822000000").allMatch(c -> c.startsWith("3608"));
        long sum = 0;
        for (JsonNode c : city.get("counties")) {
            sum += c.get("monitored").get("MARGINAL").asLong();
        }
        assertThat(city.get("total").get("monitored").get("MARGINAL").asLong()).isEqualTo(sum);
        JsonNode mine = api.get("jianxian", "/api/v1/monitoring/reports/monthly?region=3608", 200);
        assertThat(mine.get("counties")).extracting(c -> c.get("countyCode").asString()).containsExactly("360821000000");
        assertThat(api.get("jianxian", "/api/v1/monitoring/reports/monthly?region=3608&month=2026-13").status()).isEqualTo(400);
    }

    @Test
    void theWorkbookCarriesTheSameFigures() throws Exception {
        JsonNode row = county("jianxian");
        Api.Response xlsx = api.get("jianxian", "/api/v1/monitoring/reports/monthly.xlsx?region=360821&month=" + YearMonth.now(org.jingzhun.app.platform.time.TimeConfiguration.ZONE));
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            assertThat(wb.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName)).containsExactly("月报汇总", "风险类型", "帮扶措施");
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).startsWith("吉安县 " + YearMonth.now(org.jingzhun.app.platform.time.TimeConfiguration.ZONE) + " 防返贫监测月报");
            Row header = rows.stream().filter(r -> "区划代码".equals(r.getCellText(0))).findFirst().orElseThrow();
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c == null ? null : c.getRawValue()));
            Row county = rows.get(rows.indexOf(header) + 1);
            assertThat(county.getCellText(0)).isEqualTo("360821000000");
            int col = headers.indexOf("监测对象户数：边缘易致贫户");
            assertThat(county.getCellAsNumber(col).orElseThrow().longValue()).isEqualTo(row.get("monitored").get("MARGINAL").asLong());
            int leads = headers.indexOf("本月线索：农户自主申报");
            assertThat(county.getCellAsNumber(leads).orElseThrow().longValue())
                    .isEqualTo(row.get("leads").get("HOUSEHOLD_APPLICATION").asLong());
            assertThat(rows.get(rows.indexOf(header) + 2).getCellText(1)).startsWith("合计");
        }
    }
}
