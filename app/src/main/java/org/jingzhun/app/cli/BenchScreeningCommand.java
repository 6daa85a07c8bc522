// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jingzhun.app.screening.ScreeningBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code bench screening}: see {@link ScreeningBenchmark} and bench/screening. */
@Command(name = "screening", mixinStandardHelpOptions = true,
        description = {
                "Screening benchmark on the registry and department data already in the database (bench/screening",
                "generates and imports a full-scale province first): (a) a screening run end to end and the bulk",
                "engine's screen alone, (b) the same rules compiled to SQL in PostgreSQL, DuckDB SQL on the same",
                "tables, (c) the evaluator per household on a sample; an incremental run after changed feed",
                "records; a what-if. Prints a table of seconds and ratios against the engine's screen, and the hits",
                "per rule of every back end. Exit code 0 when all back ends agree, 1 otherwise."})
public class BenchScreeningCommand implements Callable<Integer> {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", defaultValue = "2026-11-01",
            description = "screening date (default: ${DEFAULT-VALUE})")
    LocalDate date;

    @Option(names = "--sample", defaultValue = "200000", description = "households for the evaluator (default: ${DEFAULT-VALUE})")
    int sample;

    @Option(names = "--changes", defaultValue = "100000",
            description = "feed records changed before the incremental run (default: ${DEFAULT-VALUE})")
    int changes;

    @Option(names = "--no-sql", description = "skip the PostgreSQL and DuckDB SQL baselines")
    boolean noSql;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "${java.io.tmpdir}/jingzhun-bench-screening",
            description = "scratch directory for the DuckDB export (default: ${DEFAULT-VALUE})")
    Path work;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() {
        // the benchmark measures screening; the monitoring procedure's intake of new warnings as leads
        // (one case per household, ~1,200 leads/s, ADR 0010) would add ~17 min to the first run
        List<String> args = new ArrayList<>(springArgs);
        if (args.stream().noneMatch(a -> a.startsWith("--jingzhun.monitoring.warning-leads"))) {
            args.add("--jingzhun.monitoring.warning-leads=false");
        }
        return Jobs.run(args, context -> {
            try {
                return context.getBean(ScreeningBenchmark.class).run(date, sample, changes, !noSql, work, System.out);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
