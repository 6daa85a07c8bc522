// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code jingzhun generate}, run the way picocli runs it, without Spring. */
class HouseholdGeneratorCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new GenerateCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
    }

    @Test
    void helpDescribesTheCommandAndItsDefaults() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: generate")
                .contains("--scale", "0.01", "--seed", "default: 1", "--out", "--county", "summary.csv", "1% of")
                .doesNotContain("%n");
    }

    @Test
    void writesTheCountiesAndPrintsProgressAndASummaryLine(@TempDir Path dir) {
        int code = run("--scale", "0.001", "--seed", "5", "--out", dir.toString(), "--county", "360821,360102000000");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("[1/2]", "[2/2]", "吉安县", "东湖区").contains("Generated");
        assertThat(dir.resolve("households-360821000000.csv")).isNotEmptyFile();
        assertThat(dir.resolve("households-360102000000.csv")).isNotEmptyFile();
        assertThat(dir.resolve("summary.csv")).content().contains("360821000000,吉安县");
    }

    @Test
    void refusesAScaleOutsideZeroToOne(@TempDir Path dir) {
        assertThat(run("--scale", "2", "--out", dir.toString())).isEqualTo(2);
        assertThat(run("--scale", "0", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--scale");
    }

    @Test
    void refusesAnUnknownCounty(@TempDir Path dir) {
        assertThat(run("--out", dir.toString(), "--county", "369999")).isEqualTo(2);
        assertThat(err.toString()).contains("369999");
    }
}
