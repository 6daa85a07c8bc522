// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jingzhun.app.platform.jobs.JobProgress;
import org.jingzhun.app.registry.HouseholdImportService;
import org.jingzhun.app.registry.TemplateFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Households of the demo village 厚丰村 (where the demo village and grid accounts work) and of a
 * village of another county, and the procedure walked over the API. Time passing is simulated by
 * moving a case's dates back (the application runs on the real clock; the kernel's tests use a
 * fixed one).
 */
public final class Fixtures {

    static final String DEMO_VILLAGE = "360821100201";
    /** The demo grid worker's grid (account `grid`): only its households are theirs. */
    static final String DEMO_GRID = "360821100201001";

    private Fixtures() {
    }

    /** Imports households (one head each, an ordinary household with a good income unless changed). */
    static void importHouseholds(HouseholdImportService households, Consumer<TemplateFile> build) throws Exception {
        TemplateFile f = new TemplateFile();
        build.accept(f);
        Path csv = Files.createTempFile("monitoring", ".csv");
        Files.write(csv, f.csv(StandardCharsets.UTF_8));
        var report = households.importFile(csv, "test", JobProgress.NONE);
        Files.delete(csv);
        assertThat(report.applied()).as(String.valueOf(report.problems())).isTrue();
    }

    /** Today where the application counts days (Beijing time). */
    static java.time.LocalDate today() {
        return java.time.LocalDate.now(org.jingzhun.app.platform.time.TimeConfiguration.ZONE);
    }

    static String household(String village, int seq) {
        return village + String.format("%04d", seq);
    }

    static String headId(int seq) {
        return TemplateFile.id("19650707", seq);
    }

    /** A first village of a county other than 吉安县 (吉水县). */
    static String otherCountyVillage(JdbcClient jdbc) {
        return jdbc.sql("select code from region where level = 'village' and code like '360822%' order by code limit 1 offset 3")
                .query(String.class).single();
    }

    /**
     * Moves every date of a case back by {@code days}: as if it had been opened that much earlier. Also the
     * browser tests' hook ({@code web.TestHooks}). Returns how many cases moved (0 for an unknown id).
     */
    public static int daysPass(JdbcClient jdbc, long caseId, int days) {
        int moved = jdbc.sql("""
                update monitoring_case set started_on = started_on - :d, deadline = deadline - :d, due_on = due_on - :d,
                    notice_from = notice_from - :d, notice_until = notice_until - :d, closed_on = closed_on - :d,
                    help_first_on = help_first_on - :d
                where id = :id""").param("d", days).param("id", caseId).update();
        jdbc.sql("update help_plan set due_from = due_from - :d where case_id = :id").param("d", days).param("id", caseId).update();
        return moved;
    }

    /** Records a household application for {@code householdId}; returns the lead. */
    static JsonNode apply(Api api, String householdId) {
        return api.post("village", "/api/v1/monitoring/leads", """
                {"householdId": "%s", "channel": "HOUSEHOLD_APPLICATION", "source": "户主到村委会书面申请", "riskType": "ILLNESS"}"""
                .formatted(householdId), 201);
    }

    /** Walks a recognition case from the visit to county confirmation; returns the confirmed case. */
    static JsonNode recognise(Api api, JdbcClient jdbc, long caseId, String category, String risks) {
        String cases = "/api/v1/monitoring/cases/" + caseId;
        api.post("grid", cases + "/visit", """
                {"authorisationSigned": true, "category": "%s", "riskTypes": [%s], "notes": "入户核实：住院自付较多"}"""
                .formatted(category, risks), 200);
        api.post("village", cases + "/village-review", "{\"minutes\": \"村民代表会议一致同意\"}", 200);
        daysPass(jdbc, caseId, 5);
        api.post("village", cases + "/notice-end", null, 200);
        api.post("township", cases + "/township-review", "{\"text\": \"同意\"}", 200);
        return api.post("jianxian", cases + "/confirmation", "{\"evidence\": [\"住院费用结算单\"]}", 200);
    }
}
