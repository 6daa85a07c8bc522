// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

/** Told after each county is written; calls come from worker threads but never at the same time. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (county, done, total) -> { };

    void countyDone(CountySummary county, int done, int total);
}
