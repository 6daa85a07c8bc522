// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.jingzhun.app.registry.generate.VillageCatalog.County;

/**
 * The demo household generator (演示建档立卡数据生成): realistic registry households for the whole of
 * Jiangxi, written as files in the household import template, one per county. At scale 1 it makes
 * about 14 million households and 45 million persons (DOMAIN.md §1); the start-up demo uses a small
 * scale. The output depends only on (scale, seed): each county is drawn from its own random
 * generator, so the files are byte-identical however the counties are spread over threads.
 */
public final class HouseholdGenerator {

    public static final double DEFAULT_SCALE = 0.01;
    public static final long DEFAULT_SEED = 1;
    /** The day the generated registry describes: ages, schooling and birth dates are as of this date. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 1);
    public static final String SUMMARY_FILE = "summary.csv";

    private final VillageCatalog catalog;
    private final PovertyGeography geography;
    private final CategoryModel model;
    private final double scale;
    private final long seed;

    /** A generator for Jiangxi at {@code scale} (0 < scale ≤ 1) with {@code seed}. */
    public HouseholdGenerator(double scale, long seed) {
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("scale must be > 0 and ≤ 1, was " + scale);
        }
        this.catalog = VillageCatalog.jiangxi();
        this.geography = PovertyGeography.jiangxi(catalog);
        this.model = new CategoryModel(catalog, geography);
        this.scale = scale;
        this.seed = seed;
    }

    /** Generates every county of the province into {@code outDir} with one thread per processor. */
    public static GenerationSummary generate(double scale, long seed, Path outDir, ProgressListener listener) {
        HouseholdGenerator g = new HouseholdGenerator(scale, seed);
        return g.generate(outDir, g.countyCodes(), listener);
    }

    /** The 12-digit codes of the counties that have villages, in code order. */
    public List<String> countyCodes() {
        return catalog.counties().stream().map(County::code).toList();
    }

    /** The file a county's households are written to. */
    public static Path countyFile(Path outDir, String countyCode) {
        return outDir.resolve("households-" + countyCode + ".csv");
    }

    /** Generates the given counties (12- or 6-digit codes) into {@code outDir} with one thread per processor. */
    public GenerationSummary generate(Path outDir, Collection<String> countyCodes, ProgressListener listener) {
        return generate(outDir, countyCodes, Runtime.getRuntime().availableProcessors(), listener);
    }

    /**
     * Generates the given counties (12- or 6-digit codes) into {@code outDir}, one file each, on
     * {@code threads} threads, then writes {@value #SUMMARY_FILE} for them.
     */
    public GenerationSummary generate(Path outDir, Collection<String> countyCodes, int threads, ProgressListener listener) {
        List<County> counties = new ArrayList<>();
        for (String code : countyCodes) {
            counties.add(catalog.county(code)
                    .orElseThrow(() -> new IllegalArgumentException("no county with villages: " + code)));
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
        List<CountySummary> results = CountyPool.run("household-generator", order, threads, c -> writeCountyFile(outDir, c), listener::countyDone);
        GenerationSummary summary = new GenerationSummary(outDir,
                results.stream().sorted(Comparator.comparing(CountySummary::countyCode)).toList());
        writeSummary(outDir.resolve(SUMMARY_FILE), summary);
        return summary;
    }

    /** Writes to a temporary name first, so that a file with the final name is always complete. */
    private CountySummary writeCountyFile(Path outDir, County county) throws IOException {
        Path file = countyFile(outDir, county.code());
        Path part = file.resolveSibling(file.getFileName() + ".part");
        CountySummary summary;
        try (OutputStream out = Files.newOutputStream(part)) {
            summary = writer().write(county, out);
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return summary;
    }

    /**
     * Writes one county (12- or 6-digit code) as CSV to {@code out}, which is flushed but not closed —
     * for callers that import the rows directly instead of going through a file.
     */
    public CountySummary writeCounty(String countyCode, OutputStream out) {
        County county = catalog.county(countyCode)
                .orElseThrow(() -> new IllegalArgumentException("no county with villages: " + countyCode));
        return writer().write(county, out);
    }

    /**
     * Draws one county's households (12- or 6-digit code) exactly as {@link #writeCounty} does — the
     * same draws, so the same persons and ID numbers — and hands each to {@code visitor} instead of
     * writing it. The view passed is reused: it is valid only during the call. This is how data about
     * the generated persons (department feeds) is made without reading the household files.
     */
    public CountySummary forEachHousehold(String countyCode, Consumer<GeneratedHousehold> visitor) {
        County county = catalog.county(countyCode)
                .orElseThrow(() -> new IllegalArgumentException("no county with villages: " + countyCode));
        GeneratedHousehold view = new GeneratedHousehold(county, geography);
        return writer().walk(county, (f, ids, village, code, h, grid) -> visitor.accept(view.at(f, ids, village, h)));
    }

    private CountyWriter writer() {
        return new CountyWriter(model, geography, scale, seed);
    }

    private static void writeSummary(Path file, GenerationSummary summary) {
        try (CsvBytes csv = new CsvBytes(Files.newOutputStream(file))) {
            csv.row(CountySummary.HEADER);
            for (CountySummary c : summary.counties()) {
                csv.row(c.fields());
            }
            csv.row(summary.total().fields());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 3,058 former poor villages (贫困村) the demo uses, the same for every scale and seed. */
    public java.util.Set<String> formerPoorVillages() {
        return geography.formerPoorVillages();
    }

    /** The 25 former poverty counties (贫困县) with the year each exit was approved. */
    public java.util.Map<String, Integer> formerPovertyCounties() {
        return geography.countyExitYears();
    }

    public double scale() {
        return scale;
    }

    public long seed() {
        return seed;
    }
}
