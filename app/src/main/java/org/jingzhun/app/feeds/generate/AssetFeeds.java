// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds.generate;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.jingzhun.app.region.GridKind;
import org.jingzhun.app.registry.generate.GeneratedHousehold;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.MonitoringType;

/**
 * What members own and owe: a registered business (SC01, 市场监管), urban commercial housing (ZR01,
 * 自然资源), a non-agricultural vehicle (CG01, 车管) and overdue small poverty loans (JR01, 金融).
 * Ownership is common among ordinary households — a car in about one in five, more as income
 * rises; a business mostly where the registry shows a large business income — and rare among
 * 脱贫/监测 households, where each such record is an eligibility check (疑似不符合) for review. The
 * records are the departments' latest snapshot or registration, dated within the 24 months.
 * Overdue loans are of 脱贫/监测 households only, since only they get 小额信贷.
 */
final class AssetFeeds {

    private static final byte[] SOLE_TRADER = bytes("个体工商户");
    private static final byte[] COMPANY = bytes("有限责任公司");
    private static final byte[] COOPERATIVE = bytes("农民专业合作社");
    private static final byte[] PASSENGER_CAR = bytes("小型普通客车");
    private static final byte[] SALOON = bytes("小型轿车");
    private static final byte[] LIGHT_TRUCK = bytes("轻型普通货车");
    /** 生产经营性收入 includes farming; only well above what a farm makes is it likely a registered business. */
    private static final long BIG_BUSINESS = 80_000_00;

    private AssetFeeds() {
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static void draw(HouseholdRecords rec, SplittableRandom r) {
        GeneratedHousehold h = rec.household();
        FeedDates dates = rec.dates;
        boolean supported = h.category() != HouseholdCategory.ORDINARY;
        boolean urban = h.village().kind() == GridKind.URBAN;
        double perPerson = h.referenceIncomePerPersonFen() / 100.0;

        boolean big = h.businessIncomeFen() >= BIG_BUSINESS;
        double business = supported ? (big ? 0.15 : 0.002) : (big ? 0.5 : 0.02);
        if (Draw.chance(business, r)) {
            business(rec, owner(rec, r), dates.mostlyRecent(0.6, r), r);
        }
        double housing = supported ? 0.004 : (urban ? 0.15 : 0.05) * (perPerson > 30_000 ? 3 : 1);
        if (Draw.chance(housing, r)) {
            long area = 55_00 + r.nextInt(85_00);
            rec.person(FeedItem.ZR01, owner(rec, r), dates.mostlyRecent(0.6, r), area, null);
        }
        double vehicle = supported ? 0.012 : 0.2 + (perPerson > 25_000 ? 0.15 : 0);
        if (Draw.chance(vehicle, r)) {
            vehicle(rec, owner(rec, r), dates.mostlyRecent(0.6, r), r);
            if (!supported && Draw.chance(0.1, r)) {
                vehicle(rec, owner(rec, r), dates.mostlyRecent(0.6, r), r);
            }
        }
        if (supported) {
            double overdue = h.monitoringType() != null && h.monitoringType() != MonitoringType.SUDDEN_HARDSHIP ? 0.012 : 0.006;
            if (Draw.chance(overdue, r)) {
                double principal = 5_000 + 45_000 * r.nextDouble() * r.nextDouble();
                rec.household(FeedItem.JR01, dates.mostlyRecent(0.6, r), Draw.roundedFen(principal, 100), null);
            }
        }
    }

    private static void business(HouseholdRecords rec, int owner, int day, SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.82) {
            rec.person(FeedItem.SC01, owner, day, Draw.roundedFen(10_000 + 190_000 * r.nextDouble(), 10_000), SOLE_TRADER);
        } else if (u < 0.94) {
            rec.person(FeedItem.SC01, owner, day, Draw.roundedFen(100_000 + 1_900_000 * r.nextDouble(), 10_000), COMPANY);
        } else {
            rec.person(FeedItem.SC01, owner, day, Draw.roundedFen(50_000 + 450_000 * r.nextDouble(), 10_000), COOPERATIVE);
        }
    }

    private static void vehicle(HouseholdRecords rec, int owner, int day, SplittableRandom r) {
        double u = r.nextDouble();
        byte[] kind = u < 0.75 ? PASSENGER_CAR : u < 0.85 ? SALOON : LIGHT_TRUCK;
        rec.person(FeedItem.CG01, owner, day, FeedWriter.NO_VALUE, kind);
    }

    /** Mostly the head; otherwise another member of working age. */
    private static int owner(HouseholdRecords rec, SplittableRandom r) {
        GeneratedHousehold h = rec.household();
        if (h.size() == 1 || r.nextDouble() < 0.7) {
            return 0;
        }
        int m = 1 + r.nextInt(h.size() - 1);
        return h.age(m) >= 18 && h.age(m) <= 70 ? m : 0;
    }
}
