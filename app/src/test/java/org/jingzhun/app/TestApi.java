// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app;

import org.jingzhun.app.security.TestLogins;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** HTTP calls of the exit, report and medical tests as one signed-in demo user (a bearer token on every call). */
public final class TestApi {

    /** A status and its JSON body (a problem document for errors). */
    public record Response(int status, JsonNode body) {
    }

    private final RestClient http;

    /** Calls as the demo account {@code username} (password {@link TestLogins#PASSWORD}). */
    public TestApi(int port, String username) {
        this.http = TestLogins.client(port, username);
    }

    public Response get(String path) {
        return http.get().uri(path).exchange((req, res) -> new Response(res.getStatusCode().value(), res.bodyTo(JsonNode.class)));
    }

    public byte[] bytes(String path) {
        return http.get().uri(path).retrieve().body(byte[].class);
    }

    public Response post(String path, String json) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json)
                .exchange((req, res) -> new Response(res.getStatusCode().value(), res.bodyTo(JsonNode.class)));
    }

    public Response delete(String path) {
        return http.delete().uri(path).exchange((req, res) -> new Response(res.getStatusCode().value(), res.bodyTo(JsonNode.class)));
    }

    /** GET that must answer 200. */
    public JsonNode ok(String path) {
        Response r = get(path);
        if (r.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.status() + ": " + r.body());
        }
        return r.body();
    }
}
