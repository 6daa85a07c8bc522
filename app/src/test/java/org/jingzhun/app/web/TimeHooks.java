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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test-only: lets the end-to-end script make days pass for one monitoring case, the way the monitoring
 * ITs do ({@code Fixtures.daysPass}): every date of the case and of its help plan moves back. Listens on
 * the loopback address only and exists only while {@link WebE2EIT} runs; the application has no such path.
 * {@code POST /cases/{id}/days-pass?days=N} answers 204, or 404 for an unknown case.
 */
final class TimeHooks {

    private static final Pattern DAYS_PASS = Pattern.compile("/cases/(\\d+)/days-pass");
    private static final Pattern DAYS = Pattern.compile("(?:^|&)days=(\\d{1,3})(?:&|$)");

    private final HttpServer server;

    private TimeHooks(HttpServer server) {
        this.server = server;
    }

    static TimeHooks start(JdbcClient jdbc) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/cases/", exchange -> {
            try (exchange) {
                handle(jdbc, exchange);
            }
        });
        server.start();
        return new TimeHooks(server);
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
        int moved = jdbc.sql("""
                update monitoring_case set started_on = started_on - :d, deadline = deadline - :d, due_on = due_on - :d,
                    notice_from = notice_from - :d, notice_until = notice_until - :d, closed_on = closed_on - :d,
                    help_first_on = help_first_on - :d
                where id = :id""").param("d", d).param("id", caseId).update();
        jdbc.sql("update help_plan set due_from = due_from - :d where case_id = :id").param("d", d).param("id", caseId).update();
        if (moved == 0) {
            answer(exchange, 404, "no case " + caseId);
        } else {
            exchange.sendResponseHeaders(204, -1);
        }
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
