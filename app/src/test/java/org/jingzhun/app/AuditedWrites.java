// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;
import org.jingzhun.app.platform.security.SignedInUser;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * "The audit log shows every write and unmasked read made by the tests" (issue 7), checked on every one
 * the tests make: a filter in the test application records each successful signed-in API request that
 * writes (POST, PUT, PATCH, DELETE) or asks for full values ({@code unmasked=true}), and after each test
 * class every one of them must have an audit entry by
 * the same user made while the request ran (or later, for writes that start a job). A write that leaves
 * no trace fails the class that made it, naming the request.
 * <p>
 * Requests that use POST but change nothing are listed in {@link #READS}: sign-in (audited by the
 * sign-in itself as {@code auth.login}, before a user is known), what-if, rule validation and tests, the
 * trial medical calculation and the removal eligibility check.
 */
public final class AuditedWrites implements AfterAllCallback {

    /** POSTs that change nothing. */
    static final List<Pattern> READS = List.of(
            Pattern.compile("/api/v1/auth/token"),
            Pattern.compile("/api/v1/screening/what-if"),
            Pattern.compile("/api/v1/rules/(test|validate)"),
            Pattern.compile("/api/v1/medical/settlements/calculate"),
            Pattern.compile("/api/v1/monitoring/households/[^/]+/removal/eligibility"));

    /** Writes whose work (and audit entry) a job does after the response: household and feed imports, screening runs. */
    static final List<Pattern> JOBS = List.of(
            Pattern.compile("/api/v1/households/imports"),
            Pattern.compile("/api/v1/feeds/imports"),
            Pattern.compile("/api/v1/screening/runs"));

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    record Write(String method, String path, String actor, Instant from, Instant to, boolean job) {
    }

    /** Every recorded write not yet checked (one JVM runs the test classes one after another). */
    static final Queue<Write> RECORDED = new ConcurrentLinkedQueue<>();

    /** The recording filter, imported into the test application; runs inside Spring Security's chain (after it set the user). */
    public static class Recorder {
        @Bean
        FilterRegistrationBean<Filter> auditedWritesRecorder(Clock clock) {
            Filter filter = (req, res, chain) -> {
                HttpServletRequest request = (HttpServletRequest) req;
                String path = request.getRequestURI();
                boolean write = WRITES.contains(request.getMethod()) && READS.stream().noneMatch(p -> p.matcher(path).matches());
                boolean unmaskedRead = "true".equals(request.getParameter("unmasked"));
                if (!path.startsWith("/api/") || !(write || unmaskedRead)) {
                    chain.doFilter(req, res);
                    return;
                }
                Instant from = clock.instant();
                chain.doFilter(req, res);
                Instant to = clock.instant();
                int status = ((HttpServletResponse) res).getStatus();
                Authentication a = SecurityContextHolder.getContext().getAuthentication();
                String actor = a != null && a.getPrincipal() instanceof SignedInUser u ? u.username() : null;
                if (status >= 200 && status < 300 && actor != null) {
                    RECORDED.add(new Write(request.getMethod(), path, actor, from, to,
                            JOBS.stream().anyMatch(p -> p.matcher(path).matches())));
                }
            };
            FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(filter);
            bean.setOrder(0); // Spring Security's filter is at -100: the user is known here
            return bean;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ApplicationContext app = SpringExtension.getApplicationContext(context);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Write w; (w = RECORDED.poll()) != null; checked++) {
            Instant from = w.from().truncatedTo(ChronoUnit.MICROS);
            boolean audited = jdbc.sql("""
                            select exists (select 1 from audit_log where actor = :actor and at >= :from
                                and (:job or at <= :to))""")
                    .param("actor", w.actor()).param("from", java.sql.Timestamp.from(from)).param("job", w.job())
                    .param("to", java.sql.Timestamp.from(w.to().plus(1, ChronoUnit.MICROS)))
                    .query(Boolean.class).single();
            if (!audited) {
                missing.add(w.method() + " " + w.path() + " by " + w.actor() + " at " + w.from());
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError(missing.size() + " of " + checked + " writes made by " + context.getDisplayName()
                    + " left no audit entry:\n  " + String.join("\n  ", missing));
        }
    }
}
