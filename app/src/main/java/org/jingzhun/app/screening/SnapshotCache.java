// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import java.time.LocalDate;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.rules.columnar.Snapshot;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the snapshot of the last complete run in memory so that a what-if answers in about a
 * second instead of re-extracting the province. One snapshot at a time (a full province is a few
 * GB); switched off with {@code jingzhun.screening.keep-snapshot=false}.
 */
@Component
class SnapshotCache {

    /**
     * A cached snapshot and what it was built for; {@code warningHits} caches, per household, which
     * warning rules hit with the run's parameters ({@link BulkScreen#hitMasks}).
     */
    record Entry(RegionCode region, LocalDate date, int ruleSetVersion, int parameterVersion, Snapshot snapshot,
                 long[] warningHits) {
    }

    private final boolean enabled;
    private volatile Entry entry;

    SnapshotCache(@Value("${jingzhun.screening.keep-snapshot:true}") boolean enabled) {
        this.enabled = enabled;
    }

    void put(RegionCode region, LocalDate date, int ruleSetVersion, int parameterVersion, Snapshot snapshot,
             long[] warningHits) {
        entry = enabled ? new Entry(region, date, ruleSetVersion, parameterVersion, snapshot, warningHits) : null;
    }

    boolean enabled() {
        return enabled;
    }

    /** The cached entry if it was built for exactly this region, date and versions. */
    Entry get(RegionCode region, LocalDate date, int ruleSetVersion, int parameterVersion) {
        Entry e = entry;
        return e != null && e.region().equals(region) && e.date().equals(date) && e.ruleSetVersion() == ruleSetVersion
                && e.parameterVersion() == parameterVersion ? e : null;
    }

    void replace(Entry e) {
        if (enabled) {
            entry = e;
        }
    }

    /** Drops the snapshot (the registry or feeds changed under it). */
    void clear() {
        entry = null;
    }
}
