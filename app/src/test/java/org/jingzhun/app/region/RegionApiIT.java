// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.app.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class RegionApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private record Response(int status, JsonNode body) {
    }

    private Response get(String path) {
        // Paths with %-escapes are sent as written; others are encoded (Chinese query text).
        RestClient client = org.jingzhun.app.security.TestLogins.client(port, "province");
        var spec = path.contains("%") ? client.get().uri(java.net.URI.create("http://localhost:" + port + path))
                : client.get().uri(path);
        return spec
                .exchange((req, res) -> new Response(res.getStatusCode().value(), res.bodyTo(JsonNode.class)));
    }

    private static Map<String, String> shippedJiangxi() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new ClassPathResource("regions/36-jiangxi.csv").getInputStream(), StandardCharsets.UTF_8))) {
            r.lines().skip(1).map(l -> l.split(",", 2)).forEach(f -> rows.put(f[0], f[1]));
        }
        return rows;
    }

    @Test
    void jiangxiHasItsOfficialNumberOfDivisionsAtEveryLevel() {
        Response r = get("/api/v1/regions/360000000000/stats");
        assertThat(r.status()).isEqualTo(200);
        JsonNode d = r.body().get("descendants");
        assertThat(r.body().get("code").asString()).isEqualTo("360000000000");
        assertThat(d.get("city").asLong()).isEqualTo(11);
        assertThat(d.get("county").asLong()).isEqualTo(100);
        assertThat(d.get("township").asLong()).isEqualTo(1767);
        assertThat(d.get("village").asLong()).isEqualTo(22080);
        assertThat(d.get("grid").asLong()).isGreaterThan(22080);
    }

    @Test
    void statsListOnlyTheLevelsBelowTheRegion() {
        JsonNode d = get("/api/v1/regions/360821000000/stats").body().get("descendants");
        assertThat(d.propertyNames()).containsExactly("township", "village", "grid");
        long villages = jdbc.sql("select count(*) from region where level = 'village' and code like '360821%'")
                .query(Long.class).single();
        assertThat(d.get("village").asLong()).isEqualTo(villages).isPositive();
    }

    @Test
    void everyShippedJiangxiCodeIsStoredWithItsOfficialName() throws IOException {
        Map<String, String> shipped = shippedJiangxi();
        Map<String, String> stored = new LinkedHashMap<>();
        jdbc.sql("select code, name from region where code like '36%' order by code")
                .query(rs -> {
                    stored.put(rs.getString(1), rs.getString(2));
                });
        assertThat(stored).hasSize(23_959).isEqualTo(shipped);
    }

    @Test
    void everyLevelResolvesThroughTheApiWithItsPath() throws IOException {
        Map<String, String> shipped = shippedJiangxi();
        // every city and county, and a spread of townships and villages
        List<String> sample = shipped.keySet().stream()
                .filter(c -> c.endsWith("000000") || c.hashCode() % 97 == 0)
                .toList();
        assertThat(sample.size()).isGreaterThan(300);
        for (String code : sample) {
            Response r = get("/api/v1/regions/" + code);
            assertThat(r.status()).as(code).isEqualTo(200);
            assertThat(r.body().get("name").asString()).as(code).isEqualTo(shipped.get(code));
            JsonNode path = r.body().get("path");
            assertThat(path.get(0).asString()).isEqualTo("江西省");
            assertThat(path.get(path.size() - 1).asString()).isEqualTo(shipped.get(code));
        }
        JsonNode county = get("/api/v1/regions/360821000000").body();
        assertThat(county.get("level").asString()).isEqualTo("county");
        assertThat(county.get("parentCode").asString()).isEqualTo("360800000000");
        assertThat(county.get("path").toString()).isEqualTo("[\"江西省\",\"吉安市\",\"吉安县\"]");
        assertThat(county.get("childCount").asLong()).isEqualTo(
                jdbc.sql("select count(*) from region where parent_code = '360821000000'").query(Long.class).single());
    }

    @ParameterizedTest
    @ValueSource(strings = {"安义县", "永修县", "乐平市", "安源区", "渝水区", "贵溪市", "章贡区", "丰城市", "信州区", "吉安县", "东乡区"})
    void searchFindsCountiesByName(String name) {
        Response r = get("/api/v1/regions/search?q=" + name);
        assertThat(r.status()).isEqualTo(200);
        JsonNode first = r.body().get("items").get(0);
        assertThat(first.get("name").asString()).isEqualTo(name);
        assertThat(first.get("level").asString()).isEqualTo("county");
        assertThat(first.get("path").get(0).asString()).isEqualTo("江西省");
        assertThat(first.get("path").get(2).asString()).isEqualTo(name);
    }

    @Test
    void searchTreatsWildcardsAsText() {
        assertThat(get("/api/v1/regions/search?q=%25").body().get("total").asLong()).isZero();
        assertThat(get("/api/v1/regions/search?q=_").body().get("total").asLong()).isZero();
    }

    @Test
    void childrenArePagedAndAVillagesChildrenAreItsGrids() {
        JsonNode page0 = get("/api/v1/regions/360000000000/children?size=4").body();
        assertThat(page0.get("total").asLong()).isEqualTo(11);
        assertThat(page0.get("items")).hasSize(4);
        assertThat(page0.get("items").get(0).get("name").asString()).isEqualTo("南昌市");
        JsonNode page2 = get("/api/v1/regions/360000000000/children?size=4&page=2").body();
        assertThat(page2.get("items")).hasSize(3);

        String village = jdbc.sql("select code from region where level = 'village' and code like '360821%' order by code limit 1")
                .query(String.class).single();
        JsonNode grids = get("/api/v1/regions/" + village + "/children").body();
        assertThat(grids.get("total").asLong()).isPositive();
        JsonNode grid = grids.get("items").get(0);
        assertThat(grid.get("level").asString()).isEqualTo("grid");
        assertThat(grid.get("code").asString()).isEqualTo(village + "001");

        JsonNode gridDetails = get("/api/v1/regions/" + village + "001").body();
        assertThat(gridDetails.get("parentCode").asString()).isEqualTo(village);
        assertThat(gridDetails.get("path").size()).isEqualTo(6);
    }

    @Test
    void demoGridsFollowTheCodeRule() {
        long bad = jdbc.sql("""
                select count(*) from grid g join region v on v.code = g.village_code
                where v.level <> 'village' or left(g.code, 12) <> g.village_code or right(g.code, 3) = '000'""")
                .query(Long.class).single();
        assertThat(bad).isZero();
        long villagesWithoutGrids = jdbc.sql("""
                select count(*) from region v where v.level = 'village' and v.code like '36%'
                and not exists (select 1 from grid g where g.village_code = v.code)""").query(Long.class).single();
        assertThat(villagesWithoutGrids).isZero();
    }

    @Test
    void unknownCodesAreA404ProblemInChinese() {
        Response r = get("/api/v1/regions/360899999999");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body().get("title").asString()).isEqualTo("区划不存在");
        assertThat(r.body().get("detail").asString()).contains("360899999999");
        assertThat(get("/api/v1/regions/360899999999/stats").status()).isEqualTo(404);
        assertThat(get("/api/v1/regions/360899999999/children").status()).isEqualTo(404);
        assertThat(get("/api/v1/regions/360821100001999").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"36x", "3608211", "000000000000", "360021000000", "1234567890123456789", "360821100001000"})
    void malformedCodesAreA400ProblemInChinese(String code) {
        Response r = get("/api/v1/regions/" + code);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("title").asString()).isEqualTo("代码格式错误");
        assertThat(r.body().get("detail").asString()).contains(code).containsPattern("[\\u4e00-\\u9fa5]");
        assertThat(r.body().toString()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void badParametersAreProblemsNotServerErrors() {
        for (String path : List.of("/api/v1/regions/search", "/api/v1/regions/search?q=%20",
                "/api/v1/regions/36/children?size=0", "/api/v1/regions/36/children?size=100000",
                "/api/v1/regions/36/children?page=-1", "/api/v1/regions/36/children?page=abc",
                "/api/v1/regions/search?q=" + "长".repeat(51), "/api/v1/regions/search?q=a&level=planet")) {
            Response r = get(path);
            assertThat(HttpStatusCode.valueOf(r.status()).is4xxClientError()).as(path).isTrue();
            assertThat(r.body().get("title").asString()).as(path).containsPattern("[\\u4e00-\\u9fa5]");
        }
        assertThat(get("/api/v1/no-such-thing").status()).isEqualTo(404);
        assertThat(get("/api/v1/regions/36/children?page=abc").body().get("detail").asString())
                .isEqualTo("参数“page”的值“abc”格式不正确");
    }

    @Test
    void publishesOpenApiAndHealth() {
        Response docs = get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/v1/regions/{code}/stats")).isTrue();
        Response health = get("/actuator/health");
        assertThat(health.body().get("status").asString()).isEqualTo("UP");
    }
}
