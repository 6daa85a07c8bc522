// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jingzhun.app.monitoring.Fixtures.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jingzhun.app.IntegrationTest;
import org.jingzhun.app.registry.HouseholdImportService;
import org.jingzhun.app.security.TestLogins;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The server-streamed exports of the lists (cases, overdue cases, leads, the warning task list, help
 * gaps, screening runs): every row of the caller's region and none outside it — down to a grid
 * worker's grid — Chinese headers, cells that a spreadsheet would run as a formula neutralised, in
 * .csv and .xlsx, and an audit record for each export.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListExportsIT {

    static final String NEIGHBOUR_GRID = "360821100201002";
    static final String SIBLING_VILLAGE = "360821100202";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"点击\")";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HouseholdImportService households;

    Api api;
    String own;
    String neighbour;
    String sibling;
    String other;

    @BeforeAll
    void householdsCasesGapsAndAScreening() throws Exception {
        api = new Api(port);
        String otherVillage = otherCountyVillage(jdbc);
        own = household(DEMO_VILLAGE, 961);
        neighbour = household(DEMO_VILLAGE, 962);
        sibling = household(SIBLING_VILLAGE, 963);
        other = household(otherVillage, 964);
        importHouseholds(households, f -> {
            f.head(own, DEMO_VILLAGE, headId(961), "导出甲").set("网格编码", DEMO_GRID).set("住房安全", "否");
            f.head(neighbour, DEMO_VILLAGE, headId(962), "导出乙").set("网格编码", NEIGHBOUR_GRID).set("住房安全", "否");
            f.head(sibling, SIBLING_VILLAGE, headId(963), "导出丙").set("住房安全", "否");
            f.head(other, otherVillage, headId(964), "导出丁").set("住房安全", "否");
        });
        // a lead each (a recognition case each); the own household's source is a formula
        long ownCase = lead("grid", own, FORMULA);
        long neighbourCase = lead("village", neighbour, "村委会排查");
        long siblingCase = lead("township", sibling, "乡镇排查");
        var created = TestLogins.client("http://localhost:" + port, "admin").post().uri("/api/v1/users")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("username", "county360822", "password", TestLogins.PASSWORD, "role", "COUNTY",
                        "regionCode", "360822000000"))
                .exchange((req, res) -> res.getStatusCode().value());
        assertThat(created).isIn(201, 409);
        long otherCase = lead("county360822", other, "县级排查");
        // a screening of 吉安市 (both counties), before any is monitored: a housing warning for each household
        var run = api.post("province", "/api/v1/screening/runs", "{\"region\":\"360800000000\"}");
        assertThat(run.status()).as(run.toString()).isEqualTo(202);
        String job = run.json().get("id").asString();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (api.get("province", "/api/v1/jobs/" + job).text().contains("\"RUNNING\"")) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(200);
        }
        assertThat(api.get("province", "/api/v1/jobs/" + job).text()).contains("\"SUCCEEDED\"");
        // the demo village's two: recognised, their help plans due 20 days ago without a measure (help gaps)
        recognise(api, jdbc, ownCase, "MARGINAL", "\"ILLNESS\"");
        recogniseVisitedBy("village", neighbourCase);
        daysPass(jdbc, ownCase, 20);
        daysPass(jdbc, neighbourCase, 20);
        // the other two: still waiting for the visit, 10 days on (overdue)
        daysPass(jdbc, siblingCase, 10);
        daysPass(jdbc, otherCase, 10);
    }

    private long lead(String user, String householdId, String source) {
        return api.post(user, "/api/v1/monitoring/leads", """
                {"householdId": "%s", "channel": "CADRE_REPORT", "source": "%s", "riskType": "ILLNESS"}"""
                .formatted(householdId, source.replace("\"", "\\\"")), 201).get("caseId").asLong();
    }

    private void recogniseVisitedBy(String visitor, long caseId) {
        String cases = "/api/v1/monitoring/cases/" + caseId;
        api.post(visitor, cases + "/visit", """
                {"authorisationSigned": true, "category": "MARGINAL", "riskTypes": ["ILLNESS"], "notes": "入户核实"}""", 200);
        api.post("village", cases + "/village-review", "{\"minutes\": \"村民代表会议一致同意\"}", 200);
        daysPass(jdbc, caseId, 5);
        api.post("village", cases + "/notice-end", null, 200);
        api.post("township", cases + "/township-review", "{\"text\": \"同意\"}", 200);
        api.post("jianxian", cases + "/confirmation", "{\"evidence\": [\"住院费用结算单\"]}", 200);
    }

    /** Each list's export, for the region {@code region}, as CSV. */
    private static List<String> exports(String region) {
        return List.of("/api/v1/monitoring/cases/export?region=" + region,
                "/api/v1/monitoring/leads/export?region=" + region,
                "/api/v1/screening/tasks/export?region=" + region,
                "/api/v1/assistance/gaps/export?region=" + region);
    }

    private String csv(String user, String path) {
        Api.Response r = api.get(user, path + (path.contains("?") ? "&" : "?") + "format=csv");
        assertThat(r.status()).as(user + " " + path + " " + r).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/csv");
        return r.text();
    }

    @Test
    void eachExportHasTheRowsOfTheCallersRegionOnly() {
        Map<String, Set<String>> visible = Map.of(
                "grid", Set.of(own),
                "village", Set.of(own, neighbour),
                "township", Set.of(own, neighbour, sibling),
                "jianxian", Set.of(own, neighbour, sibling),
                "jian", Set.of(own, neighbour, sibling, other));
        List<String> wrong = new ArrayList<>();
        for (var e : visible.entrySet()) {
            String user = e.getKey();
            // asked for the whole province: the caller's region, not more
            for (String path : exports("360000000000")) {
                String body = csv(user, path);
                for (String h : List.of(own, neighbour, sibling, other)) {
                    // gaps are the two recognised households only
                    boolean expected = e.getValue().contains(h) && (!path.contains("/gaps/") || h.equals(own) || h.equals(neighbour));
                    if (body.contains(h) != expected) {
                        wrong.add(user + " " + path + (expected ? " lacks " : " shows ") + h);
                    }
                }
            }
            String overdue = csv(user, "/api/v1/monitoring/overdue/export?region=360000000000");
            for (String h : List.of(sibling, other)) {
                if (overdue.contains(h) != e.getValue().contains(h)) {
                    wrong.add(user + " overdue export " + (e.getValue().contains(h) ? "lacks " : "shows ") + h);
                }
            }
            if (overdue.contains(own) || overdue.contains(neighbour)) {
                wrong.add(user + " overdue export shows a closed case");
            }
        }
        assertThat(wrong).isEmpty();
        // the list's filters apply: the demo village only, and only open cases
        String village = csv("jianxian", "/api/v1/monitoring/cases/export?region=" + DEMO_VILLAGE);
        assertThat(village).contains(own, neighbour).doesNotContain(sibling);
        assertThat(csv("jianxian", "/api/v1/monitoring/cases/export?region=360821&open=true")).contains(sibling)
                .doesNotContain(own);
        assertThat(csv("jianxian", "/api/v1/monitoring/leads/export?region=360821&channel=HOUSEHOLD_APPLICATION"))
                .doesNotContain(own);
    }

    @Test
    void namesAreMaskedAsInTheList() {
        // local staff see the head's name in full, the county 导* (DOMAIN.md §3)
        assertThat(csv("village", "/api/v1/monitoring/cases/export?region=" + DEMO_VILLAGE)).contains("导出甲");
        String county = csv("jianxian", "/api/v1/monitoring/cases/export?region=" + DEMO_VILLAGE);
        assertThat(county).doesNotContain("导出甲").contains("导**");
        assertThat(csv("jianxian", "/api/v1/screening/tasks/export?region=" + DEMO_VILLAGE)).doesNotContain("导出甲");
        assertThat(csv("jianxian", "/api/v1/assistance/gaps/export?region=" + DEMO_VILLAGE)).doesNotContain("导出甲");
    }

    @Test
    void headersAreChineseAndAFormulaIsNeutralisedInCsv() {
        String leads = csv("village", "/api/v1/monitoring/leads/export?region=" + DEMO_VILLAGE);
        assertThat(leads).startsWith("\uFEFF线索号,收到日期,户编号,渠道,风险类型,来源,备注,处理结果,登记时间,登记人\r\n");
        String line = leads.lines().filter(l -> l.contains(own) && l.contains("HYPERLINK")).findFirst().orElseThrow();
        assertThat(line).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\",").contains("基层干部排查");
        assertThat(csv("village", "/api/v1/monitoring/cases/export?region=" + DEMO_VILLAGE))
                .startsWith("\uFEFF案件号,户编号,村（社区）,户主,案件类型,办理环节,");
        assertThat(csv("village", "/api/v1/screening/tasks/export?region=" + DEMO_VILLAGE))
                .startsWith("\uFEFF户编号,村（社区）,户主,户类型,类别,规则,");
        assertThat(csv("village", "/api/v1/assistance/gaps/export?region=" + DEMO_VILLAGE))
                .startsWith("\uFEFF户编号,村（社区）,户主,缺少措施的风险,帮扶起算日,措施期限,案件号\r\n");
        assertThat(csv("village", "/api/v1/monitoring/overdue/export?region=" + DEMO_VILLAGE)).startsWith("\uFEFF案件号,户编号,");
        assertThat(csv("province", "/api/v1/screening/runs/export")).startsWith("\uFEFF批次,筛查区划,筛查日期,方式,");
    }

    @Test
    void xlsxHasChineseHeadersTextIdsAndTheFormulaAsText() throws Exception {
        Api.Response r = api.get("grid", "/api/v1/monitoring/leads/export?region=" + DEMO_VILLAGE);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).contains("spreadsheetml");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.bytes()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.getFirst().getCellText(0)).isEqualTo("线索号");
            assertThat(rows.getFirst().getCellText(5)).isEqualTo("来源");
            Row mine = rows.stream().skip(1).filter(row -> own.equals(row.getCellText(2))).findFirst().orElseThrow();
            assertThat(mine.getCell(2).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
            assertThat(mine.getCellText(5)).isEqualTo("'" + FORMULA);
            assertThat(mine.getCell(5).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
        }
        Api.Response cases = api.get("jianxian", "/api/v1/monitoring/cases/export?region=" + DEMO_VILLAGE + "&format=xlsx");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(cases.bytes()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(wb.getFirstSheet().getName()).isEqualTo("案件");
            assertThat(rows.getFirst().getCellText(1)).isEqualTo("户编号");
            assertThat(rows.stream().skip(1).map(row -> row.getCellText(1))).contains(own, neighbour);
        }
        assertThat(api.get("village", "/api/v1/monitoring/cases/export?region=" + DEMO_VILLAGE + "&format=pdf").status())
                .isEqualTo(400);
    }

    @Test
    void everyExportIsAudited() {
        String since = Instant.now().toString();
        for (String path : exports(DEMO_VILLAGE)) {
            csv("grid", path);
        }
        csv("grid", "/api/v1/monitoring/overdue/export?region=" + DEMO_VILLAGE);
        csv("grid", "/api/v1/screening/runs/export");
        csv("grid", "/api/v1/households/export");
        List<String> actions = jdbc.sql("""
                        select action from audit_log where actor = 'grid' and role = 'GRID_WORKER' and action like '%.export'
                          and at >= cast(:since as timestamptz) order by id""")
                .param("since", since).query(String.class).list();
        assertThat(actions).containsExactly("monitoring.case.export", "monitoring.lead.export", "screening.task.export",
                "assistance.gap.export", "monitoring.overdue.export", "screening.run.export", "household.export");
        String after = jdbc.sql("select after::text from audit_log where actor = 'grid' and action = 'monitoring.lead.export'"
                + " order by id desc limit 1").query(String.class).single();
        assertThat(after).contains("\"format\": \"csv\"");
        assertThat(new String(api.get("auditor", "/api/v1/audit?action=monitoring.case.export&actor=grid").bytes(),
                StandardCharsets.UTF_8)).contains("cases:" + DEMO_VILLAGE);
    }
}
