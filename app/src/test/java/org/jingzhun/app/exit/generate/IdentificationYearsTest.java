// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.exit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentificationYearsTest {

    private static List<IdentificationYears.Poor> households(int exitYear, int... sizes) {
        List<IdentificationYears.Poor> out = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            out.add(new IdentificationYears.Poor("h" + exitYear + "-" + i, "v", sizes[i], exitYear, i));
        }
        return out;
    }

    private static long sum(List<IdentificationYears.Poor> list, boolean[] chosen) {
        long s = 0;
        for (int i = 0; i < list.size(); i++) {
            s += chosen[i] ? list.get(i).persons : 0;
        }
        return s;
    }

    @Test
    void closesTheLastGapWithAHouseholdOfTheMissingSizeOrOneSwap() {
        // greedy takes 4 + 4 = 8 of 11; 3 is missing: the household of 3 closes it
        List<IdentificationYears.Poor> list = households(2016, 4, 4, 5, 3);
        assertThat(sum(list, IdentificationYears.exactSubset(list, 11))).isEqualTo(11);
        // greedy takes 5 + 5 = 10 of 12; no household of 2 is left, but swapping a 5 for the 7 gives 12
        List<IdentificationYears.Poor> swap = households(2016, 5, 5, 7);
        assertThat(sum(swap, IdentificationYears.exactSubset(swap, 12))).isEqualTo(12);
        // too few persons: everything, short of the target
        List<IdentificationYears.Poor> few = households(2016, 2, 3);
        assertThat(sum(few, IdentificationYears.exactSubset(few, 10))).isEqualTo(5);
    }

    @Test
    void the2019FigureComesFromThe2020ExitsAndTheRestOfThemWereIdentifiedIn2020() {
        List<IdentificationYears.Poor> all = new ArrayList<>();
        all.addAll(households(2014, 3, 3));
        all.addAll(households(2017, 4, 2, 5));
        all.addAll(households(2020, 3, 4, 2));
        IdentificationYears.assign(all, 14, 6);
        long poor2013 = all.stream().filter(p -> p.identifiedYear == 2013).mapToLong(p -> p.persons).sum();
        long poor2019 = all.stream().filter(p -> p.identifiedYear <= 2019 && p.exitYear > 2019).mapToLong(p -> p.persons).sum();
        assertThat(poor2013).isEqualTo(14);
        assertThat(poor2019).isEqualTo(6);
        // households that exited in 2014 were all poor at the end of 2013
        assertThat(all.stream().filter(p -> p.exitYear == 2014)).allSatisfy(p -> assertThat(p.identifiedYear).isEqualTo(2013));
        assertThat(all).allSatisfy(p -> assertThat(p.identifiedYear).isBetween(2013, p.exitYear));
        assertThat(all.stream().filter(p -> p.identifiedYear == 2020).mapToLong(p -> p.persons).sum()).isEqualTo(3);
    }

    @Test
    void ruralPersonsAddUpToTheTotalAndNeverFallBelowAVillagesPoor() {
        Map<String, Double> weights = Map.of("a", 10.0, "b", 10.0, "c", 1.0);
        Map<String, Long> poor = Map.of("c", 3L);
        Map<String, Integer> rural = RuralPopulation.share(weights, poor, 21);
        assertThat(rural.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(21);
        assertThat(rural.get("c")).isGreaterThanOrEqualTo(3);
        // a and b share the rest equally, the odd person to the first by code
        assertThat(rural).isEqualTo(Map.of("a", 9, "b", 9, "c", 3));
    }
}
