// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The built jar as a user runs it: a fresh data directory, restarts, SIGTERM and SIGKILL, and the
 * import command. Checks that data survives, nothing loads twice and no PostgreSQL is left behind.
 */
class JarLifecycleIT {

    private static final Duration START_LIMIT = Duration.ofSeconds(90);

    /** The demo administrator's token on the server started last. */
    private String token;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> started = new ArrayList<>();
    private Path dataDir;
    private Path jar;
    private int port;

    @BeforeEach
    void setUp() throws IOException {
        jar = Path.of(System.getProperty("jingzhun.jar", "target/jingzhun.jar")).toAbsolutePath();
        assertThat(jar).exists();
        dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "jar-it-");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        for (Process p : started) {
            if (p.isAlive()) {
                p.destroy();
                p.waitFor(30, TimeUnit.SECONDS);
            }
        }
        postgresProcesses().forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void keepsDataAcrossRestartsAndLeavesNoPostgresBehind() throws Exception {
        Process first = start("first");
        String stats = get("/api/v1/regions/360000000000/stats");
        assertThat(stats).contains("\"city\":11", "\"county\":100", "\"township\":1767", "\"village\":22080");
        assertThat(Files.readString(log("first"))).contains("Loaded region data set 36-jiangxi.csv: 23959 rows");

        stopGracefully(first);
        assertThat(postgresProcesses()).as("postgres after SIGTERM").isEmpty();

        Process second = start("second");
        assertThat(get("/api/v1/regions/360000000000/stats")).isEqualTo(stats);
        assertThat(Files.readString(log("second")))
                .contains("Region data set 36-jiangxi.csv already loaded")
                .doesNotContain("Loaded region data set")
                .doesNotContain("Generated");

        second.destroyForcibly().waitFor();
        assertThat(postgresProcesses()).as("a SIGKILLed JVM cannot stop its postgres").isNotEmpty();

        Process third = start("third");
        assertThat(Files.readString(log("third"))).contains("left running by an earlier Jingzhun process");
        assertThat(get("/api/v1/regions/360000000000/stats")).isEqualTo(stats);
        stopGracefully(third);
        assertThat(postgresProcesses()).as("postgres after recovery and SIGTERM").isEmpty();
    }

    @Test
    void importCommandAppliesGoodFilesAndRefusesBadOnesWithRowNumbers() throws Exception {
        Path good = dataDir.resolve("hainan.csv");
        Files.writeString(good, "code,name\n46,海南省\n4602,三亚市\n", StandardCharsets.UTF_8);
        Path bad = dataDir.resolve("bad.csv");
        Files.writeString(bad, "code,name\n46,海南省\n4602x,三亚市\n", StandardCharsets.UTF_8);

        Result refused = run("regions", "import", bad.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("第 3 行").contains("4602x").contains("未导入");

        Result applied = run("regions", "import", good.toString());
        assertThat(applied.exit()).as(applied.err()).isZero();
        assertThat(applied.out()).contains("新增 2");

        Result again = run("regions", "import", good.toString());
        assertThat(again.out()).contains("新增 0").contains("未变 2");

        Result help = run("regions", "import", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: jingzhun regions import");

        // the first administrator of a production installation, with a password that meets the policy
        Result weak = run(java.util.Map.of("JINGZHUN_ADMIN_PASSWORD", "short"), "users", "create-admin", "--username", "root");
        assertThat(weak.exit()).isEqualTo(1);
        assertThat(weak.err()).contains("至少 10 位");
        Result admin = run(java.util.Map.of("JINGZHUN_ADMIN_PASSWORD", "Chief-Admin-2026"), "users", "create-admin", "--username", "root");
        assertThat(admin.exit()).as(admin.err()).isZero();
        assertThat(admin.out()).contains("已创建管理员 root");
        assertThat(postgresProcesses()).isEmpty();
    }

    @Test
    void anImportKilledHalfWayLeavesNothingWritten() throws Exception {
        Path generated = dataDir.resolve("generated");
        org.jingzhun.app.registry.generate.HouseholdGenerator.generate(0.007, 3, generated, (c, done, total) -> { });
        Path file = dataDir.resolve("big.csv");
        long rows = 0;
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var files = Files.list(generated)) {
            boolean header = true;
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("households-")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (String line : header ? lines : lines.subList(1, lines.size())) {
                    out.write(line);
                    out.write('\n');
                }
                rows += lines.size() - 1;
                header = false;
            }
        }
        assertThat(rows).isGreaterThan(250_000);

        Process server = start("import", "--jingzhun.demo.households=false");
        var form = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        form.add("file", new org.springframework.core.io.FileSystemResource(file));
        get("/api/v1/auth/me");
        String job = org.springframework.web.client.RestClient.create("http://localhost:" + port).post()
                .uri("/api/v1/households/imports").header("Authorization", "Bearer " + token).contentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA)
                .body(form).retrieve().body(tools.jackson.databind.JsonNode.class).get("id").asString();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!get("/api/v1/jobs/" + job).matches("(?s).*\"rowsDone\":[1-9][0-9]{4,}.*")) {
            assertThat(System.nanoTime()).as("the import never got going").isLessThan(deadline);
            Thread.sleep(20);
        }
        assertThat(get("/api/v1/jobs/" + job)).contains("\"state\":\"RUNNING\"");
        server.destroyForcibly().waitFor();

        Process again = start("after-kill", "--jingzhun.demo.households=false");
        assertThat(get("/api/v1/jobs/" + job)).contains("\"state\":\"FAILED\"").contains("中断");
        assertThat(get("/api/v1/households?size=1")).contains("\"items\":[]");
        stopGracefully(again);
        assertThat(postgresProcesses()).isEmpty();
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(String... args) throws Exception {
        return run(java.util.Map.of(), args);
    }

    private Result run(java.util.Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        pb.environment().put("JINGZHUN_DATA_DIR", dataDir.resolve("var").toString());
        Path out = Files.createTempFile(dataDir, "out", ".txt");
        Path err = Files.createTempFile(dataDir, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        started.add(p);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Process start(String name, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString(), "--server.port=" + port));
        command.addAll(List.of(options));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("JINGZHUN_DATA_DIR", dataDir.resolve("var").toString());
        pb.redirectErrorStream(true).redirectOutput(log(name).toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        started.add(p);
        token = null; // a new server (perhaps on a new database): sign in again
        while (System.nanoTime() - t0 < START_LIMIT.toNanos()) {
            assertThat(p.isAlive()).as("jar exited during start-up; see " + log(name)).isTrue();
            try {
                if (get("/actuator/health").contains("\"UP\"")) {
                    System.out.printf("jar start '%s': healthy after %d ms%n", name, (System.nanoTime() - t0) / 1_000_000);
                    return p;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not healthy within " + START_LIMIT + "; see " + log(name));
    }

    private void stopGracefully(Process p) throws InterruptedException {
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10));
        if (path.startsWith("/api/")) {
            if (token == null) {
                token = org.jingzhun.app.security.TestLogins.login("http://localhost:" + port, "admin",
                        org.jingzhun.app.security.TestLogins.PASSWORD);
            }
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return r.body();
    }

    private Path log(String name) {
        return dataDir.resolve(name + ".log");
    }

    private List<ProcessHandle> postgresProcesses() {
        String cluster = dataDir.resolve("var").resolve("postgres").toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("postgres") && c.contains(cluster)).orElse(false))
                .toList();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
