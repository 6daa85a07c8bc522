// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jingzhun.app.registry.HouseholdTemplate;
import org.jingzhun.app.registry.generate.GeneratedHouseholds.Household;
import org.jingzhun.app.registry.generate.GeneratedHouseholds.Row;
import org.jingzhun.kernel.IdNumber;
import org.jingzhun.kernel.Money;
import org.jingzhun.kernel.household.DisabilityGrade;
import org.jingzhun.kernel.household.Education;
import org.jingzhun.kernel.household.Ethnicity;
import org.jingzhun.kernel.household.Health;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.LabourAbility;
import org.jingzhun.kernel.household.Labelled;
import org.jingzhun.kernel.household.MonitoringType;
import org.jingzhun.kernel.household.Relation;
import org.jingzhun.kernel.household.SchoolStatus;
import org.jingzhun.kernel.household.Sex;
import org.jingzhun.kernel.household.WorkStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every generated row, checked against the import template and DOMAIN.md §2–§4. */
class HouseholdGeneratorRowsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Set<String> YES_NO = Set.of(HouseholdTemplate.YES, HouseholdTemplate.NO);
    private static final List<String> MONEY = List.of("工资性收入", "生产经营性收入", "财产性收入", "转移性收入",
            "生产经营性支出", "理赔收入", "合规自付支出");

    @TempDir
    static Path dir;
    static List<Household> households;

    @BeforeAll
    static void generateTheProvince() {
        HouseholdGenerator.generate(HouseholdGeneratorTest.SCALE, 11, dir, ProgressListener.NONE);
        households = GeneratedHouseholds.all(dir);
    }

    @AfterAll
    static void release() {
        households = null;
    }

    private static List<Row> persons() {
        List<Row> rows = new ArrayList<>();
        households.forEach(h -> rows.addAll(h.rows()));
        return rows;
    }

    private static int age(Row r) {
        return IdNumber.parse(r.get("证件号码"), TODAY).ageOn(HouseholdGenerator.REFERENCE_DATE);
    }

    @Test
    void everyIdNumberIsValidUniqueAndIssuedInItsCounty() {
        Set<String> seen = new HashSet<>();
        for (Household h : households) {
            for (Row r : h.rows()) {
                String value = r.get("证件号码");
                IdNumber id = IdNumber.parse(value, TODAY); // throws on a bad checksum, date or length
                assertThat(id.value()).isEqualTo(value);
                assertThat(id.addressCode()).isEqualTo(h.countyCode().substring(0, 6));
                assertThat(id.birthDate()).isBetween(LocalDate.of(1900, 1, 1), TODAY);
                assertThat(seen.add(value)).as("duplicate ID number").isTrue();
            }
        }
        assertThat(seen).hasSizeGreaterThan(50_000);
    }

    @Test
    void everyHouseholdHasExactlyOneHeadOnItsFirstRow() {
        for (Household h : households) {
            assertThat(h.head().get("与户主关系")).isEqualTo("户主");
            assertThat(h.rows().stream().filter(r -> r.get("与户主关系").equals("户主"))).hasSize(1);
            assertThat(h.rows().size()).isBetween(1, Family.MAX_MEMBERS);
        }
    }

    @Test
    void householdColumnsAreFilledOnTheHeadsRowOnly() {
        List<String> householdColumns = HouseholdTemplate.HOUSEHOLD_COLUMNS.stream()
                .map(org.jingzhun.app.platform.csv.CsvHeader.Column::label).toList();
        List<String> alwaysOnHead = householdColumns.stream()
                .filter(c -> !c.equals("监测对象类别") && !c.equals("脱贫年度")).toList();
        for (Household h : households) {
            for (String c : alwaysOnHead) {
                assertThat(h.get(c)).as(c).isNotEmpty();
            }
            for (Row r : h.rows().subList(1, h.rows().size())) {
                for (String c : householdColumns) {
                    assertThat(r.get(c)).as(c).isEmpty();
                }
            }
        }
    }

    @Test
    void vocabularyValuesAreAllOfficialLabels() {
        for (Household h : households) {
            assertThat(Labelled.parse(HouseholdCategory.class, h.get("户类型"))).isPresent();
            if (!h.get("监测对象类别").isEmpty()) {
                assertThat(Labelled.parse(MonitoringType.class, h.get("监测对象类别"))).isPresent();
            }
            for (String c : List.of("住房安全", "饮水安全", "易地搬迁户", "低保户", "特困供养户")) {
                assertThat(h.get(c)).isIn(YES_NO);
            }
        }
        for (Row r : persons()) {
            assertThat(Labelled.parse(Relation.class, r.get("与户主关系"))).isPresent();
            assertThat(Ethnicity.isValid(r.get("民族"))).as(r.get("民族")).isTrue();
            assertThat(Labelled.parse(Education.class, r.get("文化程度"))).isPresent();
            assertThat(Labelled.parse(SchoolStatus.class, r.get("在校生状况"))).isPresent();
            Health health = Labelled.parse(Health.class, r.get("健康状况")).orElseThrow();
            assertThat(Labelled.parse(LabourAbility.class, r.get("劳动技能"))).isPresent();
            assertThat(Labelled.parse(WorkStatus.class, r.get("务工状况"))).isPresent();
            if (health == Health.DISABLED) {
                assertThat(Labelled.parse(DisabilityGrade.class, r.get("残疾等级"))).isPresent();
            } else {
                assertThat(r.get("残疾等级")).isEmpty();
            }
            for (String c : List.of("参加基本医保", "参加大病保险", "参加基本养老保险", "参加商业补充医疗保险", "公益岗位")) {
                assertThat(r.get(c)).isIn(YES_NO);
            }
            assertThat(r.get("姓名")).matches("\\p{IsHan}{2,4}");
        }
    }

    @Test
    void sexesAndAgesFitTheRelations() {
        for (Household h : households) {
            Row head = h.head();
            Sex headSex = IdNumber.parse(head.get("证件号码"), TODAY).sex();
            int headAge = age(head);
            assertThat(headAge).isBetween(18, FamilyBuilder.MAX_AGE);
            for (Row r : h.rows()) {
                Sex sex = IdNumber.parse(r.get("证件号码"), TODAY).sex();
                int age = age(r);
                switch (Labelled.parse(Relation.class, r.get("与户主关系")).orElseThrow()) {
                    case SPOUSE -> assertThat(sex).isNotEqualTo(headSex);
                    case SON, SON_IN_LAW, GRANDSON, FATHER -> assertThat(sex).isEqualTo(Sex.MALE);
                    case DAUGHTER, DAUGHTER_IN_LAW, GRANDDAUGHTER, MOTHER -> assertThat(sex).isEqualTo(Sex.FEMALE);
                    default -> { }
                }
                switch (Labelled.parse(Relation.class, r.get("与户主关系")).orElseThrow()) {
                    case SON, DAUGHTER -> assertThat(age).isLessThanOrEqualTo(headAge - 15);
                    case GRANDSON, GRANDDAUGHTER -> assertThat(age).isLessThanOrEqualTo(headAge - 30);
                    case FATHER, MOTHER -> assertThat(age).isGreaterThanOrEqualTo(headAge + 15);
                    default -> { }
                }
            }
        }
    }

    @Test
    void schoolLabourWorkAndPhoneFitTheAge() {
        long dropouts = 0;
        List<Row> persons = persons();
        for (Row r : persons) {
            int age = age(r);
            SchoolStatus school = Labelled.parse(SchoolStatus.class, r.get("在校生状况")).orElseThrow();
            if (age >= 6 && age <= 15) {
                assertThat(school).isIn(SchoolStatus.PRIMARY, SchoolStatus.JUNIOR_SECONDARY, SchoolStatus.DROPOUT);
            }
            if (age < 6) {
                assertThat(r.get("文化程度")).isEqualTo(Education.PRESCHOOL_CHILD.label());
                assertThat(school).isIn(SchoolStatus.PRESCHOOL, SchoolStatus.NOT_IN_SCHOOL);
            }
            dropouts += school == SchoolStatus.DROPOUT ? 1 : 0;
            WorkStatus work = Labelled.parse(WorkStatus.class, r.get("务工状况")).orElseThrow();
            int months = Integer.parseInt(r.get("务工时间(月)"));
            assertThat(months).isBetween(work == WorkStatus.NOT_WORKING ? 0 : 1, work == WorkStatus.NOT_WORKING ? 0 : 12);
            if (age < 16) {
                assertThat(r.get("劳动技能")).isEqualTo(LabourAbility.NONE.label());
                assertThat(work).isEqualTo(WorkStatus.NOT_WORKING);
            }
            if (age < 18) {
                assertThat(r.get("联系电话")).isEmpty();
                assertThat(r.get("公益岗位")).isEqualTo(HouseholdTemplate.NO);
            } else if (!r.get("联系电话").isEmpty()) {
                assertThat(r.get("联系电话")).matches("1[3-9]\\d{9}");
            }
        }
        assertThat((double) dropouts / persons.size()).isLessThan(0.001); // rare, for the data-quality checks to find
        assertThat(persons.stream().filter(r -> r.get("参加基本医保").equals(HouseholdTemplate.YES)).count())
                .isGreaterThan(Math.round(persons.size() * 0.98));
    }

    @Test
    void moneyIsInYuanWithAtMostTwoDecimalsAndPayoutsAreInsideTransfers() {
        for (Household h : households) {
            assertThat(h.get("收入年度")).isEqualTo("2025");
            for (String c : MONEY) {
                Money m = Money.parseYuan(h.get(c)); // refuses more than two decimals
                assertThat(m.isNegative()).as(c).isFalse();
            }
            assertThat(Money.parseYuan(h.get("理赔收入"))).isLessThanOrEqualTo(Money.parseYuan(h.get("转移性收入")));
        }
    }

    @Test
    void exitYearAndMonitoringTypeOnlyWhereTheCategoryHasThem() {
        for (Household h : households) {
            String category = h.get("户类型");
            String type = h.get("监测对象类别");
            String year = h.get("脱贫年度");
            assertThat(type.isEmpty()).isEqualTo(!category.equals("监测户"));
            boolean wasPoor = category.equals("脱贫户") || type.equals("脱贫不稳定户");
            if (wasPoor) {
                assertThat(Integer.parseInt(year)).isBetween(2014, 2020);
            } else {
                assertThat(year).isEmpty();
            }
        }
    }

    @Test
    void incomesFollowTheCategory() {
        List<Double> ordinary = new ArrayList<>();
        List<Double> exited = new ArrayList<>();
        List<Double> monitored = new ArrayList<>();
        for (Household h : households) {
            double income = h.referenceIncomePerPerson();
            switch (h.get("户类型")) {
                case "一般农户" -> ordinary.add(income);
                case "脱贫户" -> exited.add(income);
                default -> {
                    if (!h.get("监测对象类别").equals("突发严重困难户")) {
                        monitored.add(income);
                    }
                }
            }
        }
        double line = IncomeModel.MONITORING_LINE / 100.0;
        assertThat(shareBelow(ordinary, line)).isLessThan(0.10);
        assertThat(median(ordinary)).isGreaterThan(2 * line);
        assertThat(median(exited)).isLessThan(median(ordinary)).isGreaterThan(line);
        assertThat(shareBelow(monitored, line)).isGreaterThan(0.6);
        assertThat(shareBelow(monitored, line * 1.3)).isGreaterThan(0.85);
    }

    @Test
    void unsafeHousingAndWaterAreRareAndMostlyOnMonitoredHouseholds() {
        long unsafe = 0;
        long unsafeMonitored = 0;
        for (Household h : households) {
            if (h.get("住房安全").equals(HouseholdTemplate.NO) || h.get("饮水安全").equals(HouseholdTemplate.NO)) {
                unsafe++;
                unsafeMonitored += h.get("户类型").equals("监测户") ? 1 : 0;
            }
        }
        assertThat(unsafe).isPositive().isLessThan(households.size() / 200);
        assertThat(unsafeMonitored).isGreaterThan(unsafe / 2);
    }

    @Test
    void namesNeverNeedCsvQuoting() {
        assertThat(Names.allParts()).allSatisfy(p -> assertThat(p).doesNotContain(",", "\"", "\n", "\r"));
    }

    private static double shareBelow(List<Double> values, double line) {
        return (double) values.stream().filter(v -> v < line).count() / values.size();
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
