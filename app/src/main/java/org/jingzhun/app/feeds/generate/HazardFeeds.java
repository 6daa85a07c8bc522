// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds.generate;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.jingzhun.app.region.GridKind;
import org.jingzhun.app.registry.generate.GeneratedHousehold;
import org.jingzhun.app.registry.generate.Hardship;
import org.jingzhun.app.registry.generate.VillageCatalog.County;
import org.jingzhun.app.registry.generate.VillageCatalog.Village;
import org.jingzhun.kernel.household.HouseholdCategory;

/**
 * 应急, 住建, 水利 and 农业农村 records: disasters (YJ01 loss, YJ02 house damaged), house safety
 * ratings (ZJ01), water supply failures (SL01) and failed industry projects (NY01).
 *
 * <p>Disasters cluster, as floods do: in each flood season (May–September) some counties are hit,
 * within them some townships, and there a few households in a hundred report losses — typically
 * several thousand yuan, a third above the 10,000-yuan warning amount — some with houses damaged,
 * which 住建 then rates C or D, and some with crops lost. Elsewhere only the odd fire or landslide.
 * Which county, township and village is hit is a hash of (seed, code, year), not a draw, so a county
 * generated alone is the same as in a province run. Water failures hit whole villages the same way.
 * Households the registry already has with unsafe housing or water, or monitored for disaster or a
 * failed project, mostly have the records that put them there.
 */
final class HazardFeeds {

    private static final double FLOOD_COUNTY = 0.22;
    private static final double FLOOD_TOWNSHIP = 0.4;
    private static final double WATER_VILLAGE = 0.0008;
    private static final byte[] COLLAPSED = bytes("倒塌");
    private static final byte[] SEVERELY_DAMAGED = bytes("严重损坏");
    private static final byte[] DAMAGED = bytes("一般损坏");
    private static final byte[] RATING_B = bytes("B");
    private static final byte[] RATING_C = bytes("C");
    private static final byte[] RATING_D = bytes("D");

    private final FeedDates dates;
    private final long seed;
    private final int firstYear;
    private final int[] countyFloodDay;
    private Village village;
    /** For the current village and each year: the flood's day, or −1 when the village was not hit. */
    private final int[] floodDay;
    private int waterOutageDay;
    private double waterOutageShare;

    HazardFeeds(FeedDates dates, long seed, County county) {
        this.dates = dates;
        this.seed = seed;
        this.firstYear = dates.asOfYear() - 2;
        this.countyFloodDay = new int[3];
        this.floodDay = new int[3];
        long code = Long.parseLong(county.code());
        for (int k = 0; k < 3; k++) {
            int y = firstYear + k;
            countyFloodDay[k] = Draw.unit(seed, code, y, 1) < FLOOD_COUNTY
                    ? FeedDates.day(y, 5, 1) + (int) Math.floorMod(Draw.hash(seed, code, y, 2), 153L) : -1;
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void enter(Village v) {
        village = v;
        long township = Long.parseLong(v.code().substring(0, 9));
        long code = Long.parseLong(v.code());
        for (int k = 0; k < 3; k++) {
            boolean hit = countyFloodDay[k] >= 0 && Draw.unit(seed, township, firstYear + k, 3) < FLOOD_TOWNSHIP;
            floodDay[k] = hit ? countyFloodDay[k] : -1;
        }
        waterOutageDay = -1;
        for (int k = 0; k < 3; k++) {
            int y = firstYear + k;
            if (Draw.unit(seed, code, y, 4) < WATER_VILLAGE) {
                waterOutageDay = FeedDates.day(y, 1, 1) + (int) Math.floorMod(Draw.hash(seed, code, y, 5), 365L);
                waterOutageShare = 0.4 + 0.6 * Draw.unit(seed, code, y, 6);
            }
        }
    }

    void draw(HouseholdRecords rec, SplittableRandom r) {
        GeneratedHousehold h = rec.household();
        if (h.village() != village) {
            enter(h.village());
        }
        boolean rural = h.village().kind() == GridKind.RURAL;
        disasters(rec, rural, r);
        housing(rec, r);
        water(rec, r);
        industry(rec, rural, r);
    }

    private void disasters(HouseholdRecords rec, boolean rural, SplittableRandom r) {
        GeneratedHousehold h = rec.household();
        double affected = (rural ? 0.07 : 0.015) * (h.formerPoorVillage() ? 1.3 : 1);
        for (int k = 0; k < 3; k++) {
            if (floodDay[k] >= 0 && Draw.chance(affected, r)) {
                disaster(rec, floodDay[k] + r.nextInt(4), 6_500, 0.12, rural, r);
            }
        }
        if (Draw.chance(0.0004, r)) {
            disaster(rec, dates.recent(r), 5_000, 0.12, rural, r); // a fire, a landslide, hail
        }
        if (Draw.chance(0.0004, r)) {
            disaster(rec, dates.older(r), 5_000, 0.12, rural, r);
        }
        if (h.hardship() == Hardship.DISASTER && Draw.chance(0.85, r)) {
            disaster(rec, dates.mostlyRecent(0.5, r), 15_000, 0.5, rural, r);
        }
    }

    private void disaster(HouseholdRecords rec, int day, double medianLoss, double houseDamaged, boolean rural,
                          SplittableRandom r) {
        double loss = Math.min(300_000, Draw.logNormal(medianLoss, 0.85, r));
        if (!rec.household(FeedItem.YJ01, day, Draw.roundedFen(loss, 100), null)) {
            return;
        }
        if (Draw.chance(houseDamaged, r)) {
            double u = r.nextDouble();
            byte[] damage = u < 0.2 ? COLLAPSED : u < 0.55 ? SEVERELY_DAMAGED : DAMAGED;
            rec.household(FeedItem.YJ02, day, FeedWriter.NO_VALUE, damage);
            if (damage != DAMAGED && Draw.chance(0.6, r)) {
                rec.household(FeedItem.ZJ01, day + 10 + r.nextInt(50), FeedWriter.NO_VALUE,
                        damage == COLLAPSED ? RATING_D : RATING_C);
            }
        }
        if (rural && Draw.chance(0.15, r)) {
            double crops = Draw.logNormal(4_000, 0.7, r);
            rec.household(FeedItem.NY01, day + 5 + r.nextInt(25), Draw.roundedFen(crops, 10), null);
        }
    }

    private void housing(HouseholdRecords rec, SplittableRandom r) {
        GeneratedHousehold h = rec.household();
        boolean supported = h.category() != HouseholdCategory.ORDINARY;
        if (!h.housingSafe() && Draw.chance(0.9, r)) {
            rec.household(FeedItem.ZJ01, dates.mostlyRecent(0.6, r), FeedWriter.NO_VALUE,
                    Draw.chance(0.6, r) ? RATING_C : RATING_D);
        }
        if (Draw.chance(supported ? 0.02 : 0.002, r)) {
            rec.household(FeedItem.ZJ01, dates.mostlyRecent(0.6, r), FeedWriter.NO_VALUE, RATING_B);
        }
        double unsafe = supported ? 0.0015 : 0.0002;
        if (h.size() == 1 && h.age(0) >= 70) {
            unsafe *= 3; // an old person alone in an old house
        }
        if (h.housingSafe() && Draw.chance(unsafe, r)) {
            rec.household(FeedItem.ZJ01, dates.mostlyRecent(0.6, r), FeedWriter.NO_VALUE,
                    Draw.chance(0.7, r) ? RATING_C : RATING_D);
        }
    }

    private void water(HouseholdRecords rec, SplittableRandom r) {
        GeneratedHousehold h = rec.household();
        if (!h.waterSafe() && Draw.chance(0.85, r)) {
            rec.household(FeedItem.SL01, dates.mostlyRecent(0.7, r), FeedWriter.NO_VALUE, null);
        }
        if (waterOutageDay >= 0 && Draw.chance(waterOutageShare, r)) {
            rec.household(FeedItem.SL01, waterOutageDay + r.nextInt(3), FeedWriter.NO_VALUE, null);
        }
        if (Draw.chance(0.0001, r)) {
            rec.household(FeedItem.SL01, dates.recent(r), FeedWriter.NO_VALUE, null);
        }
    }

    private void industry(HouseholdRecords rec, boolean rural, SplittableRandom r) {
        GeneratedHousehold h = rec.household();
        if (h.hardship() == Hardship.INDUSTRY_FAILURE && Draw.chance(0.75, r)) {
            double loss = Draw.logNormal(12_000, 0.7, r);
            rec.household(FeedItem.NY01, dates.mostlyRecent(0.5, r), Draw.roundedFen(loss, 10), null);
        }
        double p = h.category() != HouseholdCategory.ORDINARY ? 0.004 : rural && h.businessIncomeFen() > 0 ? 0.0008 : 0;
        if (Draw.chance(p, r)) {
            rec.household(FeedItem.NY01, dates.recent(r), Draw.roundedFen(Draw.logNormal(8_000, 0.8, r), 10), null);
        }
        if (Draw.chance(p * 0.8, r)) {
            rec.household(FeedItem.NY01, dates.older(r), Draw.roundedFen(Draw.logNormal(8_000, 0.8, r), 10), null);
        }
    }
}
