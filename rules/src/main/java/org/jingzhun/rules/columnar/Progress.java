// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A screening's progress, polled by whoever shows it, and its cancel switch. The engine counts a
 * block of households as done once all rules have been applied to it and its findings delivered;
 * after {@link #cancel()} the workers finish their current block and stop. One per run.
 */
public final class Progress {

    private final AtomicLong done = new AtomicLong();
    private volatile long total;
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** Households screened so far. */
    public long done() {
        return done.get();
    }

    /** Households to screen; 0 before the run starts. */
    public long total() {
        return total;
    }

    void start(long households) {
        total = households;
    }

    void add(long households) {
        done.addAndGet(households);
    }
}
