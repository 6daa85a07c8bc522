// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

import java.util.List;

/**
 * The result of a condition on one subject, with why: the comparisons made (values on both
 * sides), the feed records that an aggregate counted, and — for {@link Status#ERROR} — what
 * could not be evaluated and where. A rule that cannot be evaluated is never a silent no-hit.
 */
public record Evaluation(Status status, List<Comparison> comparisons, List<FeedRecord> feeds, String error,
                         Position errorPosition) {

    /** Hit, no hit, or could not be evaluated. */
    public enum Status { HIT, NO_HIT, ERROR }

    /** One comparison as evaluated: {@code left op right → result}; a value may be null (unknown). */
    public record Comparison(Position position, String left, Object leftValue, String op, String right,
                             Object rightValue, Boolean result) {
    }
}
