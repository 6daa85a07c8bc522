// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jingzhun.app.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** The household and job API over HTTP, as a client uses it. */
@IntegrationTest
class HouseholdApiIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    RestClient http;
    String village;

    private record Response(int status, HttpHeaders headers, JsonNode body) {
    }

    @BeforeEach
    void setUp() {
        http = org.jingzhun.app.security.TestLogins.client(port, "province");
        village = jdbc.sql("select code from region where level = 'village' and code like '360821106%' order by code limit 1")
                .query(String.class).single();
    }

    private Response get(String path) {
        return http.get().uri(path).exchange((req, res) ->
                new Response(res.getStatusCode().value(), res.getHeaders(), res.bodyTo(JsonNode.class)));
    }

    private Response patch(String path, String ifMatch, String json) {
        var spec = http.patch().uri(path).contentType(MediaType.APPLICATION_JSON).body(json);
        if (ifMatch != null) {
            spec = spec.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return spec.exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(), res.bodyTo(JsonNode.class)));
    }

    private JsonNode upload(String fileName, byte[] bytes) throws InterruptedException {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        Response started = http.post().uri("/api/v1/households/imports").contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                .exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(), res.bodyTo(JsonNode.class)));
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        assertThat(started.body().get("state").asString()).isEqualTo("RUNNING");
        String id = started.body().get("id").asString();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = get("/api/v1/jobs/" + id).body();
            if (!job.get("state").asString().equals("RUNNING")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import job did not finish");
    }

    private TemplateFile household(int seq, String headName) {
        String id = village + String.format("%04d", seq);
        return new TemplateFile()
                .head(id, village, TemplateFile.id("19610101", seq), headName)
                .member(id, TemplateFile.id("19630303", seq), "周桂兰", "配偶");
    }

    @Test
    void importsThroughTheApiAndFindsTheHouseholdByNameAndIdNumber() throws Exception {
        JsonNode job = upload("h.csv", household(201, "孙大圣").csv(StandardCharsets.UTF_8));
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("result").get("inserted").asLong()).isEqualTo(1);
        assertThat(job.get("rowsDone").asLong()).isEqualTo(2);
        assertThat(job.get("rowsTotal").asLong()).isEqualTo(2);

        JsonNode byName = get("/api/v1/households?q=孙大").body();
        JsonNode item = byName.get("items").get(0);
        assertThat(item.get("id").asString()).isEqualTo(village + "0201");
        assertThat(item.get("headName").asString()).isEqualTo("孙**");
        assertThat(item.get("headIdNumber").asString()).matches("360821\\*{8}\\d{3}[0-9X]");
        assertThat(item.get("villageName").asString()).isNotBlank();
        assertThat(item.get("categoryLabel").asString()).isEqualTo("一般农户");
        assertThat(item.get("size").asInt()).isEqualTo(2);
        // (36000 + 5000.50 + 0 + 2400 − 1200 − 800) / 2
        assertThat(item.get("referenceIncome").decimalValue()).isEqualByComparingTo("20700.25");

        String spouseId = TemplateFile.id("19630303", 201);
        JsonNode byId = get("/api/v1/households?q=" + spouseId).body();
        assertThat(byId.get("items")).hasSize(1);
        assertThat(byId.toString()).doesNotContain(spouseId);

        JsonNode byRegion = get("/api/v1/households?region=" + village.substring(0, 9) + "&size=1").body();
        assertThat(byRegion.get("items")).hasSize(1);
    }

    @Test
    void aBadUploadFailsWithRowsAndColumnsAndADownloadableReport() throws Exception {
        TemplateFile bad = household(202, "钱多多").set(1, "证件号码", "36082119630303202Y");
        JsonNode job = upload("bad.csv", bad.csv(StandardCharsets.UTF_8));
        assertThat(job.get("state").asString()).isEqualTo("FAILED");
        assertThat(job.get("errorCount").asLong()).isEqualTo(1);
        JsonNode error = job.get("errors").get(0);
        assertThat(error.get("row").asLong()).isEqualTo(3);
        assertThat(error.get("column").asString()).isEqualTo("证件号码");
        assertThat(error.get("value").asString()).isEqualTo("360821********202Y"); // masked like everywhere
        assertThat(error.get("message").asString()).isNotBlank();
        assertThat(get("/api/v1/households?q=钱多多").body().get("items")).isEmpty();

        byte[] report = http.get().uri("/api/v1/jobs/" + job.get("id").asString() + "/errors.xlsx").retrieve().body(byte[].class);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(report))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("行号");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("证件号码");
            assertThat(rows.get(1).getCellText(2)).isEqualTo("360821********202Y");
        }
    }

    @Test
    void refusesFilesThatAreNotCsvOrXlsx() throws Exception {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource("MZ\0\0binary".getBytes(StandardCharsets.ISO_8859_1)) {
            @Override
            public String getFilename() {
                return "virus.csv";
            }
        });
        Response r = http.post().uri("/api/v1/households/imports").contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                .exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(), res.bodyTo(JsonNode.class)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("detail").asString()).contains("virus.csv");
    }

    @Test
    void readsAsOfAPastTimeAndKeepsAHistoryOfWhoChangedWhatAndWhy() throws Exception {
        upload("h.csv", household(203, "吴承恩").csv(StandardCharsets.UTF_8));
        String id = village + "0203";
        Response before = get("/api/v1/households/" + id);
        assertThat(before.headers().getETag()).isEqualTo("\"1\"");
        assertThat(before.body().get("housingSafe").asBoolean()).isTrue();
        Instant betweenVersions = Instant.now();
        Thread.sleep(20);

        Response changed = patch("/api/v1/households/" + id, "\"1\"",
                "{\"reason\": \"入户核实：房屋墙体开裂\", \"housingSafe\": false}");
        assertThat(changed.status()).as(String.valueOf(changed.body())).isEqualTo(200);
        assertThat(changed.headers().getETag()).isEqualTo("\"2\"");
        assertThat(changed.body().get("housingSafe").asBoolean()).isFalse();

        JsonNode then = get("/api/v1/households/" + id + "?asOf=" + betweenVersions).body();
        assertThat(then.get("housingSafe").asBoolean()).isTrue();
        assertThat(then.get("version").asInt()).isEqualTo(1);
        assertThat(get("/api/v1/households/" + id + "?asOf=2020-01-01").status()).isEqualTo(404);

        JsonNode history = get("/api/v1/households/" + id + "/history").body();
        assertThat(history.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(history.get(0).get("reason").asString()).isEqualTo("入户核实：房屋墙体开裂");
        assertThat(history.get(0).get("changes")).hasSize(1);
        JsonNode change = history.get(0).get("changes").get(0);
        assertThat(change.get("field").asString()).isEqualTo("housingSafe");
        assertThat(change.get("before").asString()).isEqualTo("是");
        assertThat(change.get("after").asString()).isEqualTo("否");
        assertThat(history.get(1).get("version").asInt()).isEqualTo(1);
        assertThat(history.get(1).get("reason").asString()).contains("h.csv");
    }

    @Test
    void concurrentEditsNeverLoseAnUpdate() throws Exception {
        upload("h.csv", household(204, "郑和").csv(StandardCharsets.UTF_8));
        String path = "/api/v1/households/" + village + "0204";
        assertThat(patch(path, null, "{\"reason\": \"x\", \"dibao\": true}").status()).isEqualTo(428);
        assertThat(patch(path, "\"1\"", "{\"reason\": \"民政确认纳入低保\", \"dibao\": true}").status()).isEqualTo(200);
        Response stale = patch(path, "\"1\"", "{\"reason\": \"另一人同时修改\", \"relocated\": true}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(stale.body().get("changes").get(0).get("field").asString()).isEqualTo("dibao");
        assertThat(get(path).body().get("relocated").asBoolean()).isFalse();
        assertThat(patch(path, "\"2\"", "{\"dibao\": false}").status()).isEqualTo(400);
        Response invalid = patch(path, "\"2\"", "{\"reason\": \"改为监测户\", \"category\": \"MONITORED\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().get("detail").asString()).contains("监测对象类别");
        assertThat(get("/api/v1/households/" + village + "9999").status()).isEqualTo(404);
    }

    @Test
    void exportsInTheTemplateMaskedAndSafe() throws Exception {
        upload("h.csv", household(205, "冯梦龙").csv(StandardCharsets.UTF_8));
        String csv = http.get().uri("/api/v1/households/export?format=csv&q=冯梦龙").retrieve().body(String.class);
        String[] lines = csv.replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", HouseholdTemplate.headers()));
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith(village + "0205," + village + ",,冯**,360821********");
        assertThat(csv).doesNotContain(TemplateFile.id("19610101", 205));

        byte[] xlsx = http.get().uri("/api/v1/households/export?format=xlsx&q=冯梦龙").retrieve().body(byte[].class);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1).getCell(4).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
        }
        int status = http.get().uri("/api/v1/households/export?unmasked=true")
                .exchange((req, res) -> res.getStatusCode().value());
        assertThat(status).isEqualTo(403);
    }

    @Test
    void unknownJobsAreA404() {
        assertThat(get("/api/v1/jobs/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
    }
}
