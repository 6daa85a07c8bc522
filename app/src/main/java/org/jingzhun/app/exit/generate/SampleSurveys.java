// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.exit.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jingzhun.app.exit.generate.GeneratedHistory.SurveyEntry;

/**
 * The provincial third-party assessment's sample of one county's assessed year: up to {@value #SAMPLE}
 * households that had exited by then and as many that were never registered, drawn uniformly while
 * the county's households go by (reservoir sampling, so the walk keeps nothing else). A few exited
 * households are found wrongly exited and a few others wrongly left out; most approve — all within
 * the thresholds every one of Jiangxi's 25 counties met (错退率, 漏评率 < 2 %, 认可度 ≥ 90 %).
 */
final class SampleSurveys {

    static final int SAMPLE = 60;
    private static final double WRONG_EXIT_CHANCE = 0.01;
    private static final double MISSED_CHANCE = 0.01;
    private static final double APPROVAL_CHANCE = 0.96;

    private final String county;
    private final int year;
    private final SplittableRandom random;
    private final List<long[]> exited = new ArrayList<>();
    private final List<long[]> nonPoor = new ArrayList<>();
    private long exitedSeen;
    private long nonPoorSeen;

    /** A sample of {@code county}'s households for its assessed {@code year}. */
    SampleSurveys(String county, int year, long seed) {
        this.county = county;
        this.year = year;
        this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ Long.parseLong(county));
    }

    /** Offers a household: {@code exitYear} 0 for one never registered poor. */
    void offer(String householdId, int persons, int exitYear) {
        long[] h = {Long.parseLong(householdId), persons};
        if (exitYear == 0) {
            nonPoorSeen = reservoir(nonPoor, nonPoorSeen, h);
        } else if (exitYear <= year) {
            exitedSeen = reservoir(exited, exitedSeen, h);
        }
    }

    private long reservoir(List<long[]> sample, long seen, long[] h) {
        seen++;
        if (sample.size() < SAMPLE) {
            sample.add(h);
        } else {
            long j = random.nextLong(seen);
            if (j < SAMPLE) {
                sample.set((int) j, h);
            }
        }
        return seen;
    }

    /** The entries, surveyed on {@code on}. */
    List<SurveyEntry> entries(LocalDate on) {
        List<SurveyEntry> out = new ArrayList<>();
        long exitedPersons = exited.stream().mapToLong(h -> h[1]).sum();
        long nonPoorPersons = nonPoor.stream().mapToLong(h -> h[1]).sum();
        int asked = exited.size() + nonPoor.size();
        int mayDisapprove = asked / 10;          // 认可度 ≥ 90 %
        long wrong = 0;
        long missed = 0;
        int disapproving = 0;
        for (int pass = 0; pass < 2; pass++) {
            boolean exitedSample = pass == 0;
            for (long[] h : exitedSample ? exited : nonPoor) {
                int persons = (int) h[1];
                boolean isWrong = false;
                boolean isMissed = false;
                if (exitedSample && random.nextDouble() < WRONG_EXIT_CHANCE && (wrong + persons) * 50 < exitedPersons) {
                    isWrong = true;
                    wrong += persons;
                }
                if (!exitedSample && random.nextDouble() < MISSED_CHANCE && (missed + persons) * 50 < nonPoorPersons) {
                    isMissed = true;
                    missed += persons;
                }
                boolean approves = random.nextDouble() < APPROVAL_CHANCE || disapproving >= mayDisapprove;
                if (!approves) {
                    disapproving++;
                }
                String id = String.format("%016d", h[0]);
                out.add(new SurveyEntry(county, year, id, id.substring(0, 12), exitedSample, persons, isWrong, isMissed, approves, on));
            }
        }
        return out;
    }
}
