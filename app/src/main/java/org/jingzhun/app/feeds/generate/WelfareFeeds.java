// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds.generate;

import java.util.SplittableRandom;
import org.jingzhun.app.registry.generate.GeneratedHousehold;
import org.jingzhun.app.registry.generate.Hardship;
import org.jingzhun.kernel.household.HouseholdCategory;

/**
 * 民政 records. 低保 (MZ01) and 特困供养 (MZ03) rosters list every member of a household the registry
 * flags, at the yearly review (all members on the same day, with the monthly benefit per person),
 * and most of the previous review too; a few households enter 低保 before the registry knows. MZ02
 * is a household that left 低保 — mostly 脱贫户 whose income rose. Temporary relief (MZ04) is paid
 * to the head, small amounts, far more often to monitored households and those hit by illness or
 * disaster. None of these items triggers a default warning.
 */
final class WelfareFeeds {

    private WelfareFeeds() {
    }

    static void draw(HouseholdRecords rec, SplittableRandom r) {
        GeneratedHousehold h = rec.household();
        FeedDates dates = rec.dates;
        HouseholdCategory c = h.category();
        if (h.dibao()) {
            long monthly = Draw.yuan(320, 240, r);
            roster(rec, FeedItem.MZ01, dates.recent(r), monthly, 0.97, r);
            roster(rec, FeedItem.MZ01, dates.older(r), monthly - Draw.yuan(0, 40, r), 0.85, r);
        } else {
            double entered = c == HouseholdCategory.MONITORED ? 0.01 : c == HouseholdCategory.EXITED ? 0.004 : 0.0008;
            if (Draw.chance(entered, r)) {
                roster(rec, FeedItem.MZ01, dates.recent(r), Draw.yuan(320, 240, r), 1, r);
            }
            double left = c == HouseholdCategory.ORDINARY ? 0.002 : 0.03;
            if (Draw.chance(left, r)) {
                roster(rec, FeedItem.MZ02, dates.mostlyRecent(0.5, r), FeedWriter.NO_VALUE, 1, r);
            }
        }
        if (h.tekun()) {
            long monthly = Draw.yuan(800, 300, r);
            roster(rec, FeedItem.MZ03, dates.recent(r), monthly, 0.97, r);
            roster(rec, FeedItem.MZ03, dates.older(r), monthly - Draw.yuan(0, 60, r), 0.85, r);
        }
        relief(rec, r);
    }

    /** With probability {@code p}, one record per member present on {@code day}. */
    private static void roster(HouseholdRecords rec, FeedItem item, int day, long value, double p, SplittableRandom r) {
        if (!Draw.chance(p, r)) {
            return;
        }
        for (int m = 0; m < rec.size(); m++) {
            rec.person(item, m, day, value, null);
        }
    }

    private static void relief(HouseholdRecords rec, SplittableRandom r) {
        GeneratedHousehold h = rec.household();
        double rate = switch (h.category()) {
            case MONITORED -> 0.15;
            case EXITED -> 0.04;
            case ORDINARY -> 0.006;
        };
        if (h.hardship() == Hardship.ILLNESS || h.hardship() == Hardship.DISASTER) {
            rate *= 1.5;
        }
        if (h.dibao() || h.tekun()) {
            rate *= 1.5;
        }
        int recent = Draw.poisson(rate, r);
        int older = Draw.poisson(rate * 0.8, r);
        for (int k = 0; k < recent + older; k++) {
            int day = k < recent ? rec.dates.recent(r) : rec.dates.older(r);
            double amount = Math.min(20_000, Draw.logNormal(1_000, 0.6, r));
            rec.household(FeedItem.MZ04, day, Draw.roundedFen(amount, 10), null);
        }
    }
}
