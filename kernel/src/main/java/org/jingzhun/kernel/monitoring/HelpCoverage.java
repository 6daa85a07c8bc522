// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Every risk of a monitored household needs a measure (DOMAIN.md §8). A risk without one is a gap;
 * once {@code days} have passed since help became due (county confirmation, or the decision to
 * help first) the gap is flagged.
 */
public final class HelpCoverage {

    /** A risk without a measure, due on {@code dueOn}; {@code flagged} once that day has passed. */
    public record Gap(RiskType riskType, LocalDate dueOn, boolean flagged) {
    }

    private HelpCoverage() {
    }

    public static List<Gap> gaps(Collection<RiskType> risks, Collection<RiskType> withMeasure, LocalDate helpDueFrom,
                                 int days, LocalDate today) {
        LocalDate due = helpDueFrom.plusDays(days);
        return risks.stream().distinct().sorted().filter(r -> !withMeasure.contains(r))
                .map(r -> new Gap(r, due, today.isAfter(due))).toList();
    }
}
