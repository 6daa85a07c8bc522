// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jingzhun.app.JingzhunApplication;
import org.jingzhun.app.platform.security.Role;
import org.jingzhun.app.platform.security.SignedInUser;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;

/**
 * What security costs the household API, measured like for like in one run (issue 7: "security must
 * cost no more than 10 % of throughput"). Starts the application once, with one addition that exists
 * only in the test classes and so never ships: requests carrying {@value #OPEN_HEADER} skip the whole
 * Spring Security filter chain (no token lookup, no authorisation rules, no security headers) and act
 * as a fixed province officer set by a plain servlet filter. Every other request goes through the
 * product's chain with a bearer token of the same province officer. The SQL (region scope included)
 * and the masking are therefore the same in both; what differs is everything the security layer adds
 * to a request. Each scenario runs in rounds, secure and open back to back in alternating order, and the
 * table gives the throughput of both over all rounds, the share lost to security, and the median and range
 * of the rounds' own shares (short rounds, many of them: the two paths then see the same noise of a
 * shared machine).
 * <p>
 * Run by {@code bench/security} (see docs/benchmarks.md):
 * {@code bench/security --data-dir DIR --households DIR [--clients 200] [--seconds 10] [--rounds 2] [--warmup 10] [--only TEXT]}.
 */
public final class SecurityCostBenchmark {

    static final String OPEN_HEADER = "X-Jingzhun-Bench-Open";

    /**
     * The open path: an empty filter chain for marked requests, and a filter that signs them in as a province
     * officer. Deliberately not a {@code @Configuration}: component scanning must never pick it up (the
     * integration tests share this classpath); only {@link #main} registers it.
     */
    static class OpenPath {

        static final SignedInUser PROVINCE = new SignedInUser("bench-open", Role.PROVINCE, "360000000000", "江西省");

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        SecurityFilterChain benchOpenChain() {
            return new DefaultSecurityFilterChain(request -> request.getHeader(OPEN_HEADER) != null);
        }

        @Bean
        FilterRegistrationBean<Filter> benchOpenUser() {
            Filter filter = (request, response, chain) -> {
                if (((HttpServletRequest) request).getHeader(OPEN_HEADER) == null) {
                    chain.doFilter(request, response);
                    return;
                }
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(PROVINCE, null,
                        List.of(new SimpleGrantedAuthority(PROVINCE.role().authority()))));
                SecurityContextHolder.setContext(context);
                try {
                    chain.doFilter(request, response);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(filter);
            bean.setOrder(Ordered.HIGHEST_PRECEDENCE); // before Spring Security's filter (order -100)
            return bean;
        }
    }

    private SecurityCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        if (opts.containsKey("help") || !opts.containsKey("households")) {
            System.out.println("""
                    usage: bench/security --households DIR [--data-dir DIR] [--clients 200] [--seconds 10] [--rounds 2] [--warmup 10] [--port 18091] [--only TEXT]
                      --households  the generated households-*.csv files imported into the data directory (samples come from them)
                      --data-dir    jingzhun.data-dir of the registry to serve (default $JINGZHUN_DATA_DIR, else var/)
                      --rounds      how many times each path is measured per scenario, in alternating order (short
                                    rounds average out a noisy machine: both paths see the same noise)
                      --warmup      seconds of load per scenario and path before measuring
                      --only        run only the scenarios whose name contains this text (e.g. "auth/me", "detail")
                    Starts the application with the bench-only open path (test classes only), then runs each household
                    scenario through the secured API (bearer token of the demo account 'province') and through the open
                    path, alternating, and prints both throughputs and the share lost to security.""");
            return;
        }
        int port = Integer.parseInt(opts.getOrDefault("port", "18091"));
        List<String> appArgs = new ArrayList<>(List.of("--server.port=" + port, "--jingzhun.demo.households=false",
                "--jingzhun.screening.cron=-", "--logging.level.root=WARN"));
        if (opts.containsKey("data-dir")) {
            appArgs.add("--jingzhun.data-dir=" + opts.get("data-dir"));
        }
        int rounds = Integer.parseInt(opts.getOrDefault("rounds", "2"));
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be at least 1");
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JingzhunApplication.class, OpenPath.class)
                .run(appArgs.toArray(String[]::new))) {
            BenchApiCommand bench = new BenchApiCommand();
            bench.dir = Path.of(opts.get("households"));
            bench.url = "http://localhost:" + port;
            bench.clients = Integer.parseInt(opts.getOrDefault("clients", "200"));
            bench.seconds = Integer.parseInt(opts.getOrDefault("seconds", "10"));
            bench.maxRequests = Long.MAX_VALUE;
            bench.user = "province";
            bench.password = System.getenv().getOrDefault("JINGZHUN_BENCH_PASSWORD", "Jingzhun@2026");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            String token = bench.login(http, URI.create(bench.url));
            // what each path's requests carry: the demo province officer's bearer token, or the open path's mark
            Consumer<HttpRequest.Builder> signSecured = rb -> rb.header("Authorization", "Bearer " + token);
            Consumer<HttpRequest.Builder> signOpen = rb -> rb.header(OPEN_HEADER, "1");
            List<BenchApiCommand.Sample> samples = bench.samples(5_000);
            System.out.printf("%d samples from %s; %d clients, %d s per scenario and path, %d rounds%n", samples.size(),
                    bench.dir, bench.clients, bench.seconds, rounds);
            List<BenchApiCommand.Scenario> scenarios = new ArrayList<>();
            scenarios.add(new BenchApiCommand.Scenario("no database (GET /auth/me)", s -> "/api/v1/auth/me"));
            scenarios.addAll(BenchApiCommand.householdScenarios());
            String only = opts.get("only");
            if (only != null) {
                scenarios.removeIf(sc -> !sc.name().contains(only));
                if (scenarios.isEmpty()) {
                    throw new IllegalArgumentException("--only " + only + ": no scenario has that in its name");
                }
            }
            // warm-up: every scenario on both paths, not counted (the JIT, the caches, PostgreSQL's buffers)
            int measured = bench.seconds;
            bench.seconds = Integer.parseInt(opts.getOrDefault("warmup", "10"));
            for (BenchApiCommand.Scenario sc : scenarios) {
                bench.run(http, "warm-up secured: " + sc.name(), sc.path(), samples, signSecured);
                bench.run(http, "warm-up open:    " + sc.name(), sc.path(), samples, signOpen);
            }
            bench.seconds = measured;
            List<String> rows = new ArrayList<>();
            boolean errors = false;
            for (BenchApiCommand.Scenario sc : scenarios) {
                List<BenchApiCommand.Result> secure = new ArrayList<>();
                List<BenchApiCommand.Result> open = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    boolean secureFirst = r % 2 == 0;
                    for (int k = 0; k < 2; k++) {
                        if ((k == 0) == secureFirst) {
                            secure.add(bench.run(http, "secured: " + sc.name(), sc.path(), samples, signSecured));
                        } else {
                            open.add(bench.run(http, "open:    " + sc.name(), sc.path(), samples, signOpen));
                        }
                    }
                }
                errors |= secure.stream().anyMatch(x -> x.errors() > 0) || open.stream().anyMatch(x -> x.errors() > 0);
                double s = throughput(secure);
                double o = throughput(open);
                // each round's own loss (secured and open measured back to back): how far one round can be off
                double[] perRound = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    perRound[r] = 100 * (1 - secure.get(r).throughput() / open.get(r).throughput());
                }
                Arrays.sort(perRound);
                rows.add(String.format("| %s | %,d | %,.0f | %,.0f | %.3f | %.1f %% | %.1f %% | %.1f … %.1f %% | %.1f | %.1f |",
                        sc.name(), secure.stream().mapToLong(BenchApiCommand.Result::requests).sum()
                                + open.stream().mapToLong(BenchApiCommand.Result::requests).sum(),
                        s, o, s / o, 100 * (1 - s / o), perRound[rounds / 2], perRound[0], perRound[rounds - 1],
                        worst(secure), worst(open)));
            }
            System.out.println();
            System.out.println("| scenario | requests | secured req/s | open req/s | secured ÷ open | lost to security "
                    + "| median round | rounds from … to | p99 ms secured | p99 ms open |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            rows.forEach(System.out::println);
            if (errors) {
                System.out.println("some requests failed (not HTTP 200): see above");
                System.exit(1);
            }
        }
    }

    /** Requests over seconds, all rounds together. */
    private static double throughput(List<BenchApiCommand.Result> results) {
        return results.stream().mapToLong(BenchApiCommand.Result::requests).sum()
                / results.stream().mapToDouble(BenchApiCommand.Result::seconds).sum();
    }

    /** The highest p99 of the rounds, in milliseconds. */
    private static double worst(List<BenchApiCommand.Result> results) {
        return results.stream().mapToLong(BenchApiCommand.Result::p99).max().orElse(0) / 1e6;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + a + " (see --help)");
            }
            String key = a.substring(2);
            if (key.equals("help")) {
                m.put(key, "");
            } else if (i + 1 < args.length) {
                m.put(key, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + key + " needs a value");
            }
        }
        return m;
    }
}
