// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds.generate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The two windows the feeds' dates fall in, as epoch days: the <em>recent</em> one — the 12 months
 * before the as-of date, which the default rules look at ("within 12 months": after the date 12
 * months earlier, before the as-of date) — and the <em>older</em> one, 12 to 24 months before,
 * which the rules must not count. No record is dated on or after the as-of date. Dates are
 * pre-formatted as {@code YYYY-MM-DD} bytes, so that writing one costs an array copy.
 */
final class FeedDates {

    private final LocalDate asOf;
    final int recentFirst;
    final int recentLast;
    final int olderFirst;
    final int olderLast;
    private final byte[][] formatted;

    FeedDates(LocalDate asOf) {
        this.asOf = asOf;
        this.recentLast = (int) asOf.toEpochDay() - 1;
        this.olderLast = (int) asOf.minusMonths(12).toEpochDay();
        this.recentFirst = olderLast + 1;
        this.olderFirst = (int) asOf.minusMonths(24).toEpochDay() + 1;
        this.formatted = new byte[recentLast - olderFirst + 1][];
        for (int d = olderFirst; d <= recentLast; d++) {
            formatted[d - olderFirst] = LocalDate.ofEpochDay(d).toString().getBytes(StandardCharsets.US_ASCII);
        }
    }

    LocalDate asOf() {
        return asOf;
    }

    /** A day of the recent window, uniformly. */
    int recent(SplittableRandom r) {
        return recentFirst + r.nextInt(recentLast - recentFirst + 1);
    }

    /** A day of the older window, uniformly. */
    int older(SplittableRandom r) {
        return olderFirst + r.nextInt(olderLast - olderFirst + 1);
    }

    /** A day of the recent window with probability {@code recentShare}, else of the older one. */
    int mostlyRecent(double recentShare, SplittableRandom r) {
        return r.nextDouble() < recentShare ? recent(r) : older(r);
    }

    boolean covers(int day) {
        return day >= olderFirst && day <= recentLast;
    }

    boolean isRecent(int day) {
        return day >= recentFirst && day <= recentLast;
    }

    /** The epoch day of a calendar date. */
    static int day(int year, int month, int dayOfMonth) {
        return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
    }

    int asOfYear() {
        return asOf.getYear();
    }

    /** {@code YYYY-MM-DD} of a covered day. */
    byte[] format(int day) {
        return formatted[day - olderFirst];
    }
}
