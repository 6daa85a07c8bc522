// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

import java.util.List;

/**
 * What was generated for one county (or, as {@link GenerationSummary#total()}, for all): one row
 * of {@code summary.csv}. Households split into 脱贫户 (exited), 监测户 (monitored) and 一般农户
 * (ordinary).
 */
public record CountySummary(String countyCode, String countyName, long households, long persons,
                            long exitedHouseholds, long monitoredHouseholds, long ordinaryHouseholds,
                            long exitedPersons, long monitoredPersons) {

    /** The header of {@code summary.csv}. */
    public static final List<String> HEADER = List.of("county_code", "county_name", "households",
            "persons", "exited_households", "monitored_households", "ordinary_households", "exited_persons",
            "monitored_persons");

    CountySummary plus(CountySummary o) {
        return new CountySummary(countyCode, countyName, households + o.households, persons + o.persons,
                exitedHouseholds + o.exitedHouseholds, monitoredHouseholds + o.monitoredHouseholds,
                ordinaryHouseholds + o.ordinaryHouseholds, exitedPersons + o.exitedPersons,
                monitoredPersons + o.monitoredPersons);
    }

    List<String> fields() {
        return List.of(countyCode, countyName, Long.toString(households), Long.toString(persons),
                Long.toString(exitedHouseholds), Long.toString(monitoredHouseholds), Long.toString(ordinaryHouseholds),
                Long.toString(exitedPersons), Long.toString(monitoredPersons));
    }
}
