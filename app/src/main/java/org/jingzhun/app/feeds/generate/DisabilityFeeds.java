// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds.generate;

import java.util.SplittableRandom;
import org.jingzhun.app.registry.generate.GeneratedHousehold;
import org.jingzhun.kernel.household.DisabilityGrade;
import org.jingzhun.kernel.household.Health;

/**
 * 残联 records (CL01, the grade on the disability card). Registered disabled members appear in most
 * yearly updates of the disabled persons' register (残疾人动态更新) with the grade the registry has;
 * in the last year a few were re-assessed one step up or down. Members the registry has as not
 * disabled sometimes got a card — strokes and accidents, mostly among the old and the seriously
 * ill. A new grade 1–2 within 12 months is what the 因残 warning looks for; everything else must not
 * trigger it.
 */
final class DisabilityFeeds {

    private static final long[] GRADE_VALUES = {100, 200, 300, 400};
    private static final double IN_RECENT_UPDATE = 0.9;
    private static final double IN_OLDER_UPDATE = 0.8;
    private static final double REGRADED_MORE_SEVERE = 0.025;
    private static final double REGRADED_LESS_SEVERE = 0.03;

    private final FeedDates dates;

    DisabilityFeeds(FeedDates dates) {
        this.dates = dates;
    }

    void draw(HouseholdRecords rec, int m, SplittableRandom r) {
        GeneratedHousehold h = rec.household();
        DisabilityGrade registered = h.disabilityGrade(m);
        if (registered != null) {
            int grade = registered.ordinal() + 1;
            if (Draw.chance(IN_OLDER_UPDATE, r)) {
                rec.person(FeedItem.CL01, m, dates.older(r), GRADE_VALUES[grade - 1], null);
            }
            if (Draw.chance(IN_RECENT_UPDATE, r)) {
                double u = r.nextDouble();
                if (u < REGRADED_MORE_SEVERE && grade > 1) {
                    grade--;
                } else if (u < REGRADED_MORE_SEVERE + REGRADED_LESS_SEVERE && grade < 4) {
                    grade++;
                }
                rec.person(FeedItem.CL01, m, dates.recent(r), GRADE_VALUES[grade - 1], null);
            }
            return;
        }
        if (Draw.chance(newDisability(h, m), r)) {
            double g = r.nextDouble();
            int grade = g < 0.18 ? 1 : g < 0.45 ? 2 : g < 0.75 ? 3 : 4;
            rec.person(FeedItem.CL01, m, dates.mostlyRecent(0.6, r), GRADE_VALUES[grade - 1], null);
        }
    }

    /** The chance that a member not registered as disabled got a disability card in the 24 months. */
    private static double newDisability(GeneratedHousehold h, int m) {
        int age = h.age(m);
        double p = age < 45 ? 0.0004 : age < 65 ? 0.0015 : 0.004;
        return h.health(m) == Health.SERIOUS_ILLNESS ? p * 3 : p;
    }
}
