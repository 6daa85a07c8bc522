// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * What was generated for one county (or, as {@link FeedGenerationSummary#total()}, for all): one
 * row of {@code feeds-summary.csv}. {@code records} counts every row of the county's file;
 * {@code perItem} (in {@link #ITEMS} order) counts the well-formed ones by item — the unmatched among
 * them too — so that {@code records} = Σ perItem + {@code malformed}. {@code unmatched} are
 * well-formed records whose ID number belongs to no registered person.
 */
public record FeedCountySummary(String countyCode, String countyName, long households, long persons, long records,
                                long unmatched, long malformed, List<Long> perItem, long bytes) {

    /** The item codes, in the order of {@link #perItem()} and of the summary's columns. */
    public static final List<String> ITEMS = itemCodes();

    /** The header of {@code feeds-summary.csv}. */
    public static final List<String> HEADER = header();

    public FeedCountySummary {
        perItem = List.copyOf(perItem);
        if (perItem.size() != ITEMS.size()) {
            throw new IllegalArgumentException("one count per item expected");
        }
    }

    private static List<String> itemCodes() {
        List<String> codes = new ArrayList<>();
        for (FeedItem item : FeedItem.values()) {
            codes.add(item.name());
        }
        return List.copyOf(codes);
    }

    private static List<String> header() {
        List<String> h = new ArrayList<>(List.of("county_code", "county_name", "households", "persons", "records",
                "unmatched", "malformed"));
        h.addAll(ITEMS);
        return List.copyOf(h);
    }

    /** Records of one item, by code ({@code YB01}). */
    public long item(String code) {
        int i = ITEMS.indexOf(code);
        if (i < 0) {
            throw new IllegalArgumentException("no item " + code);
        }
        return perItem.get(i);
    }

    FeedCountySummary plus(FeedCountySummary o) {
        List<Long> sum = new ArrayList<>();
        for (int i = 0; i < perItem.size(); i++) {
            sum.add(perItem.get(i) + o.perItem.get(i));
        }
        return new FeedCountySummary(countyCode, countyName, households + o.households, persons + o.persons,
                records + o.records, unmatched + o.unmatched, malformed + o.malformed, sum, bytes + o.bytes);
    }

    List<String> fields() {
        List<String> f = new ArrayList<>(List.of(countyCode, countyName, Long.toString(households),
                Long.toString(persons), Long.toString(records), Long.toString(unmatched), Long.toString(malformed)));
        for (long n : perItem) {
            f.add(Long.toString(n));
        }
        return f;
    }
}
