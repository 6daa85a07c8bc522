// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Signs in as a demo account (created in every {@code @IntegrationTest} application) for API tests. */
public final class TestLogins {

    public static final String PASSWORD = DemoAccounts.PASSWORD;

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private TestLogins() {
    }

    /** A bearer token of {@code username} on the server at {@code baseUrl} (one sign-in per server and user). */
    public static String bearer(String baseUrl, String username) {
        return TOKENS.computeIfAbsent(baseUrl + "|" + username, k -> login(baseUrl, username, PASSWORD));
    }

    /** A client that sends {@code username}'s token with every request. */
    public static RestClient client(String baseUrl, String username) {
        return RestClient.builder().baseUrl(baseUrl)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + bearer(baseUrl, username)).build();
    }

    public static RestClient client(int port, String username) {
        return client("http://localhost:" + port, username);
    }

    /** Signs in afresh (no cache). */
    @SuppressWarnings("unchecked")
    public static String login(String baseUrl, String username, String password) {
        Map<String, Object> body = RestClient.create(baseUrl).post().uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "password", password))
                .retrieve().body(Map.class);
        return (String) body.get("token");
    }
}
