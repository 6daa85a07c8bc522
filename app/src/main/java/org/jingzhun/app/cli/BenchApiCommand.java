// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jingzhun.app.registry.HouseholdTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench api DIR}: household search and detail under concurrent load against a running server
 * on this machine, each next to a baseline endpoint that does no database work, in one run.
 */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = {
                "Benchmarks the household API of a running server (loopback only). Takes real names, ID numbers,",
                "villages and household numbers from the generated files in DIR (the ones imported into that",
                "server), then for each scenario runs --clients concurrent clients for --seconds and prints",
                "throughput and p50/p99 latency, with /actuator/health/liveness as the baseline of the same run.",
                "Requests carry the bearer token of --user (region scope and masking apply as for that user);",
                "'signed in, no database' next to the baseline is the cost of authentication alone."})
public class BenchApiCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "directory of generated households-*.csv files")
    Path dir;

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "server (loopback only; default ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--clients", defaultValue = "200", description = "concurrent clients (default ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "20", description = "seconds per scenario (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--max-requests", defaultValue = "2000000", description = "stop a scenario after this many requests")
    long maxRequests;

    @Option(names = "--user", defaultValue = "province",
            description = "signs in as this user and sends its token (default ${DEFAULT-VALUE}, a demo account)")
    String user;

    @Option(names = "--password", description = "the user's password (default: $JINGZHUN_BENCH_PASSWORD, else the demo password)")
    String password;

    /** The bearer token of {@link #user}. */
    private String token;

    /** One registered head of household to ask about: household number, village, name, ID number. */
    record Sample(String household, String village, String name, String idNumber) {
    }

    /** A scenario: its name and the request path for a sample. */
    record Scenario(String name, Function<Sample, String> path) {
    }

    record Result(String scenario, long requests, long errors, double seconds, long p50, long p99) {
        double throughput() {
            return requests / seconds;
        }
    }

    @Override
    public Integer call() throws Exception {
        URI base = URI.create(url);
        if (!List.of("localhost", "127.0.0.1", "[::1]").contains(base.getHost())) {
            System.err.println("bench api only loads servers on this machine (localhost), not " + base.getHost());
            return 2;
        }
        List<Sample> samples = samples(5_000);
        System.out.printf("%d samples from %s; %d clients, %d s per scenario, server %s%n", samples.size(), dir, clients,
                seconds, url);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        token = login(http, base);
        List<Result> results = new ArrayList<>();
        results.add(run(http, "baseline: GET /actuator/health/liveness", s -> "/actuator/health/liveness", samples));
        results.add(run(http, "signed in, no database (GET /auth/me)", s -> "/api/v1/auth/me", samples));
        for (Scenario sc : householdScenarios()) {
            results.add(run(http, sc.name(), sc.path(), samples));
        }

        double baseline = results.getFirst().throughput();
        System.out.println();
        System.out.printf("%-46s %9s %7s %10s %8s %8s %10s%n", "scenario", "requests", "errors", "req/s", "p50 ms",
                "p99 ms", "× baseline");
        for (Result r : results) {
            System.out.printf("%-46s %9d %7d %10.0f %8.1f %8.1f %10.2f%n", r.scenario(), r.requests(), r.errors(),
                    r.throughput(), r.p50() / 1e6, r.p99() / 1e6, r.throughput() / baseline);
        }
        return results.stream().anyMatch(r -> r.errors() > 0) ? 1 : 0;
    }

    /** The household scenarios: lists of a village and a township, searches by name and ID number, detail. */
    static List<Scenario> householdScenarios() {
        return List.of(
                new Scenario("households of a village (region=, size=20)", s -> "/api/v1/households?size=20&region=" + s.village()),
                new Scenario("households of a township (region=, size=20)",
                        s -> "/api/v1/households?size=20&region=" + s.village().substring(0, 9)),
                new Scenario("search by member name (q=name)", s -> "/api/v1/households?size=20&q=" + enc(s.name())),
                new Scenario("search by ID number (q=id)", s -> "/api/v1/households?q=" + s.idNumber()),
                new Scenario("household detail (GET /households/{id})", s -> "/api/v1/households/" + s.household()));
    }

    private Result run(HttpClient http, String scenario, Function<Sample, String> path, List<Sample> samples)
            throws Exception {
        return run(http, scenario, path, samples, rb -> rb.header("Authorization", "Bearer " + token));
    }

    /** Runs one scenario: {@link #clients} clients for {@link #seconds}; {@code sign} adds what an API request carries. */
    Result run(HttpClient http, String scenario, Function<Sample, String> path, List<Sample> samples,
            Consumer<HttpRequest.Builder> sign) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong count = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    SplittableRandom random = new SplittableRandom(client);
                    long[] mine = new long[1024];
                    int n = 0;
                    while (System.nanoTime() < end && count.incrementAndGet() <= maxRequests) {
                        Sample s = samples.get(random.nextInt(samples.size()));
                        String p = path.apply(s);
                        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(url + p)).timeout(Duration.ofSeconds(30));
                        if (p.startsWith("/api/")) {
                            sign.accept(rb);
                        }
                        HttpRequest req = rb.build();
                        long start = System.nanoTime();
                        try {
                            HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                            if (res.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = System.nanoTime() - start;
                    }
                    return Arrays.copyOf(mine, n);
                }));
            }
            for (Future<long[]> f : futures) {
                latencies.add(f.get());
            }
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long p50 = all.length == 0 ? 0 : all[(int) (all.length * 0.50)];
        long p99 = all.length == 0 ? 0 : all[Math.min(all.length - 1, (int) (all.length * 0.99))];
        System.out.printf("  %-46s %d requests%n", scenario, all.length);
        return new Result(scenario, all.length, errors.get(), elapsed, p50, p99);
    }

    String login(HttpClient http, URI base) throws IOException, InterruptedException {
        String pw = password != null ? password
                : System.getenv().getOrDefault("JINGZHUN_BENCH_PASSWORD", "Jingzhun@2026");
        String body = "{\"username\":\"" + user + "\",\"password\":\"" + pw.replace("\"", "\\\"") + "\"}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("cannot sign in as " + user + ": HTTP " + r.statusCode() + " " + r.body());
        }
        System.out.println("signed in as " + user);
        return r.body().replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    /** Heads' rows spread over all county files: household number, village, name, ID number. */
    List<Sample> samples(int wanted) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().startsWith("households-")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no households-*.csv in " + dir);
        }
        List<String> headers = HouseholdTemplate.headers();
        int id = headers.indexOf("户编号");
        int village = headers.indexOf("区划代码");
        int name = headers.indexOf("姓名");
        int idNumber = headers.indexOf("证件号码");
        List<Sample> samples = new ArrayList<>();
        int perFile = Math.max(1, wanted / files.size());
        for (Path f : files) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                r.readLine();
                String line;
                int taken = 0;
                long n = 0;
                while (taken < perFile && (line = r.readLine()) != null) {
                    // every 37th head, so that samples spread through the county
                    if (line.contains(",户主,") && n++ % 37 == 0) {
                        String[] c = line.split(",", -1);
                        samples.add(new Sample(c[id], c[village], c[name], c[idNumber]));
                        taken++;
                    }
                }
            }
        }
        return samples;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
