// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

import java.nio.file.Path;
import java.util.List;

/** The result of a generator run: where the files are and what each county holds, in code order. */
public record GenerationSummary(Path directory, List<CountySummary> counties) {

    /** The name of the total row's county columns in {@code summary.csv}. */
    public static final String TOTAL_NAME = "合计";

    public GenerationSummary {
        counties = List.copyOf(counties);
    }

    /** All counties added up; its code is the province's (first two digits of the counties' codes). */
    public CountySummary total() {
        String province = counties.isEmpty() ? "000000000000"
                : counties.getFirst().countyCode().substring(0, 2) + "0000000000";
        CountySummary sum = new CountySummary(province, TOTAL_NAME, 0, 0, 0, 0, 0, 0, 0);
        for (CountySummary c : counties) {
            sum = sum.plus(c);
        }
        return sum;
    }
}
