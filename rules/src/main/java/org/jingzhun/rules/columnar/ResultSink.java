// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import org.jingzhun.rules.Evaluation.Status;

/**
 * Receives the findings of a screening: every household × rule that is a {@link Status#HIT} or an
 * {@link Status#ERROR} (no-hits are not reported; there are hundreds of millions). Called from the
 * worker threads but never concurrently: a worker hands over a completed block of households at a
 * time, in household order and, within a household, in rule order. Blocks arrive in no particular
 * order. A sink should be quick (append to a buffer or a COPY stream); it holds up one worker.
 */
@FunctionalInterface
public interface ResultSink {

    /**
     * @param household the household's index in the snapshot ({@link Snapshot#key} gives its number)
     * @param rule      the rule's index in the list the engine was compiled from
     */
    void accept(int household, int rule, Status status);
}
