// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code jingzhun generate feeds}, and {@code jingzhun generate} working as before now that it
 * has a subcommand; run the way {@code Jingzhun.main} runs them, without Spring.
 */
class GenerateFeedsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new JingzhunCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
    }

    @Test
    void helpDescribesTheFilesTheFormatAndTheDefaults() {
        assertThat(run("generate", "feeds", "--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: jingzhun generate feeds")
                .contains("--scale", "--seed", "--out=DIR", "--as-of", "default: 2026-11-01", "--county", "--threads",
                        "feeds-<county code>.csv", "feeds-summary.csv", "部门,记录编号,证件号码,数据项,发生日期,数值,文本值",
                        "0.3% of", "0.05% are malformed")
                .doesNotContain("%n", "%%");
    }

    @Test
    void generateListsFeedsAndStillShowsOutAsRequired() {
        assertThat(run("generate", "--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: jingzhun generate [-hV] --out=DIR")
                .contains("Commands:", "feeds  Generates demo department feeds (部门数据) about generated persons.");
    }

    @Test
    void generateWithItsOwnOptionsStillWritesHouseholds(@TempDir Path dir) {
        int code = run("generate", "--scale", "0.001", "--seed", "5", "--out", dir.toString(), "--county", "360821");
        assertThat(code).as(err.toString()).isZero();
        assertThat(dir.resolve("households-360821000000.csv")).isNotEmptyFile();
        assertThat(dir.resolve("feeds-360821000000.csv")).doesNotExist();
    }

    @Test
    void generateWithoutOutStillFailsAsBefore() {
        assertThat(run("generate", "--scale", "0.01")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Missing required option: '--out=DIR'").contains("Usage: jingzhun generate");
    }

    @Test
    void anOutputDirectoryMayBeCalledFeeds() {
        GenerateCommand generate = new GenerateCommand();
        CommandLine cli = new CommandLine(generate);
        cli.parseArgs("--out", "feeds");
        assertThat(generate.out).isEqualTo(Path.of("feeds"));
        assertThat(cli.getParseResult().subcommand()).isNull();
    }

    @Test
    void writesTheCountiesAndPrintsProgressAndASummaryLine(@TempDir Path dir) {
        int code = run("generate", "feeds", "--scale", "0.001", "--seed", "5", "--out", dir.toString(),
                "--county", "360821,360102000000", "--as-of", "2026-06-30", "--threads", "2");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("[1/2]", "[2/2]", "吉安县", "东湖区", "records about")
                .contains("Generated", "as of 2026-06-30");
        assertThat(dir.resolve("feeds-360821000000.csv")).isNotEmptyFile();
        assertThat(dir.resolve("feeds-360102000000.csv")).isNotEmptyFile();
        assertThat(dir.resolve("feeds-summary.csv")).content().contains("360821000000,吉安县");
        assertThat(dir.resolve("households-360821000000.csv")).doesNotExist();
    }

    @Test
    void refusesGenerateOptionsBeforeFeeds(@TempDir Path dir) {
        assertThat(run("generate", "--scale", "0.5", "feeds", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("feeds");
        assertThat(dir.resolve("feeds-summary.csv")).doesNotExist();
    }

    @Test
    void refusesBadOptions(@TempDir Path dir) {
        assertThat(run("generate", "feeds")).isEqualTo(2);
        assertThat(run("generate", "feeds", "--out", dir.toString(), "--scale", "0")).isEqualTo(2);
        assertThat(run("generate", "feeds", "--out", dir.toString(), "--as-of", "2026-02-30")).isEqualTo(2);
        assertThat(run("generate", "feeds", "--out", dir.toString(), "--as-of", "1999-12-31")).isEqualTo(2);
        assertThat(run("generate", "feeds", "--out", dir.toString(), "--county", "369999")).isEqualTo(2);
        assertThat(err.toString()).contains("--out", "--scale", "--as-of", "369999");
    }
}
