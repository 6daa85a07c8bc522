// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jingzhun.app.platform.jobs.JobService;
import org.jingzhun.app.platform.jobs.JobState;
import org.jingzhun.app.platform.jobs.JobView;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.rules.Evaluation;
import org.jingzhun.rules.Evaluator;
import org.jingzhun.rules.Rule;
import org.jingzhun.rules.Subject;
import org.jingzhun.rules.columnar.Snapshot;
import org.jingzhun.rules.sql.DuckDbDialect;
import org.jingzhun.rules.sql.PostgresDialect;
import org.jingzhun.rules.sql.SqlCompiler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code jingzhun bench screening}: the screening benchmark of the screening issue on the registry
 * and feeds in the database — (a) our bulk engine (a screening run end to end, and the screen alone
 * on its snapshot), (b) the compiled rules as SQL in PostgreSQL on tables built from the same data,
 * DuckDB SQL on the same tables, (c) the evaluator per household on a sample; then an incremental
 * run after changed feed records and a what-if. One run, ratios against the engine. Also checks that
 * every back end finds the same number of hits and errors per rule.
 */
@Component
public class ScreeningBenchmark {

    /** One line of the table. */
    private record Line(String step, long rows, double seconds, String note) {
    }

    private final JdbcClient jdbc;
    private final ScreeningService screening;
    private final JobService jobs;
    private final RuleStore rules;
    private final ParameterStore parameters;
    private final SnapshotCache cache;
    private final KeptSnapshots kept;
    private final WhatIfService whatIf;
    private final tools.jackson.databind.json.JsonMapper json;
    private final org.springframework.transaction.support.TransactionTemplate tx;

    ScreeningBenchmark(JdbcClient jdbc, ScreeningService screening, JobService jobs, RuleStore rules,
                       ParameterStore parameters, SnapshotCache cache, KeptSnapshots kept, WhatIfService whatIf,
                       tools.jackson.databind.json.JsonMapper json, org.springframework.transaction.support.TransactionTemplate tx) {
        this.json = json;
        this.tx = tx;
        this.jdbc = jdbc;
        this.screening = screening;
        this.jobs = jobs;
        this.rules = rules;
        this.parameters = parameters;
        this.cache = cache;
        this.kept = kept;
        this.whatIf = whatIf;
    }

    public int run(LocalDate date, int sample, int changes, boolean sqlBaselines, Path work, PrintStream out) throws Exception {
        RegionCode province = RegionCode.parse("360000000000");
        List<Rule> ruleList = rules.active().rules();
        Map<String, BigDecimal> params = ParameterStore.forYear(parameters.current(), date.getYear());
        long households = count("select count(*) from household");
        long persons = count("select count(*) from person");
        long feeds = count("select count(*) from feed_record");
        out.printf(Locale.ROOT, "Screening benchmark: %,d households, %,d persons, %,d feed records, %d rules, date %s, %d cores, max heap %.1f GB%n",
                households, persons, feeds, ruleList.size(), date, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1e9);
        List<Line> lines = new ArrayList<>();

        // (a) the product: a screening run end to end (extract, screen, explain hits, store findings),
        // from nothing: no snapshot kept by an earlier run
        kept.forget(province);
        long t0 = System.nanoTime();
        JobView run = await(screening.start(new ScreeningService.RunRequest(province.value(), date, false), "bench").id());
        double runSeconds = seconds(t0);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = json.convertValue(run.result(), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Number> millis = (Map<String, Number>) result.get("millis");
        out.println("screening run phases (ms): " + millis);
        lines.add(new Line("(a) screening run end to end: extract + screen + explain + store", households, runSeconds,
                result.get("hits") + " hits, " + result.get("errors") + " errors stored"));
        lines.add(new Line("    of which: extract snapshot from PostgreSQL", households, ms(millis, "extract snapshot"), ""));
        lines.add(new Line("    of which: keep the snapshot on disk for the next run", households,
                ms(millis, "keep snapshot for the next run"), ""));
        SnapshotCache.Entry entry = cache.get(province, date, rules.active().version(), parameters.current().version());
        if (entry == null) {
            throw new IllegalStateException("the run's snapshot was not kept (jingzhun.screening.keep-snapshot=false?)");
        }
        Snapshot snapshot = entry.snapshot();
        out.printf(Locale.ROOT, "snapshot: %,d households, %,d members, %,d feed records, %.2f GB%n", snapshot.households(),
                snapshot.members(), snapshot.feeds(), snapshot.bytes() / 1e9);

        // the screen alone, best of three
        Map<String, long[]> engineCounts = null;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            HitList hits = new HitList();
            long s = System.nanoTime();
            BulkScreen.Counts c = BulkScreen.screen(snapshot, ruleList, params, date, hits, () -> false);
            best = Math.min(best, seconds(s));
            engineCounts = c.byRule();
        }
        lines.add(new Line("(a) bulk engine: screen the columnar snapshot (best of 3)", households, best, "baseline"));

        // (c) the evaluator, one household at a time, on a sample
        int n = Math.min(sample, snapshot.households());
        Map<String, Object> subjectParams = new HashMap<>(params);
        long e0 = System.nanoTime();
        long evalHits = 0;
        int stride = Math.max(1, snapshot.households() / Math.max(1, n));
        int evaluated = 0;
        for (int h = 0; h < snapshot.households() && evaluated < n; h += stride, evaluated++) {
            Subject subject = snapshot.subject(h, subjectParams, date);
            for (Rule r : ruleList) {
                if (Evaluator.evaluate(r.condition(), subject).status() == Evaluation.Status.HIT) {
                    evalHits++;
                }
            }
        }
        double evalSeconds = seconds(e0);
        lines.add(new Line("(c) evaluator per household, sample " + String.format(Locale.ROOT, "%,d", evaluated)
                + " → whole province", households, evalSeconds * households / Math.max(1, evaluated),
                String.format(Locale.ROOT, "measured %.1f s on the sample (%d hits)", evalSeconds, evalHits)));

        // what-if on the kept snapshot
        long w0 = System.nanoTime();
        BigDecimal line = params.get("monitoring_line");
        var first = whatIf.whatIf(new WhatIfService.WhatIfRequest(null, Map.of("monitoring_line", line.add(BigDecimal.valueOf(500)))));
        double whatIfFirst = seconds(w0);
        long w1 = System.nanoTime();
        var second = whatIf.whatIf(new WhatIfService.WhatIfRequest(null, Map.of("monitoring_line", line.subtract(BigDecimal.valueOf(500)))));
        double whatIfSecond = seconds(w1);
        lines.add(new Line("what-if monitoring_line +500 (first call)", households, whatIfFirst,
                String.format(Locale.ROOT, "+%,d / −%,d households", first.newlyFlagged(), first.noLongerFlagged())));
        lines.add(new Line("what-if monitoring_line −500", households, whatIfSecond,
                String.format(Locale.ROOT, "+%,d / −%,d households", second.newlyFlagged(), second.noLongerFlagged())));
        cache.clear();
        entry = null;
        snapshot = null;
        System.gc();

        // incremental: change feed records, then re-screen only the affected households
        long c0 = System.nanoTime();
        int changed = jdbc.sql("""
                update feed_record set value = coalesce(value, 0) + 1, received_at = now()
                where seq in (select seq from feed_record where item in ('YB01', 'YB02', 'MZ04') order by seq desc limit :n)""")
                .param("n", changes).update();
        double changeSeconds = seconds(c0);
        long i0 = System.nanoTime();
        JobView inc = await(screening.start(new ScreeningService.RunRequest(province.value(), date, true), "bench").id());
        double incSeconds = seconds(i0);
        @SuppressWarnings("unchecked")
        Map<String, Object> incResult = json.convertValue(inc.result(), Map.class);
        lines.add(new Line(String.format(Locale.ROOT, "incremental run after %,d changed feed records", changed),
                ((Number) incResult.get("households")).longValue(), incSeconds,
                String.format(Locale.ROOT, "changes written in %.1f s; phases %s", changeSeconds, incResult.get("millis"))));

        // (a') the next full run: it starts from the snapshot the first one kept, re-extracting the households
        // changed since (the incremental run's changes, and any other within the watermark's margin)
        // after the incremental run the finding table is the truth about the current data: the next full run
        // must store exactly as many hits and errors, whichever way it got its snapshot
        long[] stored = jdbc.sql("select count(*) filter (where status = 'HIT'), count(*) filter (where status = 'ERROR') from finding")
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        long k0 = System.nanoTime();
        JobView warm = await(screening.start(new ScreeningService.RunRequest(province.value(), date, false), "bench").id());
        double warmSeconds = seconds(k0);
        @SuppressWarnings("unchecked")
        Map<String, Object> warmResult = json.convertValue(warm.result(), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Number> warmMillis = (Map<String, Number>) warmResult.get("millis");
        out.println("full run from the kept snapshot, phases (ms): " + warmMillis);
        Object reExtracted = warmResult.get("changedSinceKeptSnapshot");
        lines.add(new Line("(a') next full run end to end, from the kept snapshot", households, warmSeconds,
                warmResult.get("hits") + " hits, " + warmResult.get("errors") + " errors stored"));
        double warmExtract = ms(warmMillis, "find households changed since the kept snapshot")
                + ms(warmMillis, "extract changed households") + ms(warmMillis, "read kept snapshot and merge");
        lines.add(new Line("    of which: read the kept snapshot, re-extract changed households, merge", households,
                reExtracted == null ? ms(warmMillis, "extract snapshot") : warmExtract,
                reExtracted == null ? "kept snapshot NOT used: extracted afresh"
                        : String.format(Locale.ROOT, "%,d households re-extracted", ((Number) reExtracted).longValue())));
        boolean warmAgrees = ((Number) warmResult.get("hits")).longValue() == stored[0]
                && ((Number) warmResult.get("errors")).longValue() == stored[1];
        out.printf(Locale.ROOT, "findings after the incremental run: %,d hits, %,d errors; the next full run stored %s hits, %s errors: %s%n",
                stored[0], stored[1], warmResult.get("hits"), warmResult.get("errors"), warmAgrees ? "the same" : "DIFFERENT");
        cache.clear();
        System.gc();

        Map<String, long[]> pgCounts = null;
        Map<String, long[]> duckCounts = null;
        if (sqlBaselines) {
            // (b) SQL in PostgreSQL on tables built from the same data
            long p0 = System.nanoTime();
            SqlTables.create(jdbc, "bench_", SnapshotLoader.Scope.region(province), date);
            lines.add(new Line("(b) PostgreSQL: build s_household/s_member/s_feed with SQL", households, seconds(p0), "setup"));
            String pgSql = new SqlCompiler(new PostgresDialect(), "bench_").compile(ruleList, params, date);
            long p1 = System.nanoTime();
            pgCounts = countsOf(tx.execute(status -> {
                // tuned for one big analytical query, as a DBA would: more memory per hash and sort
                jdbc.sql("set local work_mem = '512MB'").update();
                return jdbc.sql("select rule_code, status, count(*) from (" + pgSql + ") x group by 1, 2")
                        .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)}).list();
            }));
            lines.add(new Line("(b) PostgreSQL: the rules as one compiled SQL query", households, seconds(p1), ""));

            // DuckDB SQL on the same tables, exported from PostgreSQL as CSV
            Files.createDirectories(work);
            long d0 = System.nanoTime();
            SqlTables.export(jdbc, "bench_", work);
            SqlTables.drop(jdbc, "bench_");
            duckCounts = new TreeMap<>();
            double duckLoad;
            double duckQuery;
            try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement st = duck.createStatement()) {
                st.execute("set memory_limit = '4GB'");
                st.execute("set temp_directory = '" + work.resolve("duckdb-tmp").toAbsolutePath() + "'");
                st.execute("set threads = " + Runtime.getRuntime().availableProcessors());
                SqlTables.loadIntoDuckDb(st, work);
                duckLoad = seconds(d0);
                String duckSql = new SqlCompiler(new DuckDbDialect(), "").compile(ruleList, params, date);
                long d1 = System.nanoTime();
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("select rule_code, status, count(*) from (" + duckSql + ") x group by 1, 2")) {
                    while (rs.next()) {
                        rows.add(new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)});
                    }
                }
                duckQuery = seconds(d1);
                duckCounts = countsOf(rows);
            }
            lines.add(new Line("DuckDB: export from PostgreSQL as CSV and load", households, duckLoad, "setup"));
            org.springframework.util.FileSystemUtils.deleteRecursively(work.resolve("duckdb-tmp"));
            lines.add(new Line("DuckDB: the rules as one compiled SQL query", households, duckQuery, ""));
            SqlTables.drop(jdbc, "bench_");
            for (String t : new String[] {"s_household", "s_member", "s_feed"}) {
                Files.deleteIfExists(work.resolve(t + ".csv"));
            }
        }

        out.println();
        out.println("| step | households | seconds | × engine screen | note |");
        out.println("|---|---:|---:|---:|---|");
        for (Line l : lines) {
            out.printf(Locale.ROOT, "| %s | %,d | %.2f | %s | %s |%n", l.step(), l.rows(), l.seconds(),
                    l.note().equals("setup") ? "" : String.format(Locale.ROOT, "%.1f×", l.seconds() / best),
                    l.note().equals("setup") || l.note().equals("baseline") ? "" : l.note());
        }
        out.println();
        out.println("hits / errors per rule: engine" + (pgCounts != null ? " | PostgreSQL SQL | DuckDB SQL" : ""));
        boolean agree = true;
        for (var e : engineCounts.entrySet()) {
            long[] pg = pgCounts == null ? null : pgCounts.getOrDefault(e.getKey(), new long[2]);
            long[] dk = duckCounts == null ? null : duckCounts.getOrDefault(e.getKey(), new long[2]);
            boolean same = pg == null || (pg[0] == e.getValue()[0] && pg[1] == e.getValue()[1] && dk[0] == pg[0] && dk[1] == pg[1]);
            agree &= same;
            out.printf(Locale.ROOT, "  %-24s %,10d / %,d%s%s%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                    pg == null ? "" : String.format(Locale.ROOT, " | %,10d / %,d | %,10d / %,d", pg[0], pg[1], dk[0], dk[1]),
                    same ? "" : "   ← DIFFERENT");
        }
        out.println(agree ? "All back ends agree." : "BACK ENDS DISAGREE — see above.");
        return agree && warmAgrees ? 0 : 1;
    }

    private static Map<String, long[]> countsOf(List<Object[]> rows) {
        Map<String, long[]> m = new TreeMap<>();
        for (Object[] r : rows) {
            m.computeIfAbsent((String) r[0], k -> new long[2])[r[1].equals("HIT") ? 0 : 1] = (Long) r[2];
        }
        return m;
    }

    private JobView await(UUID id) throws InterruptedException {
        while (true) {
            JobView job = jobs.find(id).orElseThrow();
            if (job.state() != JobState.RUNNING) {
                if (job.state() != JobState.SUCCEEDED) {
                    throw new IllegalStateException("job " + id + " " + job.state() + ": " + job.message());
                }
                return job;
            }
            Thread.sleep(200);
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static double ms(Map<String, Number> millis, String phase) {
        Number n = millis.get(phase);
        return n == null ? Double.NaN : n.doubleValue() / 1000;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
