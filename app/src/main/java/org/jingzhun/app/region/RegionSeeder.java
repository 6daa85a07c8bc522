// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.region;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import org.jingzhun.app.platform.csv.ImportReport;
import org.jingzhun.app.platform.demo.DemoMode;
import org.jingzhun.kernel.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.jingzhun.app.platform.db.Datasets;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped divisions (real Jiangxi, by default) on first start and, in demo mode, generates
 * grids under them. Runs after Flyway and before the web server opens, so a healthy server always
 * has its regions. Each data set is recorded with its checksum in {@code dataset_load}: a restart
 * loads nothing twice, and a changed file (a new release's divisions) is applied as an update.
 */
@Component
@DependsOnDatabaseInitialization
class RegionSeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RegionSeeder.class);
    /** Bump when the grid generator's output changes, so that demo data sets are told apart. */
    static final String DEMO_GRIDS_VERSION = "demo-grids-v1";

    private final ResourceLoader resources;
    private final RegionImporter importer;
    private final DemoGridGenerator grids;
    private final DemoMode demo;
    private final Datasets datasets;
    private final String seed;

    RegionSeeder(ResourceLoader resources, RegionImporter importer, DemoGridGenerator grids, DemoMode demo,
                 Datasets datasets, @Value("${jingzhun.regions.seed:}") String seed) {
        this.resources = resources;
        this.importer = importer;
        this.grids = grids;
        this.demo = demo;
        this.datasets = datasets;
        this.seed = seed;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (seed.isBlank()) {
            log.info("No region data set configured (jingzhun.regions.seed is empty)");
            return;
        }
        Resource resource = resources.getResource(seed);
        byte[] bytes;
        try (InputStream in = resource.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read region data set " + seed, e);
        }
        String name = "regions:" + resource.getFilename();
        String checksum = sha256(bytes);
        if (datasets.loaded(name).filter(checksum::equals).isPresent()) {
            log.info("Region data set {} already loaded", resource.getFilename());
        } else {
            long t0 = System.nanoTime();
            ImportReport report = importer.importCsv(new ByteArrayInputStream(bytes), resource.getFilename());
            if (!report.applied()) {
                throw new IllegalStateException("region data set " + seed + " has " + report.problemCount()
                        + " problems, first: " + report.problems().getFirst());
            }
            datasets.record(name, checksum, report.rows());
            log.info("Loaded region data set {}: {} rows, {} new, {} renamed, in {} ms", resource.getFilename(),
                    report.rows(), report.inserted(), report.updated(), (System.nanoTime() - t0) / 1_000_000);
        }
        if (demo.enabled()) {
            for (RegionCode province : provincesIn(bytes)) {
                seedDemoGrids(province);
            }
        }
    }

    private void seedDemoGrids(RegionCode province) {
        String name = "grids:" + province.descendantPrefix();
        if (datasets.loaded(name).isPresent()) {
            return;
        }
        try {
            long t0 = System.nanoTime();
            long made = grids.generate(province);
            datasets.record(name, DEMO_GRIDS_VERSION, made);
            log.info("Generated {} demo grids under {} in {} ms", made, province, (System.nanoTime() - t0) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("could not generate demo grids: " + e.getMessage(), e);
        }
    }

    /** The provinces a data set covers: the rows with a province-level code (it starts with them). */
    private static List<RegionCode> provincesIn(byte[] csv) {
        return new String(csv, java.nio.charset.StandardCharsets.UTF_8).lines()
                .skip(1)
                .map(l -> l.split(",", 2)[0].strip())
                .filter(RegionCode::isValid)
                .map(RegionCode::parse)
                .filter(c -> c.level() == org.jingzhun.kernel.RegionLevel.PROVINCE)
                .toList();
    }


    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
