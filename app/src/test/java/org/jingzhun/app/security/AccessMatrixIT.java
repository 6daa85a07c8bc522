// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.security;

import org.jingzhun.app.IntegrationTest;
import org.jingzhun.app.platform.jobs.JobProgress;
import org.jingzhun.app.registry.HouseholdImportService;
import org.jingzhun.app.registry.TemplateFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role against every people-returning endpoint, with households in the caller's own village (in the
 * grid worker's grid, and in another grid of the same village), a sibling village, another township,
 * another county and another city. A household outside the caller's scope must answer 404 (never 403
 * with data, never 200), lists, counts, search and exports must not name it, and roles without access to
 * people get 403 without data. Any leak fails the test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    record Place(String name, String village, String grid, String householdId, String headId, String headName) {
    }

    record Response(int status, String body) {
    }

    /** The lists exported by the server ({@code <list>/export}, with the list's region filter). */
    static final List<String> LIST_EXPORTS = List.of("/api/v1/monitoring/cases", "/api/v1/monitoring/leads",
            "/api/v1/monitoring/overdue", "/api/v1/screening/tasks", "/api/v1/assistance/gaps");

    static final List<String> PEOPLE_ROLES = List.of("admin", "province", "jian", "jianxian", "township", "village", "grid");
    static final String OWN_GRID = "360821100201001";
    static final String OTHER_GRID = "360821100201002";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HouseholdImportService households;

    final Map<String, Place> places = new LinkedHashMap<>();

    @BeforeAll
    void householdsAndAScreening() throws Exception {
        // the demo village has several demo grids; the grid worker `grid` has the first
        assertThat(jdbc.sql("select count(*) from grid where village_code = '360821100201'").query(Long.class).single())
                .isGreaterThanOrEqualTo(2);
        place("own", "360821100201", OWN_GRID, 801);                                    // the demo village, grid 001
        place("sibling", "360821100202", null, 802);                                    // same township
        place("township", village("360821101%"), null, 803);                            // another township of 吉安县
        place("county", village("360822%"), null, 804);                                 // 吉水县, same city
        place("city", village("3601%"), null, 805);                                     // 南昌市
        place("neighbour", "360821100201", OTHER_GRID, 806);                            // the demo village, grid 002
        TemplateFile file = new TemplateFile();
        for (Place p : places.values()) {
            file.head(p.householdId(), p.village(), p.headId(), p.headName()).set("住房安全", "否");
            if (p.grid() != null) {
                file.set("网格编码", p.grid());
            }
        }
        Path csv = Files.createTempFile("access", ".csv");
        Files.write(csv, file.csv(StandardCharsets.UTF_8));
        assertThat(households.importFile(csv, "test", JobProgress.NONE).applied()).isTrue();
        Files.delete(csv);
        // a screening run of the province, so that warnings, tasks and summaries exist
        Response run = post("province", "/api/v1/screening/runs", "{\"region\":\"360000000000\"}");
        assertThat(run.status()).as(run.body()).isEqualTo(202);
        String job = run.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (get("province", "/api/v1/jobs/" + job).body().contains("\"RUNNING\"")) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(200);
        }
        assertThat(get("province", "/api/v1/jobs/" + job).body()).contains("\"SUCCEEDED\"");
        // a cadre's lead for every household (a case each), posted by a county officer of its county
        for (Place p : places.values()) {
            String county = p.village().substring(0, 6);
            String officer = county.equals("360821") ? "jianxian" : "county" + county;
            if (!county.equals("360821")) {
                Response created = post("admin", "/api/v1/users", "{\"username\":\"" + officer + "\",\"password\":\""
                        + TestLogins.PASSWORD + "\",\"role\":\"COUNTY\",\"regionCode\":\"" + county + "000000\"}");
                assertThat(created.status()).as(created.body()).isIn(201, 409);
            }
            Response lead = post(officer, "/api/v1/monitoring/leads", "{\"householdId\":\"" + p.householdId()
                    + "\",\"channel\":\"CADRE_REPORT\",\"source\":\"入户排查\",\"riskType\":\"ILLNESS\"}");
            assertThat(lead.status()).as(officer + " lead " + lead.body()).isEqualTo(201);
        }
    }

    /** Which of the places each account may see. */
    static Set<String> visible(String user) {
        return switch (user) {
            case "admin", "province" -> Set.of("own", "neighbour", "sibling", "township", "county", "city");
            case "jian" -> Set.of("own", "neighbour", "sibling", "township", "county");
            case "jianxian" -> Set.of("own", "neighbour", "sibling", "township");
            case "township" -> Set.of("own", "neighbour", "sibling");
            case "village" -> Set.of("own", "neighbour");
            case "grid" -> Set.of("own"); // the grid worker's grid only, not the rest of the village
            default -> Set.of();
        };
    }

    @Test
    void singleReadsOutsideTheRegionAnswer404AndInsideAnswer200() {
        List<String> leaks = new ArrayList<>();
        for (String user : PEOPLE_ROLES) {
            for (var e : places.entrySet()) {
                boolean mine = visible(user).contains(e.getKey());
                String id = e.getValue().householdId();
                for (String path : List.of("/api/v1/households/" + id, "/api/v1/households/" + id + "/history",
                        "/api/v1/households/" + id + "/warnings", "/api/v1/households/" + id + "?asOf=2030-01-01",
                        "/api/v1/monitoring/households/" + id, "/api/v1/assistance/households/" + id + "/plan",
                        "/api/v1/exit/households/" + id + "/evaluation?year=2025")) {
                    Response r = get(user, path);
                    int expected = mine ? 200 : 404;
                    // a 404 may repeat the number asked for; it must not say anything about the household
                    boolean data = r.body().contains(e.getValue().headName()) || r.body().contains("\"members\"")
                            || r.body().contains(e.getValue().headId().substring(14));
                    if (r.status() != expected || (!mine && data)) {
                        leaks.add(user + " GET " + path + " → " + r.status() + " (expected " + expected + ")");
                    }
                }
                Response patch = patch(user, "/api/v1/households/" + id, "{\"reason\":\"核实\",\"waterSafe\":false}");
                if (!mine && patch.status() != 404) {
                    leaks.add(user + " PATCH " + id + " → " + patch.status());
                }
                Response tried = post(user, "/api/v1/rules/test", "{\"householdId\":\"" + id + "\",\"code\":\"W_WATER\"}");
                if (tried.status() != (mine ? 200 : 404)) {
                    leaks.add(user + " POST /rules/test " + id + " → " + tried.status());
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void listsSearchesCountsAndExportsNameOnlyTheCallersHouseholds() {
        List<String> leaks = new ArrayList<>();
        for (String user : PEOPLE_ROLES) {
            Map<String, String> bodies = new LinkedHashMap<>();
            bodies.put("list", get(user, "/api/v1/households?size=500").body());
            bodies.put("export", get(user, "/api/v1/households/export?format=csv").body());
            bodies.put("tasks", get(user, "/api/v1/screening/tasks?region=360000000000&size=500").body());
            bodies.put("summary", get(user, "/api/v1/screening/summary?region=360000000000").body());
            bodies.put("runs", get(user, "/api/v1/screening/runs").body());
            bodies.put("runs export", get(user, "/api/v1/screening/runs/export?format=csv").body());
            for (String r : List.of("360000000000", "360800000000", "360821000000", "360821100000", "360821100201")) {
                bodies.put("cases " + r, get(user, "/api/v1/monitoring/cases?region=" + r + "&size=500").body());
                bodies.put("leads " + r, get(user, "/api/v1/monitoring/leads?region=" + r + "&size=500").body());
                bodies.put("overdue " + r, get(user, "/api/v1/monitoring/overdue?region=" + r + "&size=500").body());
                bodies.put("monthly " + r, get(user, "/api/v1/monitoring/reports/monthly?region=" + r).body());
                bodies.put("settlements " + r, get(user, "/api/v1/medical/settlements?region=" + r).body());
                bodies.put("gaps " + r, get(user, "/api/v1/assistance/gaps?region=" + r).body());
                // the lists' exports (streamed by the server, every row of the filters)
                for (String list : LIST_EXPORTS) {
                    bodies.put(list + " export " + r, get(user, list + "/export?format=csv&region=" + r).body());
                }
            }
            for (var e : places.entrySet()) {
                Place p = e.getValue();
                bodies.put("search " + e.getKey(), get(user, "/api/v1/households?q=" + p.headId()).body());
                bodies.put("region " + e.getKey(), get(user, "/api/v1/households?region=" + p.village()).body());
                bodies.put("tasks " + e.getKey(), get(user, "/api/v1/screening/tasks?region=" + p.village()).body());
                bodies.put("cases " + e.getKey(), get(user, "/api/v1/monitoring/cases?region=" + p.village()).body());
                bodies.put("cases export " + e.getKey(),
                        get(user, "/api/v1/monitoring/cases/export?format=csv&region=" + p.village()).body());
                bodies.put("tasks export " + e.getKey(),
                        get(user, "/api/v1/screening/tasks/export?format=csv&region=" + p.village()).body());
                bodies.put("leads export " + e.getKey(),
                        get(user, "/api/v1/monitoring/leads/export?format=csv&region=" + p.village()).body());
                bodies.put("notice " + e.getKey(), get(user, "/api/v1/monitoring/notice?village=" + p.village()).body());
            }
            for (var e : places.entrySet()) {
                boolean mine = visible(user).contains(e.getKey());
                for (var b : bodies.entrySet()) {
                    boolean named = b.getValue().contains(e.getValue().householdId());
                    if (!mine && named) {
                        leaks.add(user + " sees " + e.getKey() + " in " + b.getKey());
                    }
                }
                // and the caller does find their own
                if (mine && !bodies.get("search " + e.getKey()).contains(e.getValue().householdId())) {
                    leaks.add(user + " cannot find own " + e.getKey());
                }
                if (mine && !bodies.get("export").contains(e.getValue().householdId())) {
                    leaks.add(user + " export lacks own " + e.getKey());
                }
                if (mine && !bodies.get("tasks " + e.getKey()).contains(e.getValue().householdId())) {
                    leaks.add(user + " task list lacks own " + e.getKey());
                }
                if (mine && !bodies.get("cases " + e.getKey()).contains(e.getValue().householdId())) {
                    leaks.add(user + " case list lacks own " + e.getKey());
                }
                for (String export : List.of("cases export ", "tasks export ", "leads export ")) {
                    if (mine && !bodies.get(export + e.getKey()).contains(e.getValue().householdId())) {
                        leaks.add(user + " " + export + "lacks own " + e.getKey());
                    }
                }
            }
            // county counts outside the caller's region are not reported
            if (!visible(user).contains("county") && bodies.get("summary").contains("360822")) {
                leaks.add(user + " summary names 吉水县");
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void reportsAndEvaluationsOfRegionsOutsideTheScopeAnswer404() {
        List<String> leaks = new ArrayList<>();
        Map<String, String> regions = new LinkedHashMap<>();
        regions.put("province", "360000000000");
        regions.put("jian", "360800000000");
        regions.put("jianxian", "360821000000");
        regions.put("township", "360821100000");
        regions.put("village", "360821100201");
        for (String user : PEOPLE_ROLES) {
            for (var r : regions.entrySet()) {
                // a region is the caller's when it lies within the caller's own region
                boolean mine = switch (user) {
                    case "admin", "province" -> true;
                    case "grid" -> r.getKey().equals("village");
                    default -> List.copyOf(regions.keySet()).indexOf(r.getKey()) >= List.copyOf(regions.keySet()).indexOf(user);
                };
                // the poverty report of a region outside the caller's answers 404 "no such region"; inside it,
                // a report or "no data" (this database has no history loaded); a grid worker gets none (403):
                // the history counts villages, not grids
                Response poverty = get(user, "/api/v1/reports/poverty?year=2019&region=" + r.getValue());
                boolean noData = poverty.status() == 404 && poverty.body().contains("没有 2019 年末");
                if (user.equals("grid")) {
                    if (poverty.status() != 403) {
                        leaks.add("grid poverty report of " + r.getKey() + " → " + poverty.status());
                    }
                } else if (mine ? !(poverty.status() == 200 || noData) : (poverty.status() != 404 || noData)) {
                    leaks.add(user + " poverty report of " + r.getKey() + " → " + poverty.status() + " " + poverty.body());
                }
                // a county list of a region outside the caller's is not theirs
                if (r.getValue().endsWith("000000") && !mine) {
                    int status = get(user, "/api/v1/exit/counties?year=2019&region=" + r.getValue()).status();
                    if (status == 200) {
                        leaks.add(user + " exit counties of " + r.getKey() + " → 200");
                    }
                }
            }
            // a monthly report asked for a larger region counts only the caller's own households
            String own = regions.getOrDefault(user, user.equals("grid") ? "360821100201" : "360000000000");
            String mineReport = get(user, "/api/v1/monitoring/reports/monthly?region=" + own).body();
            String wider = get(user, "/api/v1/monitoring/reports/monthly?region=360000000000").body();
            if (!figures(mineReport).equals(figures(wider))) {
                leaks.add(user + " monthly report of the province differs from their own region's: " + figures(wider)
                        + " vs " + figures(mineReport));
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void whatIfAndScreeningOfAForeignRegionAnswer404() {
        for (String user : List.of("jianxian", "township", "village", "grid")) {
            Response w = post(user, "/api/v1/screening/what-if", "{\"region\":\"360822000000\",\"parameters\":{\"monitoring_line\":9000}}");
            assertThat(w.status()).as(user + " what-if " + w.body()).isEqualTo(404);
        }
        assertThat(post("jianxian", "/api/v1/screening/runs", "{\"region\":\"360822000000\"}").status()).isEqualTo(404);
        assertThat(post("township", "/api/v1/screening/runs", "{\"region\":\"360821100000\"}").status()).isEqualTo(403);
        Response mine = post("jianxian", "/api/v1/screening/what-if", "{\"region\":\"360821000000\",\"parameters\":{\"monitoring_line\":9000}}");
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.body()).doesNotContain("360822");
    }

    @Test
    void aGridWorkerReachesNothingOfAnotherGridOfTheVillage() {
        Place own = places.get("own");
        Place other = places.get("neighbour");
        Map<String, Long> cases = casesByHousehold(get("village", "/api/v1/monitoring/cases?region=360821100201&size=500").body());
        assertThat(cases).containsKeys(own.householdId(), other.householdId());
        List<String> leaks = new ArrayList<>();
        // the cases themselves, their notices and attachments
        for (String path : List.of("", "/notice", "/attachments")) {
            Response r = get("grid", "/api/v1/monitoring/cases/" + cases.get(other.householdId()) + path);
            if (r.status() != 404 || r.body().contains(other.headName())) {
                leaks.add("grid GET case of the other grid" + path + " → " + r.status());
            }
        }
        assertThat(get("grid", "/api/v1/monitoring/cases/" + cases.get(own.householdId())).status()).isEqualTo(200);
        // no record is made for a household of another grid: it does not exist for the grid worker
        Map<String, String> writes = new LinkedHashMap<>();
        writes.put("/api/v1/monitoring/leads", "{\"householdId\":\"" + other.householdId()
                + "\",\"channel\":\"CADRE_REPORT\",\"source\":\"网格巡查\",\"riskType\":\"ILLNESS\"}");
        writes.put("/api/v1/monitoring/cases/" + cases.get(other.householdId()) + "/visit",
                "{\"authorisationSigned\":true,\"category\":\"MARGINAL\",\"riskTypes\":[\"ILLNESS\"],\"notes\":\"入户\"}");
        writes.put("/api/v1/assistance/households/" + other.householdId() + "/measures", "{\"type\":\"MEDICAL\","
                + "\"riskType\":\"ILLNESS\",\"plannedOn\":\"2026-01-05\",\"responsibleUnit\":\"镇卫生院\"}");
        writes.put("/api/v1/monitoring/households/" + other.householdId() + "/removal/eligibility",
                "{\"incomeStableSince\":\"2025-01-01\",\"rigidSpendingResolved\":true,\"resolutions\":{}}");
        writes.put("/api/v1/monitoring/households/" + other.householdId() + "/removal",
                "{\"incomeStableSince\":\"2025-01-01\",\"rigidSpendingResolved\":true,\"resolutions\":{}}");
        writes.put("/api/v1/medical/settlements/calculate", "{\"total\":10000,\"eligible\":8000,"
                + "\"hospitalLevel\":\"SECONDARY\",\"idNumber\":\"" + other.headId() + "\"}");
        for (var w : writes.entrySet()) {
            Response r = post("grid", w.getKey(), w.getValue());
            if (r.status() != 404 || r.body().contains(other.headName())) {
                leaks.add("grid POST " + w.getKey() + " → " + r.status() + " " + r.body());
            }
        }
        Response mine = post("grid", "/api/v1/medical/settlements/calculate", "{\"total\":10000,\"eligible\":8000,"
                + "\"hospitalLevel\":\"SECONDARY\",\"idNumber\":\"" + own.headId() + "\"}");
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(leaks).isEmpty();
    }

    @Test
    void aGridWorkersCountsAreTheirGridsAndTheVillagesIncludeTheOtherGrid() {
        String village = "360821100201";
        // findings per region: the grid worker's count only their grid's households
        long gridHouseholds = sum(get("grid", "/api/v1/screening/summary?region=" + village).body(), "households");
        long villageHouseholds = sum(get("village", "/api/v1/screening/summary?region=" + village).body(), "households");
        assertThat(gridHouseholds).isPositive().isLessThan(villageHouseholds);
        // the monthly report: this month's cadre leads (one per test household, more in the village)
        long gridLeads = sum(get("grid", "/api/v1/monitoring/reports/monthly?region=" + village).body(), "CADRE_REPORT");
        long villageLeads = sum(get("village", "/api/v1/monitoring/reports/monthly?region=" + village).body(), "CADRE_REPORT");
        assertThat(gridLeads).isPositive().isLessThan(villageLeads);
        // a what-if counts the grid's households (a line above every test household's income flags them all)
        String body = "{\"region\":\"" + village + "\",\"parameters\":{\"monitoring_line\":1000000}}";
        Response gridWhatIf = post("grid", "/api/v1/screening/what-if", body);
        Response villageWhatIf = post("village", "/api/v1/screening/what-if", body);
        assertThat(gridWhatIf.status()).as(gridWhatIf.body()).isEqualTo(200);
        assertThat(sum(gridWhatIf.body(), "flaggedAfter")).isPositive().isLessThan(sum(villageWhatIf.body(), "flaggedAfter"));
        // a screening run's totals are for its region, never a grid's
        assertThat(get("grid", "/api/v1/screening/runs").body()).doesNotContainPattern("\"hits\":\\d");
        // village and county exit evaluations and the poverty history count villages: not for a grid worker
        for (String path : List.of("/api/v1/exit/villages/" + village + "/evaluation?year=2019",
                "/api/v1/exit/villages?region=" + village + "&year=2019", "/api/v1/exit/counties?region=360821000000&year=2019",
                "/api/v1/exit/counties/360821000000/evaluation?year=2019", "/api/v1/reports/poverty/export?region=" + village,
                "/api/v1/exit/surveys?county=360821000000&year=2019")) {
            assertThat(get("grid", path).status()).as(path).isEqualTo(403);
        }
        assertThat(get("grid", "/api/v1/exit/households/" + places.get("own").householdId() + "/evaluation?year=2025").status())
                .isEqualTo(200);
    }

    @Test
    void aGridWorkerKeepsHouseholdsInTheirGrid() throws Exception {
        Place own = places.get("own");
        Place other = places.get("neighbour");
        // moving an own household to another grid is refused, and nothing changes
        String version = get("grid", "/api/v1/households/" + own.householdId()).body()
                .replaceAll("(?s).*\"version\":(\\d+).*", "$1");
        Response moved = exchange(TestLogins.client(base(), "grid"), "PATCH", "/api/v1/households/" + own.householdId(),
                "{\"reason\":\"调整网格\",\"gridCode\":\"" + OTHER_GRID + "\"}", version);
        assertThat(moved.status()).as(moved.body()).isEqualTo(403);
        assertThat(jdbc.sql("select grid_code from household where id = :id").param("id", own.householdId())
                .query(String.class).single()).isEqualTo(OWN_GRID);
        // an import may neither take over a household of another grid nor put one into another grid
        TemplateFile file = new TemplateFile()
                .head(other.householdId(), other.village(), other.headId(), other.headName()).set("网格编码", OWN_GRID)
                .head(own.village() + "0897", own.village(), TemplateFile.id("19740707", 897), "他格户").set("网格编码", OTHER_GRID);
        String state = importAs("grid", file);
        assertThat(state).contains("\"FAILED\"").contains("网格员只能导入本网格");
        assertThat(jdbc.sql("select grid_code from household where id = :id").param("id", other.householdId())
                .query(String.class).single()).isEqualTo(OTHER_GRID);
        assertThat(jdbc.sql("select count(*) from household where id = :id").param("id", own.village() + "0897")
                .query(Long.class).single()).isZero();
    }

    private String importAs(String user, TemplateFile file) throws Exception {
        var form = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        form.add("file", new org.springframework.core.io.ByteArrayResource(file.csv(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "grid.csv";
            }
        });
        String job = TestLogins.client(base(), user).post().uri("/api/v1/households/imports")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                .retrieve().body(String.class).replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        String state = "";
        for (int i = 0; i < 100 && !state.contains("FAILED") && !state.contains("SUCCEEDED"); i++) {
            Thread.sleep(100);
            state = get(user, "/api/v1/jobs/" + job).body();
        }
        return state;
    }

    /** The case id of each household in a case list. */
    private static Map<String, Long> casesByHousehold(String json) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (var item : tools.jackson.databind.json.JsonMapper.builder().build().readTree(json).get("items")) {
            out.putIfAbsent(item.get("householdId").asString(), item.get("id").asLong());
        }
        return out;
    }

    /** The sum of every number named {@code key} in a JSON text. */
    private static long sum(String json, String key) {
        long total = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + key + "\":(\\d+)").matcher(json);
        while (m.find()) {
            total += Long.parseLong(m.group(1));
        }
        return total;
    }

    @Test
    void rolesWithoutAccessToPeopleGet403WithoutData() {
        Place own = places.get("own");
        for (String user : List.of("auditor", "department")) {
            List<String> paths = new ArrayList<>(List.of("/api/v1/households?size=5", "/api/v1/households/" + own.householdId(),
                    "/api/v1/households/export?format=csv", "/api/v1/screening/tasks?region=360000000000",
                    "/api/v1/households/" + own.householdId() + "/warnings", "/api/v1/screening/runs/export"));
            LIST_EXPORTS.forEach(list -> paths.add(list + "/export?region=360000000000"));
            for (String path : paths) {
                Response r = get(user, path);
                assertThat(r.status()).as(user + " " + path).isEqualTo(403);
                assertThat(r.body()).doesNotContain(own.householdId()).doesNotContain(own.headName());
            }
        }
        assertThat(get("village", "/api/v1/audit").status()).isEqualTo(403);
        assertThat(get("province", "/api/v1/users").status()).isEqualTo(403);
        assertThat(get("auditor", "/api/v1/users").status()).isEqualTo(403);
        assertThat(anonymous("/api/v1/households?size=1").status()).isEqualTo(401);
        assertThat(anonymous("/api/v1/households/" + own.householdId()).status()).isEqualTo(401);
        Response bad = new Response(0, "");
        bad = exchange(RestClient.builder().baseUrl(base()).defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer jz_forged").build(),
                "GET", "/api/v1/households?size=1", null);
        assertThat(bad.status()).isEqualTo(401);
    }

    @Test
    void fullValuesNeedARoleAndAReasonAndEveryReadIsAudited() {
        Place own = places.get("own");
        String path = "/api/v1/households/" + own.householdId();
        Response masked = get("village", path);
        assertThat(masked.body()).contains(own.headName()).doesNotContain(own.headId()); // local: full name, masked ID
        assertThat(get("jianxian", path).body()).doesNotContain(own.headName()).doesNotContain(own.headId());
        assertThat(get("village", path + "?unmasked=true").status()).isEqualTo(400);
        assertThat(get("province", path + "?unmasked=true&reason=抽查").status()).isEqualTo(403);
        Response full = get("village", path + "?unmasked=true&reason=入户核实收入");
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.body()).contains(own.headId());
        String audit = get("auditor", "/api/v1/audit?action=household.unmask&target=household:" + own.householdId()).body();
        assertThat(audit).contains("入户核实收入").contains("\"actor\":\"village\"").contains("\"role\":\"VILLAGE\"");
        // a foreign household cannot be unmasked either
        assertThat(get("village", "/api/v1/households/" + places.get("sibling").householdId() + "?unmasked=true&reason=x").status())
                .isEqualTo(404);
    }

    @Test
    void importsOutsideTheRegionAreRejectedRowByRow() throws Exception {
        Place sibling = places.get("sibling");
        TemplateFile file = new TemplateFile().head(sibling.village() + "0899", sibling.village(),
                TemplateFile.id("19740707", 899), "越界户");
        var form = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        form.add("file", new org.springframework.core.io.ByteArrayResource(file.csv(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "outside.csv";
            }
        });
        RestClient village = TestLogins.client(base(), "village");
        String job = village.post().uri("/api/v1/households/imports").contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                .retrieve().body(String.class).replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        String state = "";
        for (int i = 0; i < 100 && !state.contains("FAILED") && !state.contains("SUCCEEDED"); i++) {
            Thread.sleep(100);
            state = get("village", "/api/v1/jobs/" + job).body();
        }
        assertThat(state).contains("\"FAILED\"").contains("不在您的管辖范围内");
        assertThat(get("township", "/api/v1/jobs/" + job).status()).as("another user's job").isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from household where id = :id").param("id", sibling.village() + "0899")
                .query(Long.class).single()).isZero();
    }

    @Test
    void everyWriteIsInTheAuditLog() {
        Place own = places.get("own");
        Response before = get("village", "/api/v1/households/" + own.householdId());
        String etag = before.body().replaceAll("(?s).*\"version\":(\\d+).*", "$1");
        Response patched = exchange(TestLogins.client(base(), "village"), "PATCH", "/api/v1/households/" + own.householdId(),
                "{\"reason\":\"改水完成\",\"waterSafe\":true}", etag);
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        String audit = get("auditor", "/api/v1/audit?action=household.&target=household:" + own.householdId()).body();
        assertThat(audit).contains("household.update").contains("改水完成");
        assertThat(get("auditor", "/api/v1/audit?action=screening.start").body()).contains("\"actor\":\"province\"");
        assertThat(get("auditor", "/api/v1/audit?action=auth.login&actor=village").body()).contains("auth.login");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'user.create'").query(Long.class).single())
                .isGreaterThanOrEqualTo(9);
    }

    /** The numbers of a report, in order (its labels and region names aside). */
    private static List<String> figures(String json) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([a-zA-Z]+)\":(-?[0-9.]+)").matcher(json);
        while (m.find()) {
            out.add(m.group(1) + "=" + m.group(2));
        }
        return out;
    }

    private void place(String name, String village, String grid, int seq) {
        String id = village + String.format("%04d", seq);
        places.put(name, new Place(name, village, grid, id, TemplateFile.id("19700505", seq),
                "权限" + "甲乙丙丁戊己".charAt(seq - 801) + "户"));
    }

    private String village(String like) {
        return jdbc.sql("select code from region where level = 'village' and code like :p order by code limit 1")
                .param("p", like).query(String.class).single();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private Response get(String user, String path) {
        return exchange(TestLogins.client(base(), user), "GET", path, null);
    }

    private Response post(String user, String path, String json) {
        return exchange(TestLogins.client(base(), user), "POST", path, json);
    }

    private Response patch(String user, String path, String json) {
        return exchange(TestLogins.client(base(), user), "PATCH", path, json, "1");
    }

    private Response anonymous(String path) {
        return exchange(RestClient.create(base()), "GET", path, null);
    }

    private static Response exchange(RestClient client, String method, String path, String json) {
        return exchange(client, method, path, json, null);
    }

    private static Response exchange(RestClient client, String method, String path, String json, String ifMatch) {
        var spec = client.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path);
        if (json != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        if (ifMatch != null) {
            spec = spec.header(HttpHeaders.IF_MATCH, "\"" + ifMatch + "\"");
        }
        return spec.exchange((req, res) -> new Response(res.getStatusCode().value(),
                new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }
}
