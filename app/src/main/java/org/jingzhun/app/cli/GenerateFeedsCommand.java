// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jingzhun.app.feeds.generate.FeedCountySummary;
import org.jingzhun.app.feeds.generate.FeedGenerationSummary;
import org.jingzhun.app.feeds.generate.FeedGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code generate feeds}: writes demo department feeds (部门数据) about the persons that
 * {@code generate} makes with the same scale and seed. Plain Java, like {@code generate}: no
 * Spring, no database.
 */
@Command(name = "feeds", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
                "Generates demo department feeds (部门数据) about generated persons.",
                "They are about the persons that 'generate' makes with the same",
                "--scale and --seed (same ID numbers, same households, rebuilt in",
                "memory: no files are read), in the feeds' long format (DOMAIN.md §7),",
                "one row per record:",
                "  DIR/feeds-<county code>.csv  one file per county, UTF-8, header",
                "      部门,记录编号,证件号码,数据项,发生日期,数值,文本值",
                "  DIR/feeds-summary.csv        records per county and per item",
                "At scale 1: ~50 million records (~3.6 per household). Dates lie in",
                "the 24 months before --as-of, most in the last 12. About 0.3%% of",
                "records match no registered person and 0.05%% are malformed, on",
                "purpose. The same --scale, --seed and --as-of give byte-identical files.",
                "Exit code 0 when written, 1 when a file cannot be written, 2 for bad",
                "options."})
public class GenerateFeedsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "0.01",
            description = "fraction of the province's households, 0 < S ≤ 1; as for 'generate' (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "random seed; as for 'generate' (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output directory (created if missing)")
    Path out;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", defaultValue = "2026-11-01",
            description = "the day the feeds are taken: records are dated in the 24 months before it (default: ${DEFAULT-VALUE})")
    LocalDate asOf;

    @Option(names = "--county", paramLabel = "CODE", split = ",",
            description = "only these counties (6- or 12-digit codes, comma-separated; default: all)")
    List<String> counties;

    @Option(names = "--threads", paramLabel = "N",
            description = "worker threads (default: the number of processors)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        if (spec.parent() != null && !spec.parent().commandLine().getParseResult().matchedOptions().isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "generate 的选项请写在 feeds 之后 (put the options after 'feeds'): generate feeds --out DIR ...");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (!(scale > 0 && scale <= 1)) {
            stderr.println("--scale 必须大于 0 且不超过 1 (must be > 0 and ≤ 1): " + scale);
            return 2;
        }
        FeedGenerator generator;
        try {
            generator = new FeedGenerator(scale, seed, asOf);
        } catch (IllegalArgumentException e) {
            stderr.println("--as-of: " + e.getMessage());
            return 2;
        }
        List<String> codes = counties == null || counties.isEmpty() ? generator.countyCodes() : counties;
        long start = System.nanoTime();
        FeedGenerationSummary summary;
        try {
            summary = generator.generate(out, codes, threads, (county, done, total) -> {
                stdout.printf(Locale.ROOT, "[%d/%d] %s %s: %,d records about %,d households%n", done, total,
                        county.countyCode(), county.countyName(), county.records(), county.households());
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
        FeedCountySummary t = summary.total();
        stdout.printf(Locale.ROOT, "Generated %,d feed records (%,d unmatched, %,d malformed) about %,d households "
                        + "and %,d persons in %d counties; %.1f MB in %s, %.1f s (scale %s, seed %d, as of %s)%n",
                t.records(), t.unmatched(), t.malformed(), t.households(), t.persons(), summary.counties().size(),
                t.bytes() / 1e6, out.toAbsolutePath(), seconds, scale, seed, asOf);
        stdout.flush();
        return 0;
    }
}
