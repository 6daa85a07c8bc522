// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jingzhun.rules.Evaluation;
import org.jingzhun.rules.Evaluator;
import org.jingzhun.rules.Rule;

/**
 * 批量筛查 — screens every household of a {@link Snapshot} against a rule set, with the same
 * answer as the {@link Evaluator} for every household and rule, fast enough for a province (14
 * million households in seconds). {@link #compile} resolves the parameters and screening date and
 * checks which rules the columnar operators can run; {@link #run} binds the rules to a snapshot's
 * columns, splits the households into blocks that the worker threads take in turn, and applies each
 * rule to a block either to every household in batches of {@value #BATCH} or — when the rule can
 * only be true for households with certain feed items ({@link Requirements}) — to just those
 * households, found in the snapshot's per-item lists.
 *
 * <p>A rule the compiler does not translate (see {@link Unsupported}; none of the default rules) is
 * evaluated with the {@link Evaluator} on {@link Snapshot#subject}: slower, never different. So is a
 * batch in which a number overflows the fixed-point form. {@link #fallbacks()} lists such rules.
 */
public final class ColumnarEngine {

    /** Households evaluated together by one pass of the operators. */
    static final int BATCH = 1024;
    /** Households a worker takes at a time: the grain of load balancing, progress and cancellation. */
    static final int BLOCK = 16_384;

    private final List<Rule> rules;
    private final Map<String, BigDecimal> params;
    private final Map<String, Object> evaluatorParams;
    private final LocalDate date;
    private final String[] fallbackReasons;
    private final List<List<Set<String>>> requirements = new ArrayList<>();

    private ColumnarEngine(List<Rule> rules, Map<String, BigDecimal> params, LocalDate date) {
        this.rules = List.copyOf(rules);
        this.params = Collections.unmodifiableMap(new HashMap<>(params));
        this.evaluatorParams = Collections.unmodifiableMap(new HashMap<>(params));
        this.date = Objects.requireNonNull(date, "date");
        this.fallbackReasons = new String[rules.size()];
        Snapshot empty = Snapshot.builder(0, 0, 0).build();
        for (int r = 0; r < this.rules.size(); r++) {
            try {
                Compiler.compile(this.rules.get(r).condition(), empty, new TextSpace(), this.params, date);
                requirements.add(Requirements.of(this.rules.get(r).condition()));
            } catch (Unsupported e) {
                fallbackReasons[r] = e.getMessage();
                requirements.add(List.of());
            }
        }
    }

    /** Prepares a rule set for the parameters in force (at most four decimals each) and the screening date. */
    public static ColumnarEngine compile(List<Rule> rules, Map<String, BigDecimal> params, LocalDate date) {
        return new ColumnarEngine(rules, params, date);
    }

    public List<Rule> rules() {
        return rules;
    }

    public LocalDate date() {
        return date;
    }

    /** The parameters as the evaluator takes them, for explaining a finding with {@link Snapshot#subject}. */
    public Map<String, Object> evaluatorParams() {
        return evaluatorParams;
    }

    /** Rules left to the evaluator, by code, with the reason; empty for the default rules. */
    public Map<String, String> fallbacks() {
        Map<String, String> out = new LinkedHashMap<>();
        for (int r = 0; r < rules.size(); r++) {
            if (fallbackReasons[r] != null) {
                out.put(rules.get(r).code(), fallbackReasons[r]);
            }
        }
        return out;
    }

    /** The alternatives of feed items a household needs for a rule to hit (see {@link Requirements}). */
    List<Set<String>> requirement(int rule) {
        return requirements.get(rule);
    }

    /**
     * Screens every household of the snapshot with {@code threads} threads (the caller's being one of
     * them), reporting hits and errors to the sink as described there. Returns when all households are
     * done or, after {@link Progress#cancel()}, when the blocks under way are.
     *
     * @param progress polled by the caller for progress and to cancel; may be null
     */
    public Summary run(Snapshot snapshot, int threads, ResultSink sink, Progress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads >= 1: " + threads);
        }
        long start = System.nanoTime();
        Progress p = progress == null ? new Progress() : progress;
        p.start(snapshot.households());
        TextSpace texts = new TextSpace();
        boolean[] evaluate = new boolean[rules.size()];
        Op.Bool[][] roots = new Op.Bool[threads][];
        for (int t = 0; t < threads; t++) {
            roots[t] = bind(snapshot, texts, evaluate);
        }
        int[][] candidates = candidates(snapshot, evaluate);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Object sinkLock = new Object();
        Worker[] workers = new Worker[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Worker(this, snapshot, roots[t], candidates, sink, sinkLock, p, next, failure);
        }
        List<Thread> started = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            started.add(Thread.ofPlatform().name("columnar-screening-" + t).start(workers[t]));
        }
        workers[0].run();
        for (Thread th : started) {
            try {
                th.join();
            } catch (InterruptedException e) {
                p.cancel();
                Thread.currentThread().interrupt();
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("screening failed: " + failure.get(), failure.get());
        }
        long[] hits = new long[rules.size()];
        long[] errors = new long[rules.size()];
        long screened = 0;
        for (Worker w : workers) {
            for (int r = 0; r < hits.length; r++) {
                hits[r] += w.hits[r];
                errors[r] += w.errors[r];
            }
            screened += w.screened;
        }
        return new Summary(rules.stream().map(Rule::code).toList(), hits, errors, screened,
                screened < snapshot.households(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** One worker's operator trees; null for a rule the evaluator runs (marked in {@code evaluate}). */
    private Op.Bool[] bind(Snapshot s, TextSpace texts, boolean[] evaluate) {
        Op.Bool[] roots = new Op.Bool[rules.size()];
        for (int r = 0; r < roots.length; r++) {
            if (fallbackReasons[r] != null || evaluate[r]) {
                evaluate[r] = true;
                continue;
            }
            try {
                roots[r] = Compiler.compile(rules.get(r).condition(), s, texts, params, date);
            } catch (Unsupported e) {
                evaluate[r] = true;
            }
        }
        return roots;
    }

    /**
     * Per rule, the codes of the items whose households it is applied to, or null to apply it to all:
     * the requirement alternative with the fewest households, if that is under half of them.
     */
    private int[][] candidates(Snapshot s, boolean[] evaluate) {
        int[][] out = new int[rules.size()][];
        for (int r = 0; r < out.length; r++) {
            if (evaluate[r]) {
                continue;
            }
            long best = Long.MAX_VALUE;
            for (Set<String> alternative : requirements.get(r)) {
                long households = 0;
                for (String item : alternative) {
                    households += s.householdsWith(item);
                }
                if (households < best && households < s.households() / 2) {
                    best = households;
                    out[r] = alternative.stream().mapToInt(i -> s.feed.items().find(i)).filter(c -> c >= 0).toArray();
                }
            }
        }
        return out;
    }

    /** The evaluator's status for one household, for rules and batches the operators do not handle. */
    Evaluation.Status evaluate(Snapshot s, int household, int rule) {
        return Evaluator.evaluate(rules.get(rule).condition(), s.subject(household, evaluatorParams, date)).status();
    }
}
