// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.exit.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The demo poverty history of 2013–2020 for the province {@link org.jingzhun.app.registry.generate.HouseholdGenerator}
 * makes at the same scale and seed: what the old 建档立卡 system would hand over.
 *
 * @param households   every registered poor household with its identification and exit years
 * @param ruralPersons rural registered persons by year and village (villages with none are absent)
 * @param villages     the designated poor villages and the year each exited
 * @param counties     the poverty counties, the year each exit was approved and the procedure's dates
 * @param surveys      the third-party sample surveys of each county's assessed year
 */
public record GeneratedHistory(double scale, long seed, List<PoorHousehold> households,
                               SortedMap<Integer, Map<String, Integer>> ruralPersons, List<PoorVillage> villages,
                               List<PovertyCounty> counties, List<SurveyEntry> surveys) {

    /** A registered poor household. {@code identifiedYear} 2013 = in the 2014 建档立卡 on the end-2013 baseline. */
    public record PoorHousehold(String id, String villageCode, int identifiedYear, int exitYear, int persons) {

        public boolean poorAt(int year) {
            return identifiedYear <= year && exitYear > year;
        }
    }

    /** A designated poor village. */
    public record PoorVillage(String code, int designatedYear, int exitYear, boolean deeplyPoor) {
    }

    /** A poverty county and its exit procedure (approved in {@code exitYear} on the assessment of the year before). */
    public record PovertyCounty(String code, int designatedYear, int exitYear, LocalDate appliedOn, LocalDate cityReviewedOn,
                                LocalDate assessedOn, LocalDate noticeFrom, LocalDate noticeTo, LocalDate approvedOn) {
    }

    /** One sampled household of a county's assessed year. */
    public record SurveyEntry(String countyCode, int year, String householdId, String villageCode, boolean exitedSample,
                              int persons, boolean wrongExit, boolean missed, boolean recognises, LocalDate surveyedOn) {
    }

    /** Poor persons at the end of {@code year} in villages whose code starts with {@code prefix}. */
    public long poorPersons(String prefix, int year) {
        long sum = 0;
        for (PoorHousehold h : households) {
            if (h.poorAt(year) && h.villageCode().startsWith(prefix)) {
                sum += h.persons();
            }
        }
        return sum;
    }

    /** Rural registered persons at the end of {@code year} in villages whose code starts with {@code prefix}. */
    public long ruralPersons(String prefix, int year) {
        long sum = 0;
        for (Map.Entry<String, Integer> e : ruralPersons.getOrDefault(year, Map.of()).entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                sum += e.getValue();
            }
        }
        return sum;
    }
}
