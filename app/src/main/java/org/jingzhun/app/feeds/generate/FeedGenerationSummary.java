// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The result of a feed generator run: where the files are and what each county's holds, in code order. */
public record FeedGenerationSummary(Path directory, List<FeedCountySummary> counties) {

    /** The name of the total row's county columns in {@code feeds-summary.csv}. */
    public static final String TOTAL_NAME = "合计";

    public FeedGenerationSummary {
        counties = List.copyOf(counties);
    }

    /** All counties added up; its code is the province's (first two digits of the counties' codes). */
    public FeedCountySummary total() {
        String province = counties.isEmpty() ? "000000000000"
                : counties.getFirst().countyCode().substring(0, 2) + "0000000000";
        FeedCountySummary sum = new FeedCountySummary(province, TOTAL_NAME, 0, 0, 0, 0, 0,
                new ArrayList<>(Collections.nCopies(FeedCountySummary.ITEMS.size(), 0L)), 0);
        for (FeedCountySummary c : counties) {
            sum = sum.plus(c);
        }
        return sum;
    }
}
