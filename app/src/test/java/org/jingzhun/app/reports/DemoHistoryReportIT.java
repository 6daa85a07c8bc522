// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jingzhun.app.TestApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code serve --demo-history} on an empty database at the default demo scale S = 0.01: the poverty
 * report, run on the loaded history, gives the seeds' figures (DOMAIN.md §1) — 346万 × S poor persons
 * and 9.21 % at the end of 2013, 9.6万 × S and 0.27 % at the end of 2019, and the 25 poverty counties
 * exited in the years DOMAIN.md gives — and the exit evaluation agrees with each county's exit year.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jingzhun.data-dir=target/it-data/${random.uuid}",
        "jingzhun.embedded-postgres.ephemeral=true",
        "jingzhun.demo.enabled=true",
        "jingzhun.demo.households=false",
        "jingzhun.demo.history=true",
        "jingzhun.demo.scale=0.01",
        "jingzhun.demo.seed=1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoHistoryReportIT {

    private static final double S = 0.01;
    /** DOMAIN.md §1, by year of approval (上饶县 is now 广信区). */
    private static final Map<String, Integer> COUNTY_EXITS = new LinkedHashMap<>();

    static {
        for (String c : List.of("井冈山市", "吉安县")) {
            COUNTY_EXITS.put(c, 2017);
        }
        for (String c : List.of("瑞金市", "万安县", "永新县", "广昌县", "广信区", "横峰县")) {
            COUNTY_EXITS.put(c, 2018);
        }
        for (String c : List.of("会昌县", "寻乌县", "安远县", "上犹县", "石城县", "南康区", "遂川县", "余干县", "乐安县", "莲花县")) {
            COUNTY_EXITS.put(c, 2019);
        }
        for (String c : List.of("于都县", "兴国县", "宁都县", "赣县区", "鄱阳县", "修水县", "都昌县")) {
            COUNTY_EXITS.put(c, 2020);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.jingzhun.app.exit.DemoHistoryAccess demo;

    TestApi api;
    Map<String, Integer> exitYearByCode = new LinkedHashMap<>();

    @BeforeAll
    void waitForTheHistory() throws InterruptedException {
        api = new TestApi(port, "province");
        String state = null;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            state = jdbc.sql("select state from job where kind = 'demo-history'").query(String.class).optional().orElse(null);
            if (state != null && !state.equals("RUNNING")) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(state).isEqualTo("SUCCEEDED");
        COUNTY_EXITS.forEach((name, year) -> exitYearByCode.put(jdbc.sql(
                "select code from region where level = 'county' and code like '36%' and name = :name").param("name", name)
                .query(String.class).single(), year));
    }

    private JsonNode report(String region, int year) {
        return api.ok("/api/v1/reports/poverty?region=" + region + "&year=" + year);
    }

    @Test
    void theProvinceIn2013Had346WanTimesSPoorPersonsAndAnIncidenceOf921Percent() {
        JsonNode r = report("360000000000", 2013);
        assertThat(r.get("poorPersons").asLong()).isEqualTo(Math.round(3_460_000 * S));
        assertThat(r.get("incidence").decimalValue().movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("9.21");
        assertThat(r.get("ruralPersons").asLong()).isEqualTo(Math.round(3_460_000 / 0.0921 * S));
        assertThat(r.get("poorVillages").asLong()).isEqualTo(3_058);
        assertThat(r.get("exitedCounties")).isEmpty();
        assertThat(r.get("regionName").asString()).isEqualTo("江西省");
    }

    @Test
    void attheEndOf2019PointNineSixWanTimesSWereLeftAtPointTwoSevenPercent() {
        JsonNode r = report("36", 2019);
        assertThat(r.get("poorPersons").asLong()).isEqualTo(Math.round(96_000 * S));
        assertThat(r.get("incidence").decimalValue().movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("0.27");
        assertThat(r.get("poorVillages").asLong()).isBetween(1L, 3_057L);
        JsonNode end = report("36", 2020);
        assertThat(end.get("poorPersons").asLong()).isZero();
        assertThat(end.get("poorVillages").asLong()).isZero();
        assertThat(end.get("exitedCounties")).hasSize(25);
    }

    @Test
    void eachPovertyCountyExitedInTheYearDomainGives() {
        for (int year = 2013; year <= 2020; year++) {
            TreeSet<String> expected = new TreeSet<>();
            for (Map.Entry<String, Integer> e : exitYearByCode.entrySet()) {
                if (e.getValue() <= year) {
                    expected.add(e.getKey());
                }
            }
            List<String> actual = new ArrayList<>();
            report("360000000000", year).get("exitedCounties").forEach(c -> actual.add(c.asString()));
            assertThat(actual).as("exited by the end of " + year).containsExactlyElementsOf(expected);
        }
        JsonNode jian = report("360800000000", 2017);
        assertThat(jian.get("exitedCountyNames").toString()).contains("井冈山市").contains("吉安县");
    }

    @Test
    void everyCountyPassesThreeRatesAndRecognitionInTheYearItsExitRestsOnAndNotTheYearBefore() {
        exitYearByCode.forEach((code, approved) -> {
            JsonNode pass = api.ok("/api/v1/exit/counties/" + code + "/evaluation?year=" + (approved - 1));
            assertThat(pass.get("evaluation").get("verdict").asString()).as(code + " in " + (approved - 1)).isEqualTo("PASS");
            assertThat(pass.get("exitYear").asInt()).isEqualTo(approved);
            JsonNode before = api.ok("/api/v1/exit/counties/" + code + "/evaluation?year=" + (approved - 2));
            assertThat(before.get("evaluation").get("verdict").asString()).as(code + " in " + (approved - 2)).isEqualTo("FAIL");
            assertThat(before.get("evaluation").get("criteria").get(0).get("verdict").asString()).isEqualTo("FAIL");
        });
        String stored = jdbc.sql("select evaluation->>'verdict' from poverty_county where county_code = :c")
                .param("c", exitYearByCode.keySet().iterator().next()).query(String.class).single();
        assertThat(stored).isEqualTo("PASS");
    }

    @Test
    void aPoorVillageExitsInTheFirstYearItsIncidenceFallsBelowTwoPercent() {
        String county = exitYearByCode.keySet().iterator().next(); // 井冈山市
        JsonNode villages = api.ok("/api/v1/exit/villages?region=" + county + "&year=2016");
        assertThat(villages.size()).isPositive();
        int checked = 0;
        for (JsonNode v : villages) {
            int exit = v.get("exitYear").asInt();
            if (exit <= 2014 || v.get("ruralPersons").asLong() == 0) {
                continue;
            }
            String code = v.get("code").asString();
            assertThat(api.ok("/api/v1/exit/villages/" + code + "/evaluation?year=" + exit).get("evaluation").get("verdict").asString())
                    .as(code + " in " + exit).isEqualTo("PASS");
            assertThat(api.ok("/api/v1/exit/villages/" + code + "/evaluation?year=" + (exit - 1)).get("evaluation").get("verdict")
                    .asString()).as(code + " in " + (exit - 1)).isEqualTo("FAIL");
            checked++;
        }
        assertThat(checked).isPositive();
    }

    @Test
    void aCountyOfficerGetsTheReportOfTheCountyOnly() {
        TestApi jianxian = new TestApi(port, "jianxian");   // 吉安县
        JsonNode own = jianxian.ok("/api/v1/reports/poverty?region=360821&year=2016");
        assertThat(own.get("poorPersons").asLong()).isEqualTo(report("360821000000", 2016).get("poorPersons").asLong()).isPositive();
        assertThat(jianxian.get("/api/v1/reports/poverty?region=36&year=2016").status()).isEqualTo(404);
        assertThat(jianxian.get("/api/v1/reports/poverty?region=360881&year=2016").status()).isEqualTo(404);
        assertThat(jianxian.get("/api/v1/exit/counties/360881000000/evaluation?year=2016").status()).isEqualTo(404);
    }

    @Test
    void citiesAddUpToTheProvince() {
        for (int year : new int[] {2013, 2016, 2019}) {
            JsonNode province = report("36", year);
            long poor = 0;
            long rural = 0;
            long villages = 0;
            for (String city : jdbc.sql("select code from region where level = 'city' and code like '36%'").query(String.class).list()) {
                JsonNode r = report(city, year);
                poor += r.get("poorPersons").asLong();
                rural += r.get("ruralPersons").asLong();
                villages += r.get("poorVillages").asLong();
            }
            assertThat(poor).isEqualTo(province.get("poorPersons").asLong());
            assertThat(rural).isEqualTo(province.get("ruralPersons").asLong());
            assertThat(villages).isEqualTo(province.get("poorVillages").asLong());
        }
    }

    @Test
    void theSeriesExportsToXlsxOneRowPerYear() throws Exception {
        byte[] xlsx = api.bytes("/api/v1/reports/poverty/export?region=36");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(9);
            assertThat(rows.get(0).getCellText(5)).isEqualTo("贫困发生率(%)");
            assertThat(rows.get(1).getCellText(2)).isEqualTo("2013");
            assertThat(rows.get(1).getCellText(4)).isEqualTo(String.valueOf(Math.round(3_460_000 * S)));
            assertThat(rows.get(8).getCellText(7)).isEqualTo("25");
        }
    }

    @Test
    void aYearWithoutHistoryIsNotFoundAndARestartLoadsNothingAgain() {
        TestApi.Response r = api.get("/api/v1/reports/poverty?region=36&year=2010");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body().get("detail").asString()).contains("2010");
        demo.loadAgain();
        assertThat(jdbc.sql("select count(*) from job where kind = 'demo-history'").query(Long.class).single()).isEqualTo(1);
    }
}
