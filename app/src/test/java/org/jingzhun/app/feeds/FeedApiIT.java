// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.jingzhun.app.IntegrationTest;
import org.jingzhun.app.registry.HouseholdImportService;
import org.jingzhun.app.registry.TemplateFile;
import org.jingzhun.app.platform.jobs.JobProgress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** Department feeds over HTTP: files as jobs, pushed batches, idempotence, unmatched and rejected records. */
@IntegrationTest
class FeedApiIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HouseholdImportService households;

    RestClient http;
    String village;
    String head;
    String spouse;

    private record Response(int status, JsonNode body) {
    }

    @BeforeEach
    void setUp() throws Exception {
        http = org.jingzhun.app.security.TestLogins.client(port, "province");
        village = jdbc.sql("select code from region where level = 'village' and code like '360821%' order by code limit 1 offset 5")
                .query(String.class).single();
        head = TemplateFile.id("19610101", 501);
        spouse = TemplateFile.id("19630303", 501);
        String id = village + "0501";
        java.nio.file.Path file = java.nio.file.Files.createTempFile("h", ".csv");
        java.nio.file.Files.write(file, new TemplateFile().head(id, village, head, "赵一").member(id, spouse, "钱二", "配偶")
                .csv(StandardCharsets.UTF_8));
        assertThat(households.importFile(file, "test", JobProgress.NONE).applied()).isTrue();
    }

    private JsonNode upload(String name, String csv) throws InterruptedException {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        Response started = http.post().uri("/api/v1/feeds/imports").contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                .exchange((req, res) -> new Response(res.getStatusCode().value(), res.bodyTo(JsonNode.class)));
        assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(202);
        String id = started.body().get("id").asString();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = http.get().uri("/api/v1/jobs/" + id).retrieve().body(JsonNode.class);
            if (!job.get("state").asString().equals("RUNNING")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("feed import did not finish");
    }

    private Response push(String department, String json) {
        return http.post().uri("/api/v1/feeds/" + department).contentType(MediaType.APPLICATION_JSON).body(json)
                .exchange((req, res) -> new Response(res.getStatusCode().value(), res.bodyTo(JsonNode.class)));
    }

    @Test
    void importsAFileStoringGoodRecordsReportingBadAndUnmatchedOnesAndIsIdempotent() throws Exception {
        String stranger = TemplateFile.id("19700101", 777);
        String csv = "部门,记录编号,证件号码,数据项,发生日期,数值,文本值\n"
                + "YB,YB-1," + head + ",YB01,2026-05-01,8500.50,\n"                 // row 2: matched
                + "ZJ,ZJ-1," + spouse.toLowerCase() + ",ZJ01,2026-06-01,,d\n"      // row 3: matched, text normalised
                + "YB,YB-2," + stranger + ",YB01,2026-05-02,100,\n"                 // row 4: unmatched, kept
                + "YB,YB-3," + head + ",YB01,2026-02-30,100,\n"                     // row 5: impossible date
                + "YB,YB-4," + head + ",XX01,2026-05-01,100,\n"                     // row 6: unknown item
                + "CL,CL-1," + head + ",CL01,2026-05-01,5,\n"                       // row 7: grade out of range
                + "YB,YB-1," + head + ",YB01,2026-05-01,8600,\n";                   // row 8: repeats YB-1, wins
        JsonNode job = upload("feeds.csv", csv);
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        JsonNode result = job.get("result");
        assertThat(result.get("rows").asLong()).isEqualTo(7);
        assertThat(result.get("rejected").asLong()).isEqualTo(3);
        assertThat(result.get("inserted").asLong()).isEqualTo(3);
        assertThat(result.get("matched").asLong()).isEqualTo(2);
        assertThat(result.get("unmatched").asLong()).isEqualTo(1);
        String errors = job.get("errors").toString();
        assertThat(job.get("errors")).anySatisfy(e -> {
            assertThat(e.get("row").asLong()).isEqualTo(5);
            assertThat(e.get("column").asString()).isEqualTo("发生日期");
        });
        assertThat(job.get("errors")).anySatisfy(e -> {
            assertThat(e.get("row").asLong()).isEqualTo(4);
            assertThat(e.get("column").asString()).isEqualTo("证件号码");
            assertThat(e.get("message").asString()).contains("未匹配");
        });
        assertThat(errors).contains("第 8 行").doesNotContain(stranger);
        assertThat(jdbc.sql("select value from feed_record where department = 'YB' and record_id = 'YB-1'")
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("8600");
        assertThat(jdbc.sql("select text_value from feed_record where record_id = 'ZJ-1'").query(String.class).single())
                .isEqualTo("D");

        JsonNode again = upload("feeds.csv", csv);
        assertThat(again.get("result").get("inserted").asLong()).isZero();
        assertThat(again.get("result").get("updated").asLong()).isZero();
        assertThat(again.get("result").get("unchanged").asLong()).isEqualTo(3);
    }

    @Test
    void aRecordAboutSomeoneRegisteredLaterIsMatchedThenAndFollowsThePerson() throws Exception {
        String later = TemplateFile.id("19800909", 502);
        Response r = push("YB", """
                {"records": [{"recordId": "YB-L1", "idNumber": "%s", "item": "YB01", "date": "2026-07-01", "value": 10}]}"""
                .formatted(later));
        assertThat(r.body().get("unmatchedCount").asLong()).isEqualTo(1);
        assertThat(householdOf("YB-L1")).isNull();
        String id = village + "0502";
        java.nio.file.Path file = java.nio.file.Files.createTempFile("h", ".csv");
        java.nio.file.Files.write(file, new TemplateFile().head(id, village, later, "孙五").csv(StandardCharsets.UTF_8));
        assertThat(households.importFile(file, "test", JobProgress.NONE).applied()).isTrue();
        assertThat(householdOf("YB-L1")).isEqualTo(id);
        // the household changes (a re-import replaces its members): the record still follows its person
        java.nio.file.Files.write(file, new TemplateFile().head(id, village, later, "孙五").set("联系电话", "13812345678")
                .csv(StandardCharsets.UTF_8));
        assertThat(households.importFile(file, "test", JobProgress.NONE).updated()).isEqualTo(1);
        assertThat(householdOf("YB-L1")).isEqualTo(id);
    }

    private String householdOf(String recordId) {
        return jdbc.sql("select household_id from feed_record where record_id = :r").param("r", recordId)
                .query((rs, i) -> rs.getString(1)).list().getFirst();
    }

    @Test
    void aFileWithAWrongHeaderChangesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from feed_record").query(Long.class).single();
        JsonNode job = upload("bad.csv", "部门,记录编号,身份证,数据项,发生日期\nYB,YB-9," + head + ",YB01,2026-05-01\n");
        assertThat(job.get("state").asString()).isEqualTo("FAILED");
        assertThat(job.get("errors").get(0).get("row").asLong()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from feed_record").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void pushedBatchesAreCheckedStoredAndIdempotent() {
        String body = """
                {"records": [
                  {"recordId": "MZ-100", "idNumber": "%s", "item": "MZ04", "date": "2026-07-01", "value": 1500},
                  {"recordId": "MZ-101", "idNumber": "%s", "item": "YB01", "date": "2026-07-01", "value": 1500},
                  {"recordId": "MZ-102", "idNumber": "%s", "item": "MZ01", "date": "2026-07-01"}
                ]}""".formatted(head, head, spouse);
        Response r = push("MZ", body);
        assertThat(r.status()).as(r.body().toString()).isEqualTo(200);
        assertThat(r.body().get("inserted").asLong()).isEqualTo(2);
        assertThat(r.body().get("rejectedCount").asInt()).isEqualTo(1);
        JsonNode rejected = r.body().get("rejected").get(0);
        assertThat(rejected.get("index").asInt()).isEqualTo(1);
        assertThat(rejected.get("field").asString()).isEqualTo("item");
        assertThat(rejected.get("message").asString()).contains("MZ");

        Response same = push("MZ", body);
        assertThat(same.body().get("inserted").asLong()).isZero();
        assertThat(same.body().get("unchanged").asLong()).isEqualTo(2);
        Response changed = push("MZ", body.replace("1500}", "1800}"));
        assertThat(changed.body().get("updated").asLong()).isEqualTo(1);

        Response empty = push("MZ", "{\"records\": []}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().get("detail").asString()).contains("没有记录");
        assertThat(push("XX", body).body().get("rejected").get(0).get("field").asString()).isEqualTo("department");
    }
}
