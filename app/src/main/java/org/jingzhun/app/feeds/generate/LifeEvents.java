// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds.generate;

import java.util.SplittableRandom;
import org.jingzhun.app.registry.generate.GeneratedHousehold;
import org.jingzhun.kernel.household.DisabilityGrade;
import org.jingzhun.kernel.household.Health;
import org.jingzhun.kernel.household.SchoolStatus;

/**
 * 公安 records: deaths (GA01) and household registrations moved out (GA02). Drawn first for every
 * member, because they end the span in which the other departments can report about the person.
 *
 * <p>Deaths follow rural age-specific mortality — about 0.6 % of persons a year, most of them old,
 * more among the seriously ill — so that a death leaves a household without labour only rarely
 * (the 缺劳动力 warning). Every death in the feed is of someone the registry still lists (the
 * registry is a snapshot of the as-of date): deaths of the last 12 months at the full rate, and a
 * few older ones that the village never recorded, which only the data-quality check finds. Moving
 * out is mostly of young adults: marriage, study, a job in a city.
 */
final class LifeEvents {

    /** Deaths per person-year by age band: 0, 1–4, 5–14, 15–29, 30–44, 45–54, 55–64, 65–74, 75–84, 85+. */
    private static final double[] MORTALITY = {0.003, 0.0003, 0.0002, 0.0004, 0.0008, 0.0018, 0.0038, 0.009, 0.025, 0.07};
    private static final int[] BAND_FLOOR = {0, 1, 5, 15, 30, 45, 55, 65, 75, 85};
    /** Of the deaths 12–24 months ago, the share still on the registry (the others were removed). */
    private static final double OLD_DEATH_STILL_LISTED = 0.06;
    /** Share of the dying who were in hospital in their last weeks (a YB01 stay just before). */
    private static final double LAST_STAY = 0.55;

    private LifeEvents() {
    }

    static void draw(HouseholdRecords rec, HealthFeeds health, SplittableRandom r) {
        GeneratedHousehold h = rec.household();
        FeedDates dates = rec.dates;
        for (int m = 0; m < h.size(); m++) {
            double q = mortality(h, m);
            double u = r.nextDouble();
            if (u < q) {
                int day = dates.recent(r);
                if (rec.person(FeedItem.GA01, m, day, FeedWriter.NO_VALUE, null)) {
                    if (Draw.chance(LAST_STAY, r)) {
                        health.lastStay(rec, m, day - r.nextInt(30), r);
                    }
                    rec.gone(m, day);
                }
            } else if (u < q * (1 + OLD_DEATH_STILL_LISTED)) {
                int day = dates.older(r);
                if (rec.person(FeedItem.GA01, m, day, FeedWriter.NO_VALUE, null)) {
                    rec.gone(m, day);
                }
            } else {
                double move = moveOut(h, m);
                double v = r.nextDouble();
                if (v < move) {
                    int day = dates.mostlyRecent(0.9, r);
                    if (rec.person(FeedItem.GA02, m, day, FeedWriter.NO_VALUE, null)) {
                        rec.gone(m, day);
                    }
                }
            }
        }
    }

    static double mortality(GeneratedHousehold h, int m) {
        int age = h.age(m);
        int band = BAND_FLOOR.length - 1;
        while (age < BAND_FLOOR[band]) {
            band--;
        }
        double q = MORTALITY[band];
        Health health = h.health(m);
        if (health == Health.SERIOUS_ILLNESS) {
            q *= 4;
        } else if (health == Health.CHRONIC_ILLNESS) {
            q *= 1.4;
        } else if (health == Health.DISABLED) {
            DisabilityGrade g = h.disabilityGrade(m);
            q *= g == DisabilityGrade.GRADE_1 || g == DisabilityGrade.GRADE_2 ? 2 : 1.2;
        }
        return Math.min(0.6, q);
    }

    /** The chance that the member's registration moved out of the county in the 24 months. */
    private static double moveOut(GeneratedHousehold h, int m) {
        int age = h.age(m);
        double p = age >= 18 && age <= 30 ? 0.012 : age > 30 && age <= 45 ? 0.004 : 0.0008;
        SchoolStatus s = h.schoolStatus(m);
        if (s == SchoolStatus.BACHELOR_OR_ABOVE || s == SchoolStatus.HIGHER_VOCATIONAL) {
            p *= 2; // some students move their registration to the college
        }
        return p;
    }
}
