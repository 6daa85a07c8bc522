// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jingzhun.app.registry.generate.GeneratedHousehold;
import org.jingzhun.app.registry.generate.Hardship;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.SchoolStatus;
import org.jingzhun.kernel.household.WorkStatus;

/**
 * 教育 and 人社 records. Student aid (JY02) is the feeds' largest routine item: paid per term (in
 * spring and in autumn) to nearly every pupil of a 脱贫/监测/低保 household — 学前 and boarding aid,
 * 国家助学金, 雨露计划 for vocational and college students — to some pupils of other households,
 * and, in the former poverty counties, 营养改善计划 to every pupil of compulsory age. Dropouts
 * (JY01) are the registry's own dropouts and a few pupils it still lists as in school, more where
 * schooling was the household's hardship. Unemployment registrations (RS01) and falls in wages
 * (RS02) come for members who work, more for 脱贫/监测 workers, short-season workers and households
 * monitored for unstable employment.
 */
final class SchoolAndWorkFeeds {

    private static final long PRESCHOOL_AID = 500_00;
    private static final long PRIMARY_BOARDING_AID = 500_00;
    private static final long JUNIOR_BOARDING_AID = 625_00;
    private static final long NUTRITION = 500_00;
    private static final long SENIOR_GRANT = 1_000_00;
    private static final long COLLEGE_GRANT = 1_650_00;
    private static final long YULU_PLAN = 1_500_00;
    /** Terms of the older 12 months that the feed still holds. */
    private static final double OLDER_TERMS = 0.85;

    private final FeedDates dates;
    /** Each term's payment period, as pairs of epoch days (first, last). */
    private final int[][] terms;

    SchoolAndWorkFeeds(FeedDates dates) {
        this.dates = dates;
        List<int[]> list = new ArrayList<>();
        for (int y = dates.asOfYear() - 2; y <= dates.asOfYear(); y++) {
            list.add(new int[] {FeedDates.day(y, 4, 1), FeedDates.day(y, 6, 30)});
            list.add(new int[] {FeedDates.day(y, 10, 8), FeedDates.day(y, 12, 20)});
        }
        this.terms = list.toArray(int[][]::new);
    }

    void draw(HouseholdRecords rec, SplittableRandom r) {
        GeneratedHousehold h = rec.household();
        boolean supported = h.category() != HouseholdCategory.ORDINARY || h.dibao() || h.tekun();
        for (int m = 0; m < h.size(); m++) {
            SchoolStatus s = h.schoolStatus(m);
            switch (s) {
                case PRESCHOOL -> aid(rec, m, PRESCHOOL_AID, supported ? 0.85 : 0.04, r);
                case PRIMARY, JUNIOR_SECONDARY -> {
                    aid(rec, m, s == SchoolStatus.PRIMARY ? PRIMARY_BOARDING_AID : JUNIOR_BOARDING_AID,
                            supported ? 0.9 : 0.1, r);
                    if (h.formerPovertyCounty()) {
                        aid(rec, m, NUTRITION, 0.95, r);
                    }
                }
                case SENIOR_SECONDARY, SECONDARY_VOCATIONAL -> aid(rec, m, SENIOR_GRANT, supported ? 0.95 : 0.25, r);
                case HIGHER_VOCATIONAL, BACHELOR_OR_ABOVE -> {
                    aid(rec, m, COLLEGE_GRANT, supported ? 0.9 : 0.25, r);
                    if (h.category() != HouseholdCategory.ORDINARY) {
                        aid(rec, m, YULU_PLAN, 0.8, r);
                    }
                }
                default -> { }
            }
            dropout(rec, m, r);
            work(rec, m, r);
        }
    }

    /** With probability {@code p} the member receives this aid: one record per term in the feed. */
    private void aid(HouseholdRecords rec, int m, long perTerm, double p, SplittableRandom r) {
        if (!Draw.chance(p, r)) {
            return;
        }
        for (int[] term : terms) {
            int day = term[0] + r.nextInt(term[1] - term[0] + 1);
            if (dates.isRecent(day) || Draw.chance(OLDER_TERMS, r)) {
                rec.person(FeedItem.JY02, m, day, perTerm, null);
            }
        }
    }

    private void dropout(HouseholdRecords rec, int m, SplittableRandom r) {
        GeneratedHousehold h = rec.household();
        int age = h.age(m);
        if (age < 6 || age > 17) {
            return;
        }
        if (h.schoolStatus(m) == SchoolStatus.DROPOUT) {
            if (Draw.chance(0.9, r)) {
                rec.person(FeedItem.JY01, m, dates.mostlyRecent(0.7, r), FeedWriter.NO_VALUE, null);
            }
            return;
        }
        double p = age <= 15 ? 0.0003 : 0.004;
        if (h.category() != HouseholdCategory.ORDINARY) {
            p *= 2;
        }
        if (h.hardship() == Hardship.EDUCATION) {
            p *= 15;
        }
        if (Draw.chance(p, r)) {
            rec.person(FeedItem.JY01, m, dates.recent(r), FeedWriter.NO_VALUE, null);
        }
    }

    private void work(HouseholdRecords rec, int m, SplittableRandom r) {
        GeneratedHousehold h = rec.household();
        if (h.workMonths(m) == 0 || h.welfareJob(m)) {
            return;
        }
        double factor = 1;
        WorkStatus w = h.work(m);
        if (w == WorkStatus.IN_PROVINCE || w == WorkStatus.OUT_OF_PROVINCE) {
            factor *= 1.5;
        }
        if (h.category() != HouseholdCategory.ORDINARY) {
            factor *= 1.5;
        }
        if (h.hardship() == Hardship.UNSTABLE_EMPLOYMENT) {
            factor *= 10;
        }
        if (h.workMonths(m) <= 6) {
            factor *= 1.8;
        }
        double unemployed = 0.0028 * factor;
        double wageFell = 0.004 * factor;
        if (Draw.chance(unemployed, r)) {
            rec.person(FeedItem.RS01, m, dates.recent(r), FeedWriter.NO_VALUE, null);
        }
        if (Draw.chance(unemployed * 0.7, r)) {
            rec.person(FeedItem.RS01, m, dates.older(r), FeedWriter.NO_VALUE, null);
        }
        if (Draw.chance(wageFell, r)) {
            rec.person(FeedItem.RS02, m, dates.recent(r), fall(h, m, r), null);
        }
        if (Draw.chance(wageFell * 0.7, r)) {
            rec.person(FeedItem.RS02, m, dates.older(r), fall(h, m, r), null);
        }
    }

    /** How much the monthly wage fell: a fifth to a half of it, in whole yuan. */
    private static long fall(GeneratedHousehold h, int m, SplittableRandom r) {
        double monthly = h.monthlyWageFen(m) / 100.0;
        return Draw.roundedFen(monthly * (0.2 + 0.3 * r.nextDouble()), 1);
    }
}
