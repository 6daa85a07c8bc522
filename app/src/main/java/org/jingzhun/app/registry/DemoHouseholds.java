// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jingzhun.app.platform.csv.ImportReport;
import org.jingzhun.app.platform.db.Datasets;
import org.jingzhun.app.platform.demo.DemoMode;
import org.jingzhun.app.platform.jobs.JobProgress;
import org.jingzhun.app.platform.jobs.JobService;
import org.jingzhun.app.platform.jobs.JobState;
import org.jingzhun.app.registry.generate.CountySummary;
import org.jingzhun.app.registry.generate.GenerationSummary;
import org.jingzhun.app.registry.generate.HouseholdGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills a new demo installation with generated households (scale {@code jingzhun.demo.scale},
 * default 0.01 ≈ 140,000 households) so that a new user sees data. Runs as a background job once
 * the server is up, county by county through the ordinary import; an interrupted load resumes at
 * the next start (each county's import is idempotent) and a finished one is never repeated.
 */
@Component
class DemoHouseholds {

    private static final Logger log = LoggerFactory.getLogger(DemoHouseholds.class);
    static final String JOB_KIND = "demo-households";
    private static final String LOADING = "loading";

    private final DemoMode demo;
    private final HouseholdRepository households;
    private final Datasets datasets;
    private final JobService jobs;
    private final HouseholdImportService imports;
    private final org.jingzhun.app.platform.i18n.Messages messages;
    private final Path dataDir;
    private final boolean enabled;
    private final double scale;
    private final long seed;

    DemoHouseholds(DemoMode demo, HouseholdRepository households, Datasets datasets, JobService jobs, HouseholdImportService imports,
                   org.jingzhun.app.platform.i18n.Messages messages,
                   @Value("${jingzhun.data-dir}") Path dataDir,
                   @Value("${jingzhun.demo.households:true}") boolean enabled,
                   @Value("${jingzhun.demo.scale:0.01}") double scale,
                   @Value("${jingzhun.demo.seed:1}") long seed) {
        this.demo = demo;
        this.households = households;
        this.datasets = datasets;
        this.jobs = jobs;
        this.imports = imports;
        this.messages = messages;
        this.dataDir = dataDir;
        this.enabled = enabled;
        this.scale = scale;
        this.seed = seed;
    }

    String datasetName() {
        return "households:demo:scale=" + scale + ":seed=" + seed;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!demo.enabled() || !enabled) {
            return;
        }
        java.util.Optional<String> marker = datasets.loaded(datasetName());
        if (marker.filter(m -> !m.equals(LOADING)).isPresent()) {
            return; // loaded before
        }
        if (marker.isEmpty() && !households.isEmpty()) {
            // someone's own data: a demo must never overwrite or mix with it
            log.info("The registry already holds households; no demo households are loaded");
            return;
        }
        datasets.record(datasetName(), LOADING, 0); // an interrupted load resumes at the next start
        jobs.start(JOB_KIND, messages.get("demo.households.source", scale, seed), "system", this::generateAndImport);
        log.info("Loading demo households (scale {}, seed {}) in the background; see /api/v1/jobs", scale, seed);
    }

    private JobService.Outcome generateAndImport(JobProgress progress) throws IOException {
        Path out = dataDir.resolve("demo-households");
        try {
            GenerationSummary summary = HouseholdGenerator.generate(scale, seed, out, (county, done, total) -> { });
            progress.rowsTotal(summary.total().persons());
            long rowsBefore = 0;
            long households = 0;
            for (CountySummary county : summary.counties()) {
                long offset = rowsBefore;
                JobProgress countyProgress = new JobProgress() {
                    @Override
                    public void rowsTotal(Long total) {
                    }

                    @Override
                    public void rowsDone(long done) {
                        progress.rowsDone(offset + done);
                    }

                    @Override
                    public boolean cancelled() {
                        return progress.cancelled();
                    }
                };
                ImportReport r = imports.importFile(HouseholdGenerator.countyFile(out, county.countyCode()), "system", countyProgress);
                if (!r.applied()) {
                    return new JobService.Outcome(JobState.FAILED, messages.get("demo.households.failed", county.countyName()),
                            null, r.problemCount(), r.problems());
                }
                rowsBefore += r.rows();
                households += r.inserted() + r.updated() + r.unchanged();
                progress.rowsDone(rowsBefore);
            }
            datasets.record(datasetName(), "generator-v1", households);
            log.info("Demo households loaded: {} households, {} persons", households, rowsBefore);
            return new JobService.Outcome(JobState.SUCCEEDED, messages.get("demo.households.loaded", households, rowsBefore),
                    Map.of("households", households, "persons", rowsBefore), 0, List.of());
        } finally {
            deleteTree(out);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
