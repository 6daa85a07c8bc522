// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import java.time.Duration;
import java.util.List;

/**
 * What a screening found, in numbers: hits and errors per rule (by the index of the compiled rule
 * list), how many households were screened, whether the run was cancelled, and how long it took.
 */
public record Summary(List<String> ruleCodes, long[] hits, long[] errors, long householdsScreened, boolean cancelled,
                      Duration elapsed) {

    public long hits(int rule) {
        return hits[rule];
    }

    public long errors(int rule) {
        return errors[rule];
    }

    public long totalHits() {
        return java.util.Arrays.stream(hits).sum();
    }

    public long totalErrors() {
        return java.util.Arrays.stream(errors).sum();
    }
}
