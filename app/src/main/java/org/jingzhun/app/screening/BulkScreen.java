// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jingzhun.app.platform.jobs.JobCancelledException;
import org.jingzhun.rules.Evaluation.Status;
import org.jingzhun.rules.Rule;
import org.jingzhun.rules.columnar.ColumnarEngine;
import org.jingzhun.rules.columnar.Progress;
import org.jingzhun.rules.columnar.Snapshot;
import org.jingzhun.rules.columnar.Summary;

/** The product's use of the bulk engine: one place that compiles rules and runs them on a snapshot. */
final class BulkScreen {

    /** Hits per rule code, as the engine counted them. */
    record Counts(Map<String, long[]> byRule) {
    }

    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private BulkScreen() {
    }

    /** Screens the snapshot, appending every hit and error to {@code hits}; stops when {@code cancelled} says so. */
    static Counts screen(Snapshot snapshot, List<Rule> rules, Map<String, BigDecimal> params, LocalDate date, HitList hits,
                         BooleanSupplier cancelled) {
        ColumnarEngine engine = ColumnarEngine.compile(rules, params, date);
        Progress progress = new Progress();
        Thread watcher = Thread.ofVirtual().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (cancelled.getAsBoolean()) {
                    progress.cancel();
                    return;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        Summary summary;
        try {
            summary = engine.run(snapshot, THREADS, (h, r, s) -> hits.add(h, r, s == Status.HIT ? HitList.HIT : HitList.ERROR),
                    progress);
        } finally {
            watcher.interrupt();
        }
        if (summary.cancelled()) {
            throw new JobCancelledException();
        }
        Map<String, long[]> byRule = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            byRule.put(rules.get(i).code(), new long[] {summary.hits(i), summary.errors(i)});
        }
        return new Counts(byRule);
    }

    /** Which households at least one of the rules hits (1) or not (0), by snapshot index. */
    /**
     * Per household, which of {@code rules} hit: bit {@link #bit(int) bit(r)} for rule {@code r} (rules
     * from index 63 on share the top bit). The sink is never called concurrently, so plain writes do.
     */
    static long[] hitMasks(Snapshot snapshot, List<Rule> rules, Map<String, BigDecimal> params, LocalDate date) {
        long[] masks = new long[snapshot.households()];
        ColumnarEngine.compile(rules, params, date).run(snapshot, THREADS, (h, r, s) -> {
            if (s == Status.HIT) {
                masks[h] |= bit(r);
            }
        }, new Progress());
        return masks;
    }

    static long bit(int rule) {
        return 1L << Math.min(rule, 63);
    }
}
