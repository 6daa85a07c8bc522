// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

import static org.jingzhun.app.registry.HouseholdTemplate.BASIC_MEDICAL;
import static org.jingzhun.app.registry.HouseholdTemplate.BASIC_PENSION;
import static org.jingzhun.app.registry.HouseholdTemplate.BUSINESS_INCOME;
import static org.jingzhun.app.registry.HouseholdTemplate.CATEGORY;
import static org.jingzhun.app.registry.HouseholdTemplate.COMMERCIAL_MEDICAL;
import static org.jingzhun.app.registry.HouseholdTemplate.DIBAO;
import static org.jingzhun.app.registry.HouseholdTemplate.DISABILITY_GRADE;
import static org.jingzhun.app.registry.HouseholdTemplate.EDUCATION;
import static org.jingzhun.app.registry.HouseholdTemplate.ETHNICITY;
import static org.jingzhun.app.registry.HouseholdTemplate.EXIT_YEAR;
import static org.jingzhun.app.registry.HouseholdTemplate.GRID_CODE;
import static org.jingzhun.app.registry.HouseholdTemplate.HEALTH;
import static org.jingzhun.app.registry.HouseholdTemplate.HOUSEHOLD_ID;
import static org.jingzhun.app.registry.HouseholdTemplate.HOUSING_SAFE;
import static org.jingzhun.app.registry.HouseholdTemplate.ID_NUMBER;
import static org.jingzhun.app.registry.HouseholdTemplate.INCOME_YEAR;
import static org.jingzhun.app.registry.HouseholdTemplate.INSURANCE_PAYOUTS;
import static org.jingzhun.app.registry.HouseholdTemplate.LABOUR;
import static org.jingzhun.app.registry.HouseholdTemplate.MONITORING_TYPE;
import static org.jingzhun.app.registry.HouseholdTemplate.NAME;
import static org.jingzhun.app.registry.HouseholdTemplate.OUT_OF_POCKET;
import static org.jingzhun.app.registry.HouseholdTemplate.PHONE;
import static org.jingzhun.app.registry.HouseholdTemplate.PRODUCTION_COSTS;
import static org.jingzhun.app.registry.HouseholdTemplate.PROPERTY_INCOME;
import static org.jingzhun.app.registry.HouseholdTemplate.REGION_CODE;
import static org.jingzhun.app.registry.HouseholdTemplate.RELATION;
import static org.jingzhun.app.registry.HouseholdTemplate.RELOCATED;
import static org.jingzhun.app.registry.HouseholdTemplate.SCHOOL_STATUS;
import static org.jingzhun.app.registry.HouseholdTemplate.SERIOUS_ILLNESS_INSURANCE;
import static org.jingzhun.app.registry.HouseholdTemplate.TEKUN;
import static org.jingzhun.app.registry.HouseholdTemplate.TRANSFER_INCOME;
import static org.jingzhun.app.registry.HouseholdTemplate.WAGES;
import static org.jingzhun.app.registry.HouseholdTemplate.WATER_SAFE;
import static org.jingzhun.app.registry.HouseholdTemplate.WELFARE_JOB;
import static org.jingzhun.app.registry.HouseholdTemplate.WORK_MONTHS;
import static org.jingzhun.app.registry.HouseholdTemplate.WORK_STATUS;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.jingzhun.app.region.GridKind;
import org.jingzhun.app.registry.HouseholdTemplate;
import org.jingzhun.app.registry.generate.VillageCatalog.County;
import org.jingzhun.app.registry.generate.VillageCatalog.Village;
import org.jingzhun.kernel.household.DisabilityGrade;
import org.jingzhun.kernel.household.Education;
import org.jingzhun.kernel.household.Ethnicity;
import org.jingzhun.kernel.household.Health;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.LabourAbility;
import org.jingzhun.kernel.household.MonitoringType;
import org.jingzhun.kernel.household.Relation;
import org.jingzhun.kernel.household.SchoolStatus;
import org.jingzhun.kernel.household.WorkStatus;

/**
 * Generates one county's households and streams them as rows of the household import template
 * (DOMAIN.md §4): one household at a time is drawn into a reused {@link Family} and written at
 * once, so memory does not grow with the county. Everything random comes from one generator
 * seeded from (seed, county code): a county's file depends on nothing else, whichever thread
 * writes it and whichever other counties are generated.
 */
final class CountyWriter {

    /** The column order {@link #writeMember} follows; checked against the template when the class loads. */
    private static final List<?> WRITE_ORDER = List.of(
            HOUSEHOLD_ID, REGION_CODE, GRID_CODE, NAME, ID_NUMBER, RELATION,
            ETHNICITY, EDUCATION, SCHOOL_STATUS, HEALTH, DISABILITY_GRADE, LABOUR, WORK_STATUS, WORK_MONTHS,
            BASIC_MEDICAL, SERIOUS_ILLNESS_INSURANCE, BASIC_PENSION, COMMERCIAL_MEDICAL, WELFARE_JOB, PHONE,
            CATEGORY, MONITORING_TYPE, EXIT_YEAR, INCOME_YEAR,
            WAGES, BUSINESS_INCOME, PROPERTY_INCOME, TRANSFER_INCOME, PRODUCTION_COSTS, INSURANCE_PAYOUTS, OUT_OF_POCKET,
            HOUSING_SAFE, WATER_SAFE, RELOCATED, DIBAO, TEKUN);
    /** Household columns after 联系电话, left empty on members' rows. */
    private static final int TRAILING_HOUSEHOLD_COLUMNS = 16;

    static {
        if (!WRITE_ORDER.equals(HouseholdTemplate.COLUMNS)) {
            throw new IllegalStateException("HouseholdTemplate.COLUMNS changed; update CountyWriter's write order");
        }
    }

    private static final byte[][] RELATIONS = CsvBytes.labels(Relation.class);
    private static final byte[][] EDUCATIONS = CsvBytes.labels(Education.class);
    private static final byte[][] SCHOOL_STATUSES = CsvBytes.labels(SchoolStatus.class);
    private static final byte[][] HEALTHS = CsvBytes.labels(Health.class);
    private static final byte[][] DISABILITY_GRADES = CsvBytes.labels(DisabilityGrade.class);
    private static final byte[][] LABOURS = CsvBytes.labels(LabourAbility.class);
    private static final byte[][] WORK_STATUSES = CsvBytes.labels(WorkStatus.class);
    private static final byte[][] CATEGORIES = CsvBytes.labels(HouseholdCategory.class);
    private static final byte[][] MONITORING_TYPES = CsvBytes.labels(MonitoringType.class);
    private static final byte[][] ETHNICITIES = Ethnicity.NAMES.stream()
            .map(n -> n.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    private static final byte[] YES_BYTES = HouseholdTemplate.YES.getBytes(StandardCharsets.UTF_8);
    private static final byte[] NO_BYTES = HouseholdTemplate.NO.getBytes(StandardCharsets.UTF_8);
    private static final int HAN = Ethnicity.NAMES.indexOf("汉族");
    private static final int SHE = Ethnicity.NAMES.indexOf("畲族");
    /** Groups that people marrying into Jiangxi villages most often belong to. */
    private static final int[] MARRIED_IN_MINORITIES = Ethnicity.NAMES.stream()
            .filter(List.of("苗族", "壮族", "土家族", "回族", "满族", "侗族", "瑶族", "布依族", "畲族")::contains)
            .mapToInt(Ethnicity.NAMES::indexOf).toArray();

    private final CategoryModel model;
    private final PovertyGeography geography;
    private final double scale;
    private final long seed;

    CountyWriter(CategoryModel model, PovertyGeography geography, double scale, long seed) {
        this.model = model;
        this.geography = geography;
        this.scale = scale;
        this.seed = seed;
    }

    /** The random seed of one county: a mix of the run's seed and the county's code. */
    static long countySeed(long seed, String countyCode) {
        return mix64(mix64(seed) ^ Long.parseLong(countyCode));
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Receives each household as soon as it is drawn; {@code f} and {@code ids} are reused for the next one. */
    @FunctionalInterface
    interface HouseholdSink {
        void accept(Family f, IdNumberAllocator ids, Village village, byte[] villageCode, int sequence, int grid);
    }

    /** Writes the county's header and households to {@code out} (flushed, not closed); returns the counts. */
    CountySummary write(County county, OutputStream out) {
        CsvBytes csv = new CsvBytes(out);
        csv.row(HouseholdTemplate.headers());
        CountySummary summary = walk(county, (f, ids, village, code, h, grid) -> {
            for (int i = 0; i < f.size; i++) {
                writeMember(csv, ids, f, i, code, h, grid);
            }
        });
        csv.flush();
        return summary;
    }

    /**
     * Draws the county's households in file order and hands each to {@code sink}. The one place
     * where the draws happen, for the file and for anything else made about the same persons
     * (department feeds), so that the two can never drift apart.
     */
    CountySummary walk(County county, HouseholdSink sink) {
        SplittableRandom r = new SplittableRandom(countySeed(seed, county.code()));
        List<Village> villages = county.villages();
        int[] counts = new int[villages.size()];
        long planned = 0;
        for (int v = 0; v < counts.length; v++) {
            counts[v] = model.households(villages.get(v), scale, r);
            planned += counts[v];
        }
        if (planned == 0) {
            counts[r.nextInt(counts.length)] = 1; // even the smallest demo has someone in every county
        }
        boolean povertyCounty = geography.isFormerPovertyCounty(county.code());
        IdNumberAllocator ids = new IdNumberAllocator(county.addressCode());
        Family f = new Family();
        Counter counter = new Counter();
        for (int v = 0; v < counts.length; v++) {
            Village village = villages.get(v);
            if (counts[v] > 9_999) {
                throw new IllegalStateException("more than 9,999 households in village " + village.code());
            }
            byte[] code = village.code().getBytes(StandardCharsets.US_ASCII);
            boolean urban = village.kind() == GridKind.URBAN;
            Minority minority = Minority.of(village);
            for (int h = 1; h <= counts[v]; h++) {
                f.reset();
                model.categorise(f, county, village, r);
                FamilyBuilder.compose(f, FamilyBuilder.size(f.category, r), f.hardship == Hardship.LACK_OF_LABOUR, r);
                ethnicity(f, minority, r);
                for (int i = 0; i < f.size; i++) {
                    ids.assign(f, i, r);
                }
                MemberProfiles.assign(f, urban, r);
                IncomeModel.assign(f, urban, povertyCounty, r);
                int grid = 1 + (int) ((long) (h - 1) * village.gridCount() / counts[v]);
                sink.accept(f, ids, village, code, h, grid);
                counter.add(f);
            }
        }
        return new CountySummary(county.code(), county.name(), counter.households, counter.persons,
                counter.exitedHouseholds, counter.monitoredHouseholds, counter.ordinaryHouseholds,
                counter.exitedPersons, counter.monitoredPersons);
    }

    /** Where a village has an ethnic minority: named in the village (冲头黎族村) or its township (樟坪畲族乡). */
    private record Minority(int ethnicity, double share) {
        static Minority of(Village v) {
            for (int e = 0; e < Ethnicity.NAMES.size(); e++) {
                String name = Ethnicity.NAMES.get(e);
                if (e != HAN && name.endsWith("族") && v.name().contains(name)) {
                    return new Minority(e, 0.6);
                }
            }
            if (v.townshipName().contains("畲族") || v.townshipName().contains("民族乡")) {
                return new Minority(SHE, 0.35);
            }
            return new Minority(SHE, 0.0005);
        }
    }

    /** Blood relatives share the head's ethnicity; those who married in are drawn on their own. */
    private static void ethnicity(Family f, Minority m, SplittableRandom r) {
        int head = r.nextDouble() < m.share() ? m.ethnicity() : HAN;
        for (int i = 0; i < f.size; i++) {
            Relation rel = f.relation[i];
            boolean marriedIn = rel == Relation.SPOUSE || rel == Relation.DAUGHTER_IN_LAW
                    || rel == Relation.SON_IN_LAW || rel == Relation.MOTHER || rel == Relation.OTHER;
            if (!marriedIn || i == 0) {
                f.ethnicity[i] = head;
            } else if (r.nextDouble() < 0.003) {
                f.ethnicity[i] = MARRIED_IN_MINORITIES[r.nextInt(MARRIED_IN_MINORITIES.length)];
            } else {
                f.ethnicity[i] = r.nextDouble() < m.share() ? m.ethnicity() : HAN;
            }
        }
    }

    private static void writeMember(CsvBytes csv, IdNumberAllocator ids, Family f, int i, byte[] village,
                                    int household, int grid) {
        boolean head = i == 0;
        csv.startField();
        csv.raw(village);
        csv.rawDigits(household, 4);
        if (head) {
            csv.field(village);
            csv.field(village);
            csv.rawDigits(grid, 3);
        } else {
            csv.empty();
            csv.empty();
        }
        Names.write(csv, f, i);
        ids.write(csv, f, i);
        csv.field(RELATIONS[f.relation[i].ordinal()]);
        csv.field(ETHNICITIES[f.ethnicity[i]]);
        csv.field(EDUCATIONS[f.education[i].ordinal()]);
        csv.field(SCHOOL_STATUSES[f.school[i].ordinal()]);
        csv.field(HEALTHS[f.health[i].ordinal()]);
        if (f.disability[i] == null) {
            csv.empty();
        } else {
            csv.field(DISABILITY_GRADES[f.disability[i].ordinal()]);
        }
        csv.field(LABOURS[f.labour[i].ordinal()]);
        csv.field(WORK_STATUSES[f.work[i].ordinal()]);
        csv.number(f.workMonths[i]);
        yesNo(csv, f.basicMedical[i]);
        yesNo(csv, f.seriousIllnessInsurance[i]);
        yesNo(csv, f.basicPension[i]);
        yesNo(csv, f.commercialMedical[i]);
        yesNo(csv, f.welfareJob[i]);
        if (f.phone[i] == 0) {
            csv.empty();
        } else {
            csv.digits(f.phone[i], 11);
        }
        if (head) {
            writeHousehold(csv, f);
        } else {
            for (int c = 0; c < TRAILING_HOUSEHOLD_COLUMNS; c++) {
                csv.empty();
            }
        }
        csv.endRow();
    }

    private static void writeHousehold(CsvBytes csv, Family f) {
        csv.field(CATEGORIES[f.category.ordinal()]);
        if (f.monitoringType == null) {
            csv.empty();
        } else {
            csv.field(MONITORING_TYPES[f.monitoringType.ordinal()]);
        }
        if (f.exitYear == 0) {
            csv.empty();
        } else {
            csv.number(f.exitYear);
        }
        csv.number(IncomeModel.INCOME_YEAR);
        csv.money(f.wages);
        csv.money(f.businessIncome);
        csv.money(f.propertyIncome);
        csv.money(f.transfers);
        csv.money(f.productionCosts);
        csv.money(f.insurancePayouts);
        csv.money(f.outOfPocket);
        yesNo(csv, f.housingSafe);
        yesNo(csv, f.waterSafe);
        yesNo(csv, f.relocated);
        yesNo(csv, f.dibao);
        yesNo(csv, f.tekun);
    }

    private static void yesNo(CsvBytes csv, boolean value) {
        csv.field(value ? YES_BYTES : NO_BYTES);
    }

    private static final class Counter {
        long households;
        long persons;
        long exitedHouseholds;
        long monitoredHouseholds;
        long ordinaryHouseholds;
        long exitedPersons;
        long monitoredPersons;

        void add(Family f) {
            households++;
            persons += f.size;
            switch (f.category) {
                case EXITED -> {
                    exitedHouseholds++;
                    exitedPersons += f.size;
                }
                case MONITORED -> {
                    monitoredHouseholds++;
                    monitoredPersons += f.size;
                }
                case ORDINARY -> ordinaryHouseholds++;
            }
        }
    }
}
