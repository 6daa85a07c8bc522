// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jingzhun.app.feeds.generate.FeedFiles.Person;
import org.jingzhun.app.feeds.generate.FeedFiles.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rough sanity of the item mix at a small scale: routine items common, rare items rare, and the
 * records that should make a default rule fire concentrated where DOMAIN.md §7 expects them. The
 * bounds are wide — this is a demo generator, not a statistic — but each would catch a model gone wrong.
 */
class FeedMixTest {

    private static final Set<String> SUPPORTED = Set.of("脱贫户", "监测户");
    private static final List<String> IN_SCHOOL = List.of("学前教育", "小学", "初中", "高中", "中职", "高职高专", "本科及以上");
    private static final List<String> GRADES = List.of("一级", "二级", "三级", "四级");
    private static final LocalDate RECENT = FeedGenerator.DEFAULT_AS_OF.minusMonths(12);

    static FeedCountySummary total;
    static List<Row> rows;
    static Map<String, Person> persons;
    static Map<String, Long> households;

    @BeforeAll
    static void generateTheProvinceAndItsFeeds() {
        GeneratedProvince p = GeneratedProvince.get();
        total = p.summary().total();
        rows = p.rows().stream().filter(Row::wellFormed).toList();
        persons = p.persons();
        households = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Person person : persons.values()) {
            if (seen.add(person.householdNumber())) {
                households.merge(person.category(), 1L, Long::sum);
            }
        }
    }

    private static List<Row> registered(String item, boolean recentOnly) {
        return rows.stream().filter(r -> r.item().equals(item) && persons.containsKey(r.idNumber()))
                .filter(r -> !recentOnly || r.day().isAfter(RECENT)).toList();
    }

    private static Person person(Row r) {
        return persons.get(r.idNumber());
    }

    /** The share of households of the given kind that have a record matching {@code filter}. */
    private static double householdShare(List<Row> records, Predicate<Person> kind) {
        Set<String> with = new HashSet<>();
        for (Row r : records) {
            if (kind.test(person(r))) {
                with.add(person(r).householdNumber());
            }
        }
        long all = persons.values().stream().filter(kind).map(Person::householdNumber).distinct().count();
        return (double) with.size() / all;
    }

    @Test
    void aboutThreeAndAHalfRecordsPerHouseholdAndAFewUnmatchedOrMalformed() {
        assertThat((double) total.records() / total.households()).isBetween(3.2, 4.1);
        assertThat((double) total.unmatched() / total.records()).isBetween(0.002, 0.004);
        assertThat((double) total.malformed() / total.records()).isBetween(0.0002, 0.001);
    }

    @Test
    void routineItemsAreCommonAndRareItemsRare() {
        double persons = total.persons();
        for (String item : List.of("YB01", "YB02", "JY02")) {
            assertThat(total.item(item) / persons).as(item).isGreaterThan(0.1);
        }
        for (String item : List.of("MZ01", "CL01", "CG01")) {
            assertThat(total.item(item) / persons).as(item).isBetween(0.02, 0.15);
        }
        for (String item : List.of("GA02", "YJ01", "YJ02", "JY01", "ZJ01", "SL01", "NY01", "JR01", "MZ03")) {
            assertThat(total.item(item) / persons).as(item).isLessThan(0.01);
        }
        assertThat(FeedCountySummary.ITEMS).allSatisfy(item -> assertThat(total.item(item)).as(item).isPositive());
    }

    @Test
    void deathsAreAboutSixInAThousandAYearMostlyOfTheOld() {
        List<Row> deaths = registered("GA01", true);
        assertThat((double) deaths.size() / total.persons()).isBetween(0.004, 0.009);
        long old = deaths.stream().filter(r -> person(r).age() >= 60).count();
        assertThat((double) old / deaths.size()).isGreaterThan(0.7);
    }

    @Test
    void largeHospitalBillsAreRareAndMostlyOfTheIll() {
        List<Row> stays = registered("YB01", true);
        List<Row> large = stays.stream().filter(r -> r.amount()
                > (SUPPORTED.contains(person(r).category()) ? 6_000 : 10_000)).toList();
        assertThat((double) large.size() / stays.size()).isBetween(0.002, 0.03);
        long ill = large.stream().filter(r -> person(r).health().equals("患有大病")
                || person(r).health().equals("长期慢性病")).count();
        assertThat((double) ill / large.size()).isGreaterThan(0.5);
        List<Double> amounts = new ArrayList<>(stays.stream().map(Row::amount).toList());
        amounts.sort(Comparator.naturalOrder());
        assertThat(amounts.get(amounts.size() / 2)).as("median stay").isBetween(400.0, 3_000.0);
    }

    @Test
    void studentAidGoesToPupilsMostlyOfSupportedHouseholds() {
        List<Row> aid = registered("JY02", false);
        assertThat(aid).allSatisfy(r -> assertThat(person(r).schoolStatus()).isIn(IN_SCHOOL));
        Set<String> aided = new HashSet<>();
        aid.forEach(r -> aided.add(r.idNumber()));
        double supported = share(aided, p -> SUPPORTED.contains(p.category()) && IN_SCHOOL.contains(p.schoolStatus()));
        double ordinary = share(aided, p -> !SUPPORTED.contains(p.category()) && IN_SCHOOL.contains(p.schoolStatus()));
        assertThat(supported).isGreaterThan(0.8);
        assertThat(ordinary).isBetween(0.05, 0.6);
    }

    private static double share(Set<String> ids, Predicate<Person> kind) {
        long all = 0;
        long with = 0;
        for (Map.Entry<String, Person> e : persons.entrySet()) {
            if (kind.test(e.getValue())) {
                all++;
                with += ids.contains(e.getKey()) ? 1 : 0;
            }
        }
        return (double) with / all;
    }

    @Test
    void unsafeHouseRatingsConcentrateWhereTheRegistryHasUnsafeHousing() {
        List<Row> ratings = registered("ZJ01", true);
        List<Row> unsafe = ratings.stream().filter(r -> r.text().equals("C") || r.text().equals("D")).toList();
        assertThat(householdShare(unsafe, p -> p.housingSafe().equals("否"))).isGreaterThan(0.4);
        assertThat(householdShare(unsafe, p -> p.housingSafe().equals("是"))).isLessThan(0.005);
        assertThat(ratings).anyMatch(r -> r.text().equals("B"));
    }

    @Test
    void ownershipIsMuchRarerAmongExitedAndMonitoredHouseholds() {
        for (String item : List.of("CG01", "ZR01", "SC01")) {
            List<Row> records = registered(item, false);
            double supported = householdShare(records, p -> SUPPORTED.contains(p.category()));
            double ordinary = householdShare(records, p -> !SUPPORTED.contains(p.category()));
            assertThat(supported).as(item).isPositive().isLessThan(ordinary / 4);
        }
    }

    @Test
    void disabilityGradesMostlyAgreeWithTheRegistryAndSomeAreNewGradesOneOrTwo() {
        long agree = 0;
        long registeredDisabled = 0;
        long newSevere = 0;
        for (Row r : registered("CL01", true)) {
            String grade = person(r).disabilityGrade();
            int value = Integer.parseInt(r.value());
            if (grade.isEmpty()) {
                newSevere += value <= 2 ? 1 : 0;
            } else {
                registeredDisabled++;
                agree += GRADES.indexOf(grade) + 1 == value ? 1 : 0;
            }
        }
        assertThat((double) agree / registeredDisabled).isGreaterThan(0.9);
        assertThat(newSevere).isPositive();
    }

    @Test
    void notInsuredRecordsMostlyConcernPersonsRegisteredAsNotInsured() {
        List<Row> records = registered("YB03", false);
        long contradicting = records.stream().filter(r -> person(r).insured()).count();
        assertThat(contradicting).isPositive();
        assertThat((double) contradicting / records.size()).isLessThan(0.4);
    }

    @Test
    void dropoutsAreOfSchoolAge() {
        assertThat(registered("JY01", false)).isNotEmpty()
                .allSatisfy(r -> assertThat(person(r).age()).isBetween(6, 17));
    }

    @Test
    void disasterLossesClusterInSomeCounties() {
        Map<String, Integer> perCounty = new HashMap<>();
        List<Row> losses = registered("YJ01", true);
        for (Row r : losses) {
            perCounty.merge(r.county(), 1, Integer::sum);
        }
        List<Integer> counts = new ArrayList<>(perCounty.values());
        counts.sort(Comparator.reverseOrder());
        int top = counts.stream().limit(25).mapToInt(Integer::intValue).sum();
        assertThat((double) top / losses.size()).as("share of the 25 counties with most losses").isGreaterThan(0.6);
        long large = losses.stream().filter(r -> r.amount() > 10_000).count();
        assertThat((double) large / losses.size()).isBetween(0.15, 0.6);
    }
}
