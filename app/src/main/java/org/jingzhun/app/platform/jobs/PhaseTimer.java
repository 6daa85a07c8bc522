// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.jobs;

import org.slf4j.Logger;

/**
 * Logs how long each phase of a long job took, at DEBUG (enable with
 * {@code --logging.level.org.jingzhun.app.registry=DEBUG}): where a bulk import spends its time.
 */
public final class PhaseTimer {

    private final Logger log;
    private long last = System.nanoTime();
    private final java.util.Map<String, Long> laps = new java.util.LinkedHashMap<>();

    public PhaseTimer(Logger log) {
        this.log = log;
    }

    public void lap(String phase) {
        long now = System.nanoTime();
        if (log.isDebugEnabled()) {
            log.debug("{}: {} ms", phase, (now - last) / 1_000_000);
        }
        laps.merge(phase, (now - last) / 1_000_000, Long::sum);
        last = now;
    }

    /** Milliseconds per phase so far, in the order the phases ran (for a job's stored result). */
    public java.util.Map<String, Long> laps() {
        return java.util.Collections.unmodifiableMap(laps);
    }
}
