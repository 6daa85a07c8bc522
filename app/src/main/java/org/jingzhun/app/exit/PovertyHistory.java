// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.exit;

import java.util.List;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.exit.Ratio;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The poverty history at a year's end as other features (reports) read it: rural and poor persons,
 * poor villages left and counties exited within a region, counted from the per-household,
 * per-village and per-county rows, within the caller's scope.
 */
@Service
public class PovertyHistory {

    /**
     * A region at the end of a year.
     *
     * @param hasPopulation   whether rural population figures exist for the region and year
     * @param incidence       poor persons over rural persons
     * @param exitedCounties  codes of the poverty counties whose exit was approved by then
     */
    public record YearEnd(String region, int year, boolean hasPopulation, long ruralPersons, long poorPersons, Ratio incidence,
                          long poorVillages, List<String> exitedCounties) {
    }

    private final HistoryRepository history;

    PovertyHistory(HistoryRepository history) {
        this.history = history;
    }

    @Transactional(readOnly = true)
    public YearEnd at(RegionCode region, int year) {
        String pattern = region.descendantPrefix() + "%";
        long rural = history.ruralPersons(pattern, year);
        long poor = history.poorPersons(pattern, year);
        return new YearEnd(region.value(), year, history.hasPopulation(pattern, year), rural, poor, new Ratio(poor, rural),
                history.poorVillages(pattern, year), history.exitedCounties(pattern, year));
    }
}
