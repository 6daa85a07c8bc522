// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jingzhun.app.registry.generate.CountyPool;
import org.jingzhun.app.registry.generate.HouseholdGenerator;
import org.jingzhun.app.registry.generate.VillageCatalog;
import org.jingzhun.app.registry.generate.VillageCatalog.County;

/**
 * The demo department-feed generator (部门数据): for the province that {@link HouseholdGenerator}
 * makes at a scale and seed, the records 13 departments and the banks would send about its persons
 * (DOMAIN.md §7), in the feeds' long format, one file per county. Rebuilding the households in
 * memory instead of reading their files keeps it independent of where and whether those were
 * written, and is faster than parsing 9 GB of CSV at scale 1.
 *
 * <p>The records are meant to make the default warning rules fire at plausible rates and in the
 * right places: mostly routine items (hospital stays, student aid, 低保 rosters, disability cards,
 * ownership) that trigger nothing, a tail of large bills among the seriously ill, clustered
 * disasters, rare deaths, dropouts and unsafe houses, and a few records that match no one or are
 * malformed. Dates lie in the 24 months before the as-of date, most in the last 12, so that the
 * rules' 12-month windows matter. The output depends only on (scale, seed, as-of date): each
 * county's file is the same whichever thread writes it.
 */
public final class FeedGenerator {

    /** The as-of date of the generated registry (its ages and school stages are of that day). */
    public static final LocalDate DEFAULT_AS_OF = HouseholdGenerator.REFERENCE_DATE;
    public static final LocalDate EARLIEST_AS_OF = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST_AS_OF = LocalDate.of(2099, 12, 31);
    public static final String SUMMARY_FILE = "feeds-summary.csv";

    private final HouseholdGenerator households;
    private final VillageCatalog catalog = VillageCatalog.jiangxi();
    private final FeedDates dates;
    private final long seed;

    /** Feeds about the households of {@code new HouseholdGenerator(scale, seed)}, as of {@code asOf}. */
    public FeedGenerator(double scale, long seed, LocalDate asOf) {
        if (asOf.isBefore(EARLIEST_AS_OF) || asOf.isAfter(LATEST_AS_OF)) {
            throw new IllegalArgumentException("as-of date must be from " + EARLIEST_AS_OF + " to " + LATEST_AS_OF
                    + ", was " + asOf);
        }
        this.households = new HouseholdGenerator(scale, seed);
        this.dates = new FeedDates(asOf);
        this.seed = seed;
    }

    /** Told after each county is written; calls come from worker threads but never at the same time. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (county, done, total) -> { };

        void countyDone(FeedCountySummary county, int done, int total);
    }

    /** The 12-digit codes of the counties that have villages, in code order. */
    public List<String> countyCodes() {
        return households.countyCodes();
    }

    /** The file a county's records are written to. */
    public static Path countyFile(Path outDir, String countyCode) {
        return outDir.resolve("feeds-" + countyCode + ".csv");
    }

    /**
     * Writes the given counties (12- or 6-digit codes) into {@code outDir}, one file each, on
     * {@code threads} threads, then {@value #SUMMARY_FILE} for them.
     */
    public FeedGenerationSummary generate(Path outDir, Collection<String> countyCodes, int threads, Progress listener) {
        List<County> counties = new ArrayList<>();
        for (String code : countyCodes) {
            counties.add(county(code));
        }
        if (counties.isEmpty()) {
            throw new IllegalArgumentException("no county to generate");
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the biggest counties first, so that no thread is left with a big one at the end
        List<County> order = counties.stream().distinct()
                .sorted(Comparator.comparingLong(County::estimatedHouseholds).reversed().thenComparing(County::code))
                .toList();
        List<FeedCountySummary> results = CountyPool.run("feed-generator", order, threads, c -> writeCountyFile(outDir, c), listener::countyDone);
        FeedGenerationSummary summary = new FeedGenerationSummary(outDir,
                results.stream().sorted(Comparator.comparing(FeedCountySummary::countyCode)).toList());
        writeSummary(outDir.resolve(SUMMARY_FILE), summary);
        return summary;
    }

    /** Writes one county (12- or 6-digit code) to {@code out}, which is flushed but not closed. */
    public FeedCountySummary writeCounty(String countyCode, OutputStream out) {
        return new CountyFeeds(households, dates, seed).write(county(countyCode), out);
    }

    private County county(String code) {
        return catalog.county(code).orElseThrow(() -> new IllegalArgumentException("no county with villages: " + code));
    }

    /** Writes to a temporary name first, so that a file with the final name is always complete. */
    private FeedCountySummary writeCountyFile(Path outDir, County county) throws IOException {
        Path file = countyFile(outDir, county.code());
        Path part = file.resolveSibling(file.getFileName() + ".part");
        FeedCountySummary summary;
        try (OutputStream out = Files.newOutputStream(part)) {
            summary = new CountyFeeds(households, dates, seed).write(county, out);
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return summary;
    }

    private static void writeSummary(Path file, FeedGenerationSummary summary) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", FeedCountySummary.HEADER) + "\r\n");
            for (FeedCountySummary c : summary.counties()) {
                w.write(String.join(",", c.fields()) + "\r\n");
            }
            w.write(String.join(",", summary.total().fields()) + "\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LocalDate asOf() {
        return dates.asOf();
    }
}
