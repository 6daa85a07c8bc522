// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds.generate;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jingzhun.app.registry.generate.CountySummary;
import org.jingzhun.app.registry.generate.HouseholdGenerator;
import org.jingzhun.app.registry.generate.VillageCatalog.County;

/**
 * One county's feed file. The household generator draws the county's households again, in memory,
 * and each one's records are drawn and written at once, so memory does not grow with the county.
 * The feeds' randomness comes from streams seeded from (seed, county code) and separate from the
 * household generator's: the households are exactly those of {@code households-<county>.csv}, and
 * the file depends on nothing but (scale, seed, as-of date, county).
 */
final class CountyFeeds {

    private static final long RECORDS_STREAM = 0xFEED_0001L;
    private static final long FLAWS_STREAM = 0xFEED_0002L;

    private final HouseholdGenerator households;
    private final FeedDates dates;
    private final long seed;

    CountyFeeds(HouseholdGenerator households, FeedDates dates, long seed) {
        this.households = households;
        this.dates = dates;
        this.seed = seed;
    }

    /** Writes the county's header and records to {@code out} (flushed, not closed); returns the counts. */
    FeedCountySummary write(County county, OutputStream out) {
        long code = Long.parseLong(county.code());
        SplittableRandom r = new SplittableRandom(Draw.hash(seed, code, RECORDS_STREAM));
        FeedWriter writer = new FeedWriter(out, county.code());
        FlawedRecords flaws = new FlawedRecords(writer, dates, new SplittableRandom(Draw.hash(seed, code, FLAWS_STREAM)));
        HouseholdRecords rec = new HouseholdRecords(dates, writer, flaws);
        HealthFeeds health = new HealthFeeds(dates);
        SchoolAndWorkFeeds schoolAndWork = new SchoolAndWorkFeeds(dates);
        HazardFeeds hazards = new HazardFeeds(dates, seed, county);
        CountySummary registry = households.forEachHousehold(county.code(), h -> {
            rec.start(h);
            health.begin(h);
            LifeEvents.draw(rec, health, r);
            health.draw(rec, r);
            WelfareFeeds.draw(rec, r);
            schoolAndWork.draw(rec, r);
            hazards.draw(rec, r);
            AssetFeeds.draw(rec, r);
        });
        writer.flush();
        List<Long> perItem = new ArrayList<>();
        for (long n : writer.perItem()) {
            perItem.add(n);
        }
        return new FeedCountySummary(county.code(), county.name(), registry.households(), registry.persons(),
                writer.records(), writer.unmatched(), writer.malformed(), perItem, writer.bytesWritten());
    }
}
