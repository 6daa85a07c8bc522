// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.jingzhun.app.registry.generate.GeneratedHousehold;
import org.jingzhun.app.registry.generate.Hardship;
import org.jingzhun.kernel.household.Health;
import org.jingzhun.kernel.household.HouseholdCategory;

/**
 * 医保 records: hospital stays (YB01), yearly cumulative out-of-pocket (YB02) and persons not
 * insured (YB03). A stay's cost is log-normal around a median that depends on the member's
 * health; what the patient pays after the schemes is about 10 % for 脱贫/监测 people (the four
 * lines of cover, DOMAIN.md §8) and a quarter to a half for others, less above 25,000 yuan where
 * 大病保险 takes over. So most stays are small, and the tail above the warning amounts (6,000 /
 * 10,000 yuan) is mostly the seriously ill. YB02 is what the bureau sends for people with
 * chronic or serious-illness outpatient cover (门诊慢特病) and for anyone whose year passes
 * 5,000 yuan: the calendar year's cumulative total at each 30 June and 31 December and at the last
 * quarter end — always at least the stays of that year so far in the feed.
 *
 * <p>Holds per-member totals while one household is drawn: {@link #begin} before
 * {@link LifeEvents} (which adds a last stay before a death), {@link #draw} after.
 */
final class HealthFeeds {

    private static final int MAX_MEMBERS = 16;
    private static final long YEAR_REPORT_FLOOR = 5_000_00;
    /** Stays of the older 12 months that the feed still holds, relative to the recent ones. */
    private static final double OLDER_STAYS = 0.9;
    /** Of the chronically ill, the share registered for outpatient cover of chronic illness (门诊慢特病). */
    private static final double CHRONIC_COVERED = 0.5;
    /** Cumulative totals of the older 12 months that the feed still holds. */
    private static final double OLDER_TOTALS = 0.5;

    private final FeedDates dates;
    private final DisabilityFeeds disability;
    /** The days a cumulative total is reported: each 30 June and 31 December, and the last quarter end. */
    private final int[] reportDays;
    /** For each report day, the first day of its year. */
    private final int[] yearFirstDays;
    /** For each report day, the share of its year that has passed. */
    private final double[] yearShares;
    /** For each report day, 0 for the as-of date's year, 1 for the year before, 2 for the one before that. */
    private final int[] yearsBack;
    /** Per member and report day: out-of-pocket of the year's stays up to that day, in fen. */
    private final long[][] stayTotals;
    private final double[] yearNoise = new double[3];

    HealthFeeds(FeedDates dates) {
        this.dates = dates;
        this.disability = new DisabilityFeeds(dates);
        int y = dates.asOfYear();
        List<LocalDate> days = new ArrayList<>();
        for (int year = y - 2; year <= y; year++) {
            for (int month : new int[] {3, 6, 9, 12}) {
                LocalDate end = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
                boolean halfYear = month == 6 || month == 12;
                boolean lastQuarter = !end.plusMonths(3).isBefore(dates.asOf()) && !halfYear;
                if ((halfYear || lastQuarter) && dates.covers((int) end.toEpochDay())) {
                    days.add(end);
                }
            }
        }
        int n = days.size();
        this.reportDays = new int[n];
        this.yearFirstDays = new int[n];
        this.yearShares = new double[n];
        this.yearsBack = new int[n];
        for (int p = 0; p < n; p++) {
            LocalDate d = days.get(p);
            reportDays[p] = (int) d.toEpochDay();
            yearFirstDays[p] = FeedDates.day(d.getYear(), 1, 1);
            yearShares[p] = d.getMonthValue() == 12 ? 1 : d.getDayOfYear() / 365.0;
            yearsBack[p] = y - d.getYear();
        }
        this.stayTotals = new long[MAX_MEMBERS][n];
    }

    void begin(GeneratedHousehold h) {
        for (int m = 0; m < h.size(); m++) {
            Arrays.fill(stayTotals[m], 0);
        }
    }

    void draw(HouseholdRecords rec, SplittableRandom r) {
        GeneratedHousehold h = rec.household();
        for (int m = 0; m < h.size(); m++) {
            double rate = staysPerYear(h, m);
            int recent = Draw.poisson(rate, r);
            int older = Draw.poisson(rate * OLDER_STAYS, r);
            for (int k = 0; k < recent + older; k++) {
                stay(rec, m, k < recent ? dates.recent(r) : dates.older(r), r);
            }
            yearTotals(rec, m, r);
            notInsured(rec, m, r);
            disability.draw(rec, m, r);
        }
    }

    /** A stay that ended on {@code day}, for a death in hospital. */
    void lastStay(HouseholdRecords rec, int m, int day, SplittableRandom r) {
        stay(rec, m, day, r);
    }

    private void stay(HouseholdRecords rec, int m, int day, SplittableRandom r) {
        GeneratedHousehold h = rec.household();
        long fen = Draw.fen(outOfPocket(h, m, r));
        if (rec.person(FeedItem.YB01, m, day, fen, null)) {
            for (int p = 0; p < reportDays.length; p++) {
                if (day >= yearFirstDays[p] && day <= reportDays[p]) {
                    stayTotals[m][p] += fen;
                }
            }
        }
    }

    static double staysPerYear(GeneratedHousehold h, int m) {
        int age = h.age(m);
        double rate = age < 5 ? 0.10 : age < 18 ? 0.04 : age < 45 ? 0.07 : age < 60 ? 0.12 : age < 75 ? 0.20 : 0.30;
        if (!h.male(m) && age >= 20 && age <= 38) {
            rate += 0.07; // childbirth
        }
        rate = switch (h.health(m)) {
            case SERIOUS_ILLNESS -> 1.5;
            case CHRONIC_ILLNESS -> Math.max(rate, 0.2) * 1.5;
            case DISABLED -> rate + 0.08;
            case HEALTHY -> rate;
        };
        if (supported(h)) {
            rate *= 1.1; // cheaper stays are taken more often
        }
        if (illnessCase(h, m)) {
            rate *= 1.4;
        }
        return rate;
    }

    /** One stay's out-of-pocket in yuan, after basic insurance, 大病保险 and (for 脱贫/监测) relief. */
    static double outOfPocket(GeneratedHousehold h, int m, SplittableRandom r) {
        double median = switch (h.health(m)) {
            case SERIOUS_ILLNESS -> 15_000;
            case CHRONIC_ILLNESS -> 7_000;
            case DISABLED -> 6_000;
            case HEALTHY -> 5_000;
        };
        double cost = Math.min(600_000, Math.max(300, Draw.logNormal(median, 0.75, r)));
        boolean outsideCatalogue = Draw.chance(0.05, r); // out of the province, or drugs outside the lists
        double share;
        if (supported(h)) {
            share = 0.07 + 0.06 * r.nextDouble();
            if (outsideCatalogue) {
                share *= 2.5;
            }
            return cost * share;
        }
        share = 0.2 + 0.15 * r.nextDouble();
        if (outsideCatalogue) {
            share *= 1.5;
        }
        double seriousIllnessCover = 25_000;
        return cost <= seriousIllnessCover ? cost * share
                : seriousIllnessCover * share + (cost - seriousIllnessCover) * share * 0.5;
    }

    private void yearTotals(HouseholdRecords rec, int m, SplittableRandom r) {
        GeneratedHousehold h = rec.household();
        Health health = h.health(m);
        // all the seriously ill have outpatient cover; of the chronically ill, those who applied for it
        boolean covered = health == Health.SERIOUS_ILLNESS
                || health == Health.CHRONIC_ILLNESS && Draw.chance(CHRONIC_COVERED, r);
        double level = outpatientLevel(h, m, r);
        for (int k = 0; k < yearNoise.length; k++) {
            yearNoise[k] = 0.75 + 0.5 * r.nextDouble();
        }
        for (int p = 0; p < reportDays.length; p++) {
            if (!dates.isRecent(reportDays[p]) && !Draw.chance(OLDER_TOTALS, r)) {
                continue;
            }
            double outpatient = level * yearNoise[yearsBack[p]] * yearShares[p];
            long total = Draw.fen(outpatient) + stayTotals[m][p];
            if (total > 0 && (covered || total >= YEAR_REPORT_FLOOR)) {
                rec.person(FeedItem.YB02, m, reportDays[p], total, null);
            }
        }
    }

    /** A year's outpatient out-of-pocket in yuan: chronic drugs, dialysis, chemotherapy at the clinic. */
    private static double outpatientLevel(GeneratedHousehold h, int m, SplittableRandom r) {
        boolean supported = supported(h);
        double level = switch (h.health(m)) {
            case SERIOUS_ILLNESS -> Draw.logNormal(supported ? 2_000 : 3_500, 0.7, r);
            case CHRONIC_ILLNESS -> supported ? 200 + 1_600 * r.nextDouble() : 400 + 3_600 * r.nextDouble();
            case DISABLED -> 1_500 * r.nextDouble();
            case HEALTHY -> 0;
        };
        return illnessCase(h, m) ? level * 2 : level;
    }

    /** YB03: most of those registered as not insured, and a few the registry has as insured. */
    private void notInsured(HouseholdRecords rec, int m, SplittableRandom r) {
        GeneratedHousehold h = rec.household();
        if (!h.basicMedical(m)) {
            if (Draw.chance(0.85, r)) {
                rec.person(FeedItem.YB03, m, dates.recent(r), FeedWriter.NO_VALUE, null);
            }
            if (Draw.chance(0.3, r)) {
                rec.person(FeedItem.YB03, m, dates.older(r), FeedWriter.NO_VALUE, null);
            }
        } else {
            double u = r.nextDouble();
            if (u < 0.00025) {
                rec.person(FeedItem.YB03, m, dates.recent(r), FeedWriter.NO_VALUE, null); // contradicts the registry
            } else if (u < 0.00125) {
                rec.person(FeedItem.YB03, m, dates.older(r), FeedWriter.NO_VALUE, null); // lapsed, insured again
            }
        }
    }

    static boolean supported(GeneratedHousehold h) {
        return h.category() != HouseholdCategory.ORDINARY;
    }

    /** The member whose illness made the household a monitoring case. */
    private static boolean illnessCase(GeneratedHousehold h, int m) {
        Health health = h.health(m);
        return h.hardship() == Hardship.ILLNESS && (health == Health.SERIOUS_ILLNESS || health == Health.CHRONIC_ILLNESS);
    }
}
