// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import java.nio.charset.StandardCharsets;
import org.jingzhun.app.security.TestLogins;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API over HTTP as a signed-in demo user: the one place where requests are made (and signed). */
final class Api {

    /** A response: status, the body as bytes and text, and as JSON when it is JSON. */
    record Response(int status, String contentType, byte[] bytes) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JsonMapper.builder().build().readTree(bytes);
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }

    private final String base;

    Api(int port) {
        this.base = "http://localhost:" + port;
    }

    Response get(String user, String path) {
        return call(user, HttpMethod.GET, path, null);
    }

    Response post(String user, String path, String json) {
        return call(user, HttpMethod.POST, path, json);
    }

    /** A successful JSON answer of {@code expected} status. */
    JsonNode post(String user, String path, String json, int expected) {
        Response r = post(user, path, json);
        org.assertj.core.api.Assertions.assertThat(r.status()).as(r.toString()).isEqualTo(expected);
        return r.json();
    }

    JsonNode get(String user, String path, int expected) {
        Response r = get(user, path);
        org.assertj.core.api.Assertions.assertThat(r.status()).as(r.toString()).isEqualTo(expected);
        return r.json();
    }

    private Response call(String user, HttpMethod method, String path, String json) {
        var spec = TestLogins.client(base, user).method(method).uri(path);
        if (json != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return spec.exchange((req, res) -> new Response(res.getStatusCode().value(),
                String.valueOf(res.getHeaders().getContentType()), res.getBody().readAllBytes()));
    }
}
