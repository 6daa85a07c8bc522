// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.exit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jingzhun.app.exit.generate.GeneratedHistory.PoorHousehold;
import org.jingzhun.app.exit.generate.GeneratedHistory.SurveyEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PovertyHistoryGeneratorTest {

    private static final double S = 0.002;
    GeneratedHistory history;

    @BeforeAll
    void generate() {
        history = PovertyHistoryGenerator.generate(S, 5);
    }

    @Test
    void reproducesTheSeedsFiguresToThePerson() {
        GeneratedHistory seed1 = PovertyHistoryGenerator.generate(S, 1);
        assertThat(seed1.poorPersons("36", 2013)).isEqualTo(Math.round(3_460_000 * S));
        assertThat(seed1.ruralPersons("36", 2013)).isEqualTo(Math.round(3_460_000 / 0.0921 * S));
        assertThat(seed1.poorPersons("36", 2019)).isEqualTo(Math.round(96_000 * S));
        assertThat(seed1.ruralPersons("36", 2019)).isEqualTo(Math.round(96_000 / 0.0027 * S));
        assertThat(seed1.poorPersons("36", 2020)).isZero();
    }

    @Test
    void whenTheHouseholdsThatExitedIn2020AreTooFewTheEnd2019FigureIsAllOfThem() {
        // seed 5 at this scale draws 189 persons in households that exited in 2020, 3 fewer than 9.6万 × S
        long exited2020 = history.households().stream().filter(h -> h.exitYear() == 2020).mapToLong(PoorHousehold::persons).sum();
        assertThat(exited2020).isLessThan(Math.round(96_000 * S));
        assertThat(history.poorPersons("36", 2019)).isEqualTo(exited2020);
        assertThat(history.poorPersons("36", 2013)).isEqualTo(Math.round(3_460_000 * S));
    }

    @Test
    void isTheSameForTheSameScaleAndSeed() {
        GeneratedHistory again = PovertyHistoryGenerator.generate(S, 5);
        assertThat(again.households()).isEqualTo(history.households());
        assertThat(again.ruralPersons()).isEqualTo(history.ruralPersons());
        assertThat(again.surveys()).isEqualTo(history.surveys());
        assertThat(PovertyHistoryGenerator.generate(S, 6).households()).isNotEqualTo(history.households());
    }

    @Test
    void noHouseholdIsIdentifiedAfterItExitedAndNoVillageHasMorePoorThanPeople() {
        for (PoorHousehold h : history.households()) {
            assertThat(h.identifiedYear()).as(h.id()).isLessThanOrEqualTo(h.exitYear());
        }
        for (int year = 2013; year <= 2020; year++) {
            Map<String, Integer> rural = history.ruralPersons().get(year);
            for (PoorHousehold h : history.households()) {
                if (h.poorAt(year)) {
                    assertThat(rural.getOrDefault(h.villageCode(), 0)).as(h.villageCode() + " in " + year)
                            .isGreaterThanOrEqualTo((int) history.poorPersons(h.villageCode(), year));
                }
            }
        }
    }

    @Test
    void hasThe3058PoorVillagesAllExitedBy2020And269DeeplyPoor() {
        assertThat(history.villages()).hasSize(3_058);
        assertThat(history.villages().stream().filter(GeneratedHistory.PoorVillage::deeplyPoor).count()).isEqualTo(269);
        assertThat(history.villages()).allSatisfy(v -> assertThat(v.exitYear()).isBetween(2014, 2020));
    }

    @Test
    void theSampleSurveysStayWithinTheThresholdsTheCountiesMet() {
        assertThat(history.counties()).hasSize(25);
        for (GeneratedHistory.PovertyCounty c : history.counties()) {
            List<SurveyEntry> entries = new ArrayList<>(history.surveys().stream().filter(e -> e.countyCode().equals(c.code())).toList());
            assertThat(entries).isNotEmpty().allSatisfy(e -> assertThat(e.year()).isEqualTo(c.exitYear() - 1));
            long exited = entries.stream().filter(SurveyEntry::exitedSample).mapToLong(SurveyEntry::persons).sum();
            long wrong = entries.stream().filter(SurveyEntry::wrongExit).mapToLong(SurveyEntry::persons).sum();
            long nonPoor = entries.stream().filter(e -> !e.exitedSample()).mapToLong(SurveyEntry::persons).sum();
            long missed = entries.stream().filter(SurveyEntry::missed).mapToLong(SurveyEntry::persons).sum();
            long approving = entries.stream().filter(SurveyEntry::recognises).count();
            assertThat(wrong * 50).isLessThan(Math.max(1, exited));
            assertThat(missed * 50).isLessThan(Math.max(1, nonPoor));
            assertThat(approving * 10).isGreaterThanOrEqualTo(entries.size() * 9L);
            assertThat(entries).allSatisfy(e -> assertThat(e.householdId()).startsWith(c.code().substring(0, 6)));
        }
    }
}
