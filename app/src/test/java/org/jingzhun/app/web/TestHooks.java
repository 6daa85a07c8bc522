// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jingzhun.app.monitoring.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test-only hooks of the end-to-end script, for states the demo's data never reaches on its own. Listens
 * on the loopback address only and exists only while {@link WebE2EIT} runs; the application has no such path.
 * <ul>
 * <li>{@code POST /cases/{id}/days-pass?days=N}: days pass for one monitoring case, the way the monitoring
 * ITs do ({@code Fixtures.daysPass}): every date of the case and of its help plan moves back. 204, or 404
 * for an unknown case.</li>
 * <li>{@code POST /counties/{code}/exit-pending}: a designated county's exit is not approved yet (the demo
 * history, like the province, has every poverty county exited, so the approval form never shows
 * otherwise). Answers the approval's dates as they were ({@code {"exitYear":2017,"appliedOn":"2016-10-…",…}}),
 * for the script to approve it again; 404 for a county without an approved exit.</li>
 * </ul>
 */
final class TestHooks {

    private static final Pattern DAYS_PASS = Pattern.compile("/cases/(\\d+)/days-pass");
    private static final Pattern EXIT_PENDING = Pattern.compile("/counties/(\\d{12})/exit-pending");
    private static final Pattern DAYS = Pattern.compile("(?:^|&)days=(\\d{1,3})(?:&|$)");

    private final HttpServer server;

    private TestHooks(HttpServer server) {
        this.server = server;
    }

    static TestHooks start(JdbcClient jdbc) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/cases/", exchange -> {
            try (exchange) {
                handle(jdbc, exchange);
            }
        });
        server.createContext("/counties/", exchange -> {
            try (exchange) {
                exitPending(jdbc, exchange);
            }
        });
        server.start();
        return new TestHooks(server);
    }

    String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
    }

    private static void handle(JdbcClient jdbc, HttpExchange exchange) throws IOException {
        Matcher path = DAYS_PASS.matcher(exchange.getRequestURI().getPath());
        Matcher days = DAYS.matcher(String.valueOf(exchange.getRequestURI().getQuery()));
        if (!"POST".equals(exchange.getRequestMethod()) || !path.matches() || !days.find()) {
            answer(exchange, 400, "POST /cases/{id}/days-pass?days=N");
            return;
        }
        long caseId = Long.parseLong(path.group(1));
        int d = Integer.parseInt(days.group(1));
        if (Fixtures.daysPass(jdbc, caseId, d) == 0) {
            answer(exchange, 404, "no case " + caseId);
        } else {
            exchange.sendResponseHeaders(204, -1);
        }
    }

    private static void exitPending(JdbcClient jdbc, HttpExchange exchange) throws IOException {
        Matcher path = EXIT_PENDING.matcher(exchange.getRequestURI().getPath());
        if (!"POST".equals(exchange.getRequestMethod()) || !path.matches()) {
            answer(exchange, 400, "POST /counties/{code}/exit-pending");
            return;
        }
        String code = path.group(1);
        var before = jdbc.sql("""
                select json_build_object('exitYear', exit_year, 'appliedOn', applied_on, 'cityReviewedOn', city_reviewed_on,
                    'assessedOn', assessed_on, 'noticeFrom', notice_from, 'noticeTo', notice_to, 'approvedOn', approved_on)::text
                from poverty_county where county_code = :code and exit_year is not null""")
                .param("code", code).query(String.class).optional();
        if (before.isEmpty()) {
            answer(exchange, 404, "no approved exit of county " + code);
            return;
        }
        jdbc.sql("""
                update poverty_county set exit_year = null, assessed_year = null, applied_on = null, city_reviewed_on = null,
                    assessed_on = null, notice_from = null, notice_to = null, approved_on = null, evaluation = null,
                    parameter_version = null, approved_by = null
                where county_code = :code""").param("code", code).update();
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        answer(exchange, 200, before.get());
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
