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
        Path rest = work.resolve("bench-households-rest.csv");
        long[] written = concatenate(file, rest);
        System.out.printf("file: %d rows, %.1f MB; second file: %d rows of other households%n", written[0],
                Files.size(file) / 1e6, written[1]);
        List<String> args = new ArrayList<>(List.of("--jingzhun.data-dir=" + work.resolve("var"),
                "--jingzhun.embedded-postgres.ephemeral=true", "--jingzhun.demo.enabled=true", "--jingzhun.demo.households=false"));
        args.addAll(springArgs);
        try {
            return Jobs.run(args, context -> {
                try {
                    return run(context.getBean(DataSource.class), context.getBean(HouseholdImportService.class), file, rest,
                            written[0]);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(rest);
            try (Stream<Path> left = Files.walk(work)) {
                left.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private int run(DataSource ds, HouseholdImportService imports, Path file, Path rest, long written) throws Exception {
        // baseline: COPY of the same bytes into a table of text columns
        long t0 = System.nanoTime();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); InputStream in = Files.newInputStream(file)) {
            String columns = String.join(", ", HouseholdTemplate.headers().stream().map(h -> "\"" + h + "\" text").toList());
            s.execute("create unlogged table bench_copy (" + columns + ")");
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_copy from stdin (format csv, header true)", in);
            s.execute("drop table bench_copy");
        }
        double copySeconds = (System.nanoTime() - t0) / 1e9;
        double copyRate = written / copySeconds;

        System.out.println();
        System.out.printf("%-58s %10s %9s %10s %13s%n", "step", "rows", "seconds", "rows/s", "COPY time ×");
        System.out.printf("%-58s %10d %9.2f %10.0f %13s%n", "PostgreSQL COPY into a text table (baseline)", written,
                copySeconds, copyRate, "1.00");
        resetPeaks();
        ImportReport first = timed("import into an empty registry (first load)", imports, file, copyRate);
        if (first == null) {
            return 1;
        }
        long peakHeap = peakHeap();
        if (timed("import of other households into it (an update)", imports, rest, copyRate) == null
                || timed("same first file again (nothing changes)", imports, file, copyRate) == null) {
            return 1;
        }
        System.out.printf("%npeak Java heap during the first import: %.0f MB (max heap %.0f MB)%n",
                peakHeap / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        return 0;
    }

    private static ImportReport timed(String step, HouseholdImportService imports, Path file, double copyRate) throws Exception {
        long t0 = System.nanoTime();
        ImportReport r = imports.importFile(file, "bench", JobProgress.NONE);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!r.applied()) {
            System.err.println("import refused " + file + ": " + r.problems().stream().limit(5).toList());
            return null;
        }
        double rate = r.rows() / seconds;
        System.out.printf("%-58s %10d %9.2f %10.0f %13.2f%n", "Jingzhun " + step, r.rows(), seconds, rate, copyRate / rate);
        return r;
    }

    /**
     * Joins county files into one CSV of about {@code rows} rows (cut at a household boundary) and
     * puts the remaining households, up to a third as many rows, in a second file.
     */
    private long[] concatenate(Path out, Path restOut) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = new ArrayList<>(s.filter(p -> p.getFileName().toString().startsWith("households-")).sorted().toList());
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no households-*.csv in " + dir + "; run 'jingzhun generate' first");
        }
        long[] n = new long[2];
        String header = String.join(",", HouseholdTemplate.headers()) + "\n";
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             BufferedWriter rest = Files.newBufferedWriter(restOut, StandardCharsets.UTF_8)) {
            w.write(header);
            rest.write(header);
            int target = 0;
            outer:
            for (Path f : files) {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    r.readLine();
                    String line;
                    while ((line = r.readLine()) != null) {
                        // a head's row (户主) starts a household: switch files only there
                        if (line.contains(",户主,")) {
                            if (target == 0 && n[0] >= rows) {
                                target = 1;
                            } else if (target == 1 && n[1] >= rows / 3) {
                                break outer;
                            }
                        }
                        (target == 0 ? w : rest).write(line);
                        (target == 0 ? w : rest).write('\n');
                        n[target]++;
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
