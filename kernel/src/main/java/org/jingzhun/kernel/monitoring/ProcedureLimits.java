// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import java.time.LocalDate;

/**
 * The time limits of the procedure, in days from the case's start (the first lead, or the removal
 * application): by when the home visit, the village review and the township review are due, and
 * the whole procedure up to county confirmation ({@code totalDays}, 15 by DOMAIN.md §5); and how
 * long the public notice runs at least ({@code noticeDays}, 5). They are policy parameters, read
 * from the parameter version a case was opened under.
 */
public record ProcedureLimits(int visitDays, int villageReviewDays, int noticeDays, int townshipReviewDays, int totalDays) {

    /** DOMAIN.md §5: 15 days to county confirmation, a notice of at least 5 days. */
    public static final ProcedureLimits DEFAULT = new ProcedureLimits(3, 5, 5, 13, 15);

    public ProcedureLimits {
        if (visitDays < 0 || villageReviewDays < visitDays || noticeDays < 1
                || townshipReviewDays < villageReviewDays || totalDays < townshipReviewDays) {
            throw new IllegalArgumentException("limits must grow step by step: visit " + visitDays + ", village review "
                    + villageReviewDays + ", township review " + townshipReviewDays + ", total " + totalDays
                    + ", notice " + noticeDays + " days");
        }
    }

    /** The due dates of a case started on {@code start}. */
    public Deadlines from(LocalDate start) {
        return new Deadlines(start.plusDays(visitDays), start.plusDays(villageReviewDays),
                start.plusDays(townshipReviewDays), start.plusDays(totalDays));
    }
}
