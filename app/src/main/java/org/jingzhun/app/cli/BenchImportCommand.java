// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jingzhun.app.platform.csv.ImportReport;
import org.jingzhun.app.platform.jobs.JobProgress;
import org.jingzhun.app.registry.HouseholdImportService;
import org.jingzhun.app.registry.HouseholdTemplate;
import org.postgresql.PGConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench import DIR}: the household import against PostgreSQL's own COPY of the same rows,
 * in one run on one fresh embedded database. Prints a table of rows/s and the ratio.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {
                "Benchmarks the household import. Joins the generated county files in DIR (from 'jingzhun generate')",
                "into one CSV of about --rows rows, starts a fresh throw-away embedded database, then times",
                "(1) PostgreSQL COPY of the file into a plain text table (the baseline: no validation at all) and",
                "(2) Jingzhun's import of the same file with full validation, and prints both with their ratio",
                "and the peak Java heap. Run it with -Xmx1g to show memory stays flat."})
public class BenchImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "directory of generated households-*.csv files")
    Path dir;

    @Option(names = "--rows", defaultValue = "1000000", description = "rows to import (default ${DEFAULT-VALUE})")
    long rows;

    @picocli.CommandLine.Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("jingzhun-bench-");
        Path file = work.resolve("bench-households.csv");
        long written = concatenate(file);
        System.out.printf("file: %s, %d rows, %.1f MB%n", file, written, Files.size(file) / 1e6);
        List<String> args = new ArrayList<>(List.of("--jingzhun.data-dir=" + work.resolve("var"),
                "--jingzhun.embedded-postgres.ephemeral=true", "--jingzhun.demo.enabled=true", "--jingzhun.demo.households=false"));
        args.addAll(springArgs);
        try {
            return Jobs.run(args, context -> {
                try {
                    return run(context.getBean(DataSource.class), context.getBean(HouseholdImportService.class), file, written);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private int run(DataSource ds, HouseholdImportService imports, Path file, long written) throws Exception {
        // baseline: COPY of the same bytes into a table of text columns
        long t0 = System.nanoTime();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); InputStream in = Files.newInputStream(file)) {
            String columns = String.join(", ", HouseholdTemplate.headers().stream().map(h -> "\"" + h + "\" text").toList());
            s.execute("create unlogged table bench_copy (" + columns + ")");
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_copy from stdin (format csv, header true)", in);
        }
        double copySeconds = (System.nanoTime() - t0) / 1e9;

        resetPeaks();
        t0 = System.nanoTime();
        ImportReport r = imports.importFile(file, "bench", JobProgress.NONE);
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        if (!r.applied()) {
            System.err.println("import refused the file: " + r.problems().stream().limit(5).toList());
            return 1;
        }
        long peakHeap = peakHeap();
        System.out.println();
        System.out.printf("%-44s %12s %10s %12s %8s%n", "step", "rows", "seconds", "rows/s", "ratio");
        System.out.printf("%-44s %12d %10.2f %12.0f %8s%n", "PostgreSQL COPY into text table (baseline)", written,
                copySeconds, written / copySeconds, "1.00");
        System.out.printf("%-44s %12d %10.2f %12.0f %8.2f%n", "Jingzhun import, full validation + merge", r.rows(),
                importSeconds, r.rows() / importSeconds, importSeconds / copySeconds);
        System.out.printf("%nhouseholds inserted: %d; peak Java heap during import: %.0f MB (max heap %.0f MB)%n",
                r.inserted(), peakHeap / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        return 0;
    }

    /** Joins county files into one CSV with one header, stopping after about {@code rows} rows at a household boundary. */
    private long concatenate(Path out) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = new ArrayList<>(s.filter(p -> p.getFileName().toString().startsWith("households-")).sorted().toList());
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no households-*.csv in " + dir + "; run 'jingzhun generate' first");
        }
        long n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(String.join(",", HouseholdTemplate.headers()));
            w.write('\n');
            outer:
            for (Path f : files) {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    r.readLine();
                    String line;
                    while ((line = r.readLine()) != null) {
                        // a head's row (户主) starts a household: stop there once enough rows are in
                        if (n >= rows && line.contains(",户主,")) {
                            break outer;
                        }
                        w.write(line);
                        w.write('\n');
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
