// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.jingzhun.app.AuditedWrites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The web UI end to end: the application with a small demo province (demo accounts, ~14,000 generated
 * households) serves the built UI, and {@code web/e2e/run.mjs} drives Debian's Chromium through it with
 * playwright-core (scenarios and screenshots: see that file). Fails, never skips, when Chromium or the
 * web build is missing. Screenshots land in {@code app/target/screenshots}.
 *
 * <p>The procedure scenario needs time to pass (a notice runs five days). As the monitoring ITs do, time
 * passes by moving a case's dates back in SQL; the script asks for it through a small HTTP server that
 * lives only in this test ({@link TestHooks}, its address in {@code JINGZHUN_TEST_HOOKS}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jingzhun.data-dir=target/it-data/${random.uuid}",
        "jingzhun.embedded-postgres.ephemeral=true",
        "jingzhun.embedded-postgres.shared-buffers=128MB",
        "jingzhun.demo.enabled=true",
        "jingzhun.demo.households=true",
        "jingzhun.demo.history=true",
        "jingzhun.demo.scale=0.001",
        "jingzhun.demo.seed=1"})
@ExtendWith(AuditedWrites.class)
@Import(AuditedWrites.Recorder.class)
class WebE2EIT {

    private static final Duration RUN_LIMIT = Duration.ofMinutes(10);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theWebUiPassesItsScenariosInARealChromium() throws Exception {
        Path chromium = Path.of(System.getProperty("jingzhun.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            fail("Chromium is needed for the web UI's end-to-end tests and is not at " + chromium
                    + ". Install it (as root: apt-get update && apt-get install -y chromium fonts-wqy-microhei; .ci/run does this),"
                    + " or point -Djingzhun.chromium at one.");
        }
        Path web = Path.of("..", "web").toAbsolutePath().normalize();
        if (!Files.isDirectory(web.resolve("node_modules/playwright-core"))) {
            fail("web/node_modules is missing: build the web module first (./mvnw verify builds it; -Dweb.skip leaves it out)");
        }
        awaitDemoJob("demo-households");
        awaitDemoJob("demo-history");

        Path screenshots = Path.of("target", "screenshots").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder("node", "e2e/run.mjs").directory(web.toFile()).redirectErrorStream(true);
        builder.environment().put("JINGZHUN_BASE_URL", "http://localhost:" + port);
        builder.environment().put("JINGZHUN_SCREENSHOTS", screenshots.toString());
        builder.environment().put("CHROMIUM", chromium.toString());
        TestHooks hooks = TestHooks.start(jdbc);
        builder.environment().put("JINGZHUN_TEST_HOOKS", hooks.address());
        StringBuilder output = new StringBuilder();
        Process node;
        try {
            node = builder.start();
            Thread reader = Thread.ofVirtual().start(() -> copy(node, output));
            if (!node.waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                node.destroyForcibly();
                fail("the end-to-end run did not finish within " + RUN_LIMIT + ":\n" + output);
            }
            reader.join(Duration.ofSeconds(10));
        } finally {
            hooks.stop();
        }
        assertThat(node.exitValue()).as("web/e2e/run.mjs exit code; its output:\n%s", output).isZero();
        assertThat(output).contains(" passed, 0 failed");
        try (var files = Files.list(screenshots)) {
            assertThat(files.filter(f -> f.toString().endsWith(".png")).count()).as("screenshots in %s", screenshots)
                    .isGreaterThanOrEqualTo(10);
        }
    }

    /**
     * The scenarios need the demo households of 吉安县 and the demo poverty history loaded (background jobs
     * on a new demo database).
     */
    private void awaitDemoJob(String kind) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        String state = null;
        while (Instant.now().isBefore(deadline)) {
            state = jdbc.sql("select state from job where kind = :kind").param("kind", kind).query(String.class).optional().orElse(null);
            if (state != null && !state.equals("RUNNING")) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(state).as("job %s", kind).isEqualTo("SUCCEEDED");
    }

    private static void copy(Process process, StringBuilder output) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                System.out.println("[e2e] " + line);
                synchronized (output) {
                    output.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            synchronized (output) {
                output.append("(reading the output failed: ").append(e).append(")\n");
            }
        }
    }
}
