// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.security;

import org.jingzhun.app.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuthApiIT {

    record Response(int status, HttpHeaders headers, JsonNode body) {
    }

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    private Response call(RestClient client, String method, String path, String json) {
        var spec = client.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path);
        if (json != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return spec.exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(),
                res.getBody().available() >= 0 && res.getHeaders().getContentLength() != 0 ? res.bodyTo(JsonNode.class) : null));
    }

    private Response login(String user, String password) {
        return call(RestClient.create(base()), "POST", "/api/v1/auth/token",
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }

    @Test
    void signsInWithADemoAccountAndShowsWhoIsSignedIn() {
        Response ok = login("jianxian", TestLogins.PASSWORD);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body().get("token").asString()).startsWith("jz_");
        assertThat(ok.body().get("user").get("role").asString()).isEqualTo("COUNTY");
        assertThat(ok.body().get("user").get("regionName").asString()).isEqualTo("吉安县");
        RestClient client = RestClient.builder().baseUrl(base())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + ok.body().get("token").asString()).build();
        assertThat(call(client, "GET", "/api/v1/auth/me", null).body().get("username").asString()).isEqualTo("jianxian");
        assertThat(call(client, "POST", "/api/v1/auth/logout", null).status()).isEqualTo(204);
        assertThat(call(client, "GET", "/api/v1/auth/me", null).status()).as("a revoked token").isEqualTo(401);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswerAndFiveFailuresLockTheAccount() {
        RestClient admin = TestLogins.client(base(), "admin");
        Response created = call(admin, "POST", "/api/v1/users",
                "{\"username\":\"lockme\",\"password\":\"Lock-Me-2026\",\"role\":\"VILLAGE\",\"regionCode\":\"360821100202\"}");
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        Response unknown = login("nobody-here", "whatever");
        Response wrong = login("lockme", "wrong-password");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.body().get("detail").asString()).isEqualTo(wrong.body().get("detail").asString()).contains("用户名或密码错误");
        for (int i = 0; i < 4; i++) {
            login("lockme", "wrong-password");
        }
        Response locked = login("lockme", "Lock-Me-2026");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body().get("detail").asString()).contains("锁定");
        // an administrator's change unlocks it
        assertThat(call(admin, "PATCH", "/api/v1/users/lockme", "{\"displayName\":\"解锁\"}").status()).isEqualTo(200);
        assertThat(login("lockme", "Lock-Me-2026").status()).isEqualTo(200);
    }

    @Test
    void usersNeedARegionOfTheirRolesLevelAndAStrongPassword() {
        RestClient admin = TestLogins.client(base(), "admin");
        Response level = call(admin, "POST", "/api/v1/users",
                "{\"username\":\"wronglevel\",\"password\":\"Strong-Pass-1\",\"role\":\"COUNTY\",\"regionCode\":\"360821100202\"}");
        assertThat(level.status()).isEqualTo(400);
        assertThat(level.body().get("detail").asString()).contains("COUNTY").contains("县级");
        Response weak = call(admin, "POST", "/api/v1/users",
                "{\"username\":\"weakpass\",\"password\":\"password\",\"role\":\"VILLAGE\",\"regionCode\":\"360821100202\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body().get("detail").asString()).contains("至少 10 位");
        Response dup = call(admin, "POST", "/api/v1/users",
                "{\"username\":\"village\",\"password\":\"Strong-Pass-1\",\"role\":\"VILLAGE\",\"regionCode\":\"360821100202\"}");
        assertThat(dup.status()).isEqualTo(409);
        Response list = call(admin, "GET", "/api/v1/users?size=100", null);
        assertThat(list.body().toString()).contains("\"username\":\"grid\"").doesNotContain("password");
    }

    @Test
    void disablingAUserEndsTheirSessionsAtOnce() {
        RestClient admin = TestLogins.client(base(), "admin");
        call(admin, "POST", "/api/v1/users",
                "{\"username\":\"leaver\",\"password\":\"Quit-Job-2026!\",\"role\":\"TOWNSHIP\",\"regionCode\":\"360821100000\"}");
        String token = login("leaver", "Quit-Job-2026!").body().get("token").asString();
        RestClient leaver = RestClient.builder().baseUrl(base()).defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
        assertThat(call(leaver, "GET", "/api/v1/households?size=1", null).status()).isEqualTo(200);
        assertThat(call(admin, "PATCH", "/api/v1/users/leaver", "{\"enabled\":false}").status()).isEqualTo(200);
        assertThat(call(leaver, "GET", "/api/v1/households?size=1", null).status()).isEqualTo(401);
        assertThat(login("leaver", "Quit-Job-2026!").body().get("detail").asString()).contains("停用");
    }

    @Test
    void responsesCarrySecurityHeadersAndNoInternals() {
        Response r = call(RestClient.create(base()), "GET", "/api/v1/households", null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.body().get("detail").asString()).contains("请先登录");
        HttpHeaders h = r.headers();
        assertThat(h.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(h.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(h.getFirst("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(h.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(h.getFirst("Cache-Control")).contains("no-store");

        Response ok = call(TestLogins.client(base(), "province"), "GET", "/api/v1/auth/me", null);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.headers().getFirst("Cache-Control")).contains("no-store");
        assertThat(ok.headers().getFirst("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(ok.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        // stateless: neither signing in nor a call leaves a server session behind
        assertThat(login("jianxian", TestLogins.PASSWORD).headers().get(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(ok.headers().get(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void theActuatorBeyondHealthIsForAdministratorsOnly() {
        assertThat(call(RestClient.create(base()), "GET", "/actuator/health", null).status()).isEqualTo(200);
        assertThat(call(RestClient.create(base()), "GET", "/actuator/info", null).status()).isEqualTo(401);
        assertThat(call(TestLogins.client(base(), "province"), "GET", "/actuator/info", null).status()).isEqualTo(403);
        assertThat(call(TestLogins.client(base(), "admin"), "GET", "/actuator/info", null).status()).isEqualTo(200);
    }

    @Test
    void theWebUiCarriesItsOwnContentSecurityPolicy() {
        // the headers are the same whether the UI was built into this test run or not
        HttpHeaders h = RestClient.create(base()).get().uri("/").exchange((request, response) -> response.getHeaders());
        assertThat(h.getFirst("Content-Security-Policy")).contains("default-src 'self'").contains("script-src 'self'");
        assertThat(h.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(h.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(h.getFirst("Permissions-Policy")).contains("camera=(self)");
        assertThat(h.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
