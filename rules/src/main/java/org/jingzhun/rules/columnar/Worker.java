// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jingzhun.rules.Evaluation.Status;

/**
 * One screening thread: takes blocks of households until none are left, applies every rule to a
 * block, sorts the block's findings by household and rule, and hands them to the sink. It owns its
 * operator trees and their buffers, so workers share nothing but the snapshot, the block counter
 * and the sink's lock.
 */
final class Worker implements Runnable {

    private final ColumnarEngine engine;
    private final Snapshot s;
    private final Op.Bool[] roots;
    private final int[][] candidates;
    private final ResultSink sink;
    private final Object sinkLock;
    private final Progress progress;
    private final AtomicInteger next;
    private final AtomicReference<Throwable> failure;
    private final Frame frame = new Frame(ColumnarEngine.BATCH);
    final long[] hits;
    final long[] errors;
    long screened;
    private long[] found = new long[4096];
    private int foundCount;

    Worker(ColumnarEngine engine, Snapshot s, Op.Bool[] roots, int[][] candidates, ResultSink sink, Object sinkLock,
           Progress progress, AtomicInteger next, AtomicReference<Throwable> failure) {
        this.engine = engine;
        this.s = s;
        this.roots = roots;
        this.candidates = candidates;
        this.sink = sink;
        this.sinkLock = sinkLock;
        this.progress = progress;
        this.next = next;
        this.failure = failure;
        this.hits = new long[roots.length];
        this.errors = new long[roots.length];
    }

    @Override
    public void run() {
        try {
            while (!progress.cancelled() && failure.get() == null) {
                int lo = next.getAndAdd(ColumnarEngine.BLOCK);
                if (lo >= s.households || lo < 0) {
                    return;
                }
                int hi = Math.min(s.households, lo + ColumnarEngine.BLOCK);
                block(lo, hi);
                deliver();
                screened += hi - lo;
                progress.add(hi - lo);
            }
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
        }
    }

    private void block(int lo, int hi) {
        foundCount = 0;
        for (int r = 0; r < roots.length; r++) {
            if (roots[r] == null) {
                for (int h = lo; h < hi; h++) {
                    record(h, r, engine.evaluate(s, h, r));
                }
            } else if (candidates[r] == null) {
                for (int from = lo; from < hi; from += ColumnarEngine.BATCH) {
                    int n = Math.min(ColumnarEngine.BATCH, hi - from);
                    for (int i = 0; i < n; i++) {
                        frame.hh[i] = from + i;
                    }
                    batch(r, n);
                }
            } else {
                candidateBatches(r, candidates[r], lo, hi);
            }
        }
    }

    /** Applies rule {@code r} to the households in {@code [lo, hi)} that have a record of one of the items. */
    private void candidateBatches(int r, int[] items, int lo, int hi) {
        int k = items.length;
        int[][] lists = new int[k][];
        int[] positions = new int[k];
        for (int j = 0; j < k; j++) {
            lists[j] = s.itemHouseholds[items[j]];
            int p = Arrays.binarySearch(lists[j], lo);
            positions[j] = p < 0 ? -p - 1 : p;
        }
        int n = 0;
        while (true) {
            int min = hi;
            for (int j = 0; j < k; j++) {
                if (positions[j] < lists[j].length && lists[j][positions[j]] < min) {
                    min = lists[j][positions[j]];
                }
            }
            if (min >= hi) {
                break;
            }
            for (int j = 0; j < k; j++) {
                if (positions[j] < lists[j].length && lists[j][positions[j]] == min) {
                    positions[j]++;
                }
            }
            frame.hh[n++] = min;
            if (n == ColumnarEngine.BATCH) {
                batch(r, n);
                n = 0;
            }
        }
        if (n > 0) {
            batch(r, n);
        }
    }

    /** Evaluates rule {@code r} for the {@code n} households in {@code frame.hh}. */
    private void batch(int r, int n) {
        frame.n = n;
        Op.Bool root = roots[r];
        try {
            root.eval(frame);
        } catch (Fixed.Overflow e) {
            for (int i = 0; i < n; i++) {
                record(frame.hh[i], r, engine.evaluate(s, frame.hh[i], r));
            }
            return;
        }
        byte[] out = root.out;
        for (int i = 0; i < n; i++) {
            byte v = out[i];
            if (v != Op.FALSE) {
                add(frame.hh[i], r, v == Op.UNKNOWN);
            }
        }
    }

    private void record(int h, int r, Status status) {
        if (status != Status.NO_HIT) {
            add(h, r, status == Status.ERROR);
        }
    }

    private void add(int h, int r, boolean error) {
        if (foundCount == found.length) {
            found = Arrays.copyOf(found, found.length * 2);
        }
        found[foundCount++] = (long) h << 32 | (long) r << 1 | (error ? 1 : 0);
        if (error) {
            errors[r]++;
        } else {
            hits[r]++;
        }
    }

    private void deliver() {
        if (foundCount == 0) {
            return;
        }
        Arrays.sort(found, 0, foundCount);
        synchronized (sinkLock) {
            for (int i = 0; i < foundCount; i++) {
                long f = found[i];
                sink.accept((int) (f >>> 32), (int) (f & 0xFFFF_FFFFL) >>> 1, (f & 1) == 0 ? Status.HIT : Status.ERROR);
            }
        }
    }
}
