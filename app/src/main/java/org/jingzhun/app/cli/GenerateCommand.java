// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jingzhun.app.registry.generate.CountySummary;
import org.jingzhun.app.registry.generate.GenerationSummary;
import org.jingzhun.app.registry.generate.HouseholdGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code generate}: writes demo registry households for Jiangxi as import-template CSV files. Plain
 * Java — it reads only classpath resources and needs neither Spring nor a database.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
                "Generates demo registry households (建档立卡) for all of Jiangxi as CSV files",
                "in the household import template, one row per person:",
                "  DIR/households-<county code>.csv  one file per county, UTF-8",
                "  DIR/summary.csv                   counts per county and in total",
                "At scale 1: ~14 million households and ~45 million persons (~9 GB).",
                "脱贫户 (exited) hold ~346万 persons, most in the 25 former poverty",
                "counties and 3,058 former poor villages; 监测户 (monitored) ~1%% of",
                "persons. Each household lies in one of its village's demo grids.",
                "The same --scale and --seed give byte-identical files. Needs no",
                "database, and does not load the files into one.",
                "Exit code 0 when written, 1 when a file cannot be written, 2 for bad",
                "options.",
                "'generate feeds' writes department feeds (部门数据) about the same",
                "persons; see 'generate feeds --help'."},
        subcommands = GenerateFeedsCommand.class)
public class GenerateCommand implements Callable<Integer> {

    CommandSpec spec;

    /**
     * Keeps {@code generate} as it was before it had a subcommand: an option's value may be the
     * subcommand's name ({@code --out feeds}), and the synopsis shows {@code --out} as required
     * although picocli is not told so (it would then demand it before {@code feeds} too).
     */
    @Spec
    void spec(CommandSpec commandSpec) {
        this.spec = commandSpec;
        commandSpec.parser().allowSubcommandsAsOptionParameters(true);
        Map<String, IHelpSectionRenderer> sections = commandSpec.usageMessage().sectionMap();
        IHelpSectionRenderer synopsis = sections.get(UsageMessageSpec.SECTION_KEY_SYNOPSIS);
        sections.put(UsageMessageSpec.SECTION_KEY_SYNOPSIS, help -> synopsis.render(help).replace("[--out=DIR]", "--out=DIR"));
    }

    @Option(names = "--scale", paramLabel = "S", defaultValue = "0.01",
            description = "fraction of the province's households, 0 < S ≤ 1 (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    // required, but checked in call(): see spec(CommandSpec)
    @Option(names = "--out", paramLabel = "DIR", description = "output directory (created if missing)")
    Path out;

    @Option(names = "--county", paramLabel = "CODE", split = ",",
            description = "only these counties (6- or 12-digit codes, comma-separated; default: all)")
    List<String> counties;

    @Option(names = "--threads", paramLabel = "N",
            description = "worker threads (default: the number of processors)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        if (out == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--out=DIR'");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        HouseholdGenerator generator;
        try {
            generator = new HouseholdGenerator(scale, seed);
        } catch (IllegalArgumentException e) {
            stderr.println("--scale 必须大于 0 且不超过 1 (must be > 0 and ≤ 1): " + scale);
            return 2;
        }
        List<String> codes = counties == null || counties.isEmpty() ? generator.countyCodes() : counties;
        long start = System.nanoTime();
        GenerationSummary summary;
        try {
            summary = generator.generate(out, codes, threads, (county, done, total) -> {
                stdout.printf(Locale.ROOT, "[%d/%d] %s %s: %,d households, %,d persons%n", done, total,
                        county.countyCode(), county.countyName(), county.households(), county.persons());
                stdout.flush();
            });
        } catch (IllegalArgumentException e) {
            stderr.println(e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            stderr.println("写入失败 (cannot write): " + e.getCause().getMessage());
            return 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        CountySummary t = summary.total();
        stdout.printf(Locale.ROOT, "Generated %,d households and %,d persons in %d counties: 脱贫户 %,d (%,d persons), "
                        + "监测户 %,d (%,d persons), 一般农户 %,d; %.1f MB in %s, %.1f s (scale %s, seed %d)%n",
                t.households(), t.persons(), summary.counties().size(), t.exitedHouseholds(), t.exitedPersons(),
                t.monitoredHouseholds(), t.monitoredPersons(), t.ordinaryHouseholds(), sizeOf(summary) / 1e6,
                out.toAbsolutePath(), seconds, scale, seed);
        stdout.flush();
        return 0;
    }

    /** Bytes of the files this run wrote (the directory may hold others). */
    private static long sizeOf(GenerationSummary summary) {
        try {
            long bytes = Files.size(summary.directory().resolve(HouseholdGenerator.SUMMARY_FILE));
            for (CountySummary c : summary.counties()) {
                bytes += Files.size(HouseholdGenerator.countyFile(summary.directory(), c.countyCode()));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
