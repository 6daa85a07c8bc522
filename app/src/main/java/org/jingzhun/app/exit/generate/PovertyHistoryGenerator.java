// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.exit.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jingzhun.app.exit.generate.GeneratedHistory.PoorHousehold;
import org.jingzhun.app.exit.generate.GeneratedHistory.PoorVillage;
import org.jingzhun.app.exit.generate.GeneratedHistory.PovertyCounty;
import org.jingzhun.app.exit.generate.GeneratedHistory.SurveyEntry;
import org.jingzhun.app.region.GridKind;
import org.jingzhun.app.registry.generate.HouseholdGenerator;

/**
 * The demo poverty history (2013–2020) of the province {@link HouseholdGenerator} makes at a scale S
 * and seed — deterministic for both — calibrated on the seeds' figures (DOMAIN.md §1):
 * <ul>
 *   <li>registered poor households are the generated ones with a 脱贫年度, each with its exit year;
 *       identification years make 346万 × S persons poor at the end of 2013 and 9.6万 × S at the end
 *       of 2019 ({@link IdentificationYears});</li>
 *   <li>rural registered persons fall linearly from 346万 / 9.21 % × S (2013) to 9.6万 / 0.27 % × S
 *       (2019), shared among the villages ({@link RuralPopulation});</li>
 *   <li>the 3,058 poor villages (269 deeply poor) each exit in the first year its incidence is below
 *       2 %; the 25 poverty counties exit in the years of DOMAIN.md §1, on the assessment of the year
 *       before, with a sample survey of that year ({@link SampleSurveys}).</li>
 * </ul>
 * Every figure a report shows is then counted from these rows, not stored.
 */
public final class PovertyHistoryGenerator {

    public static final int FIRST_YEAR = 2013;
    public static final int LAST_YEAR = 2020;
    /** 2013: 346万 poor persons, incidence 9.21 %; end of 2019: 9.6万, 0.27 % (the seeds). */
    public static final long POOR_2013 = 3_460_000;
    public static final double INCIDENCE_2013 = 0.0921;
    public static final long POOR_2019 = 96_000;
    public static final double INCIDENCE_2019 = 0.0027;
    static final int DESIGNATED = 2013;
    static final int DEEPLY_POOR_VILLAGES = 269;

    private PovertyHistoryGenerator() {
    }

    /** The province's rural registered persons at the end of {@code year}, at {@code scale}. */
    public static long ruralTotal(int year, double scale) {
        double r2013 = POOR_2013 / INCIDENCE_2013;
        double r2019 = POOR_2019 / INCIDENCE_2019;
        return Math.round((r2013 + (r2019 - r2013) * (year - FIRST_YEAR) / 6.0) * scale);
    }

    public static GeneratedHistory generate(double scale, long seed) {
        HouseholdGenerator generator = new HouseholdGenerator(scale, seed);
        Map<String, Integer> countyExit = generator.formerPovertyCounties();
        Map<String, Double> weights = new HashMap<>();
        List<IdentificationYears.Poor> poor = new ArrayList<>();
        Map<String, SampleSurveys> samples = new TreeMap<>();
        for (String county : generator.countyCodes()) {
            Integer exit = countyExit.get(county);
            SampleSurveys sample = exit == null ? null : new SampleSurveys(county, exit - 1, seed);
            if (sample != null) {
                samples.put(county, sample);
            }
            generator.forEachHousehold(county, h -> {
                String id = h.householdNumber();
                double share = h.village().kind() == GridKind.RURAL ? 1 : RuralPopulation.COMMUNITY_SHARE;
                weights.merge(h.village().code(), h.size() * share, Double::sum);
                if (h.exitYear() > 0) {
                    poor.add(new IdentificationYears.Poor(id, h.village().code(), h.size(), h.exitYear(), mix(Long.parseLong(id) ^ seed)));
                }
                if (sample != null) {
                    sample.offer(id, h.size(), h.exitYear());
                }
            });
        }
        IdentificationYears.assign(poor, Math.round(POOR_2013 * scale), Math.round(POOR_2019 * scale));
        List<PoorHousehold> households = poor.stream()
                .sorted(Comparator.comparing((IdentificationYears.Poor p) -> p.id))
                .map(p -> new PoorHousehold(p.id, p.village, p.identifiedYear, p.exitYear, p.persons)).toList();

        SortedMap<Integer, Map<String, Integer>> rural = new TreeMap<>();
        SortedMap<Integer, Map<String, Long>> poorByVillage = new TreeMap<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            Map<String, Long> p = new HashMap<>();
            for (PoorHousehold h : households) {
                if (h.poorAt(year)) {
                    p.merge(h.villageCode(), (long) h.persons(), Long::sum);
                }
            }
            poorByVillage.put(year, p);
            rural.put(year, RuralPopulation.share(weights, p, ruralTotal(year, scale)));
        }
        List<PoorVillage> villages = poorVillages(generator, rural, poorByVillage);
        List<PovertyCounty> counties = new ArrayList<>();
        List<SurveyEntry> surveys = new ArrayList<>();
        for (Map.Entry<String, SampleSurveys> e : samples.entrySet()) {
            int exit = countyExit.get(e.getKey());
            counties.add(procedure(e.getKey(), exit));
            surveys.addAll(e.getValue().entries(LocalDate.of(exit, 1, 10)));
        }
        return new GeneratedHistory(scale, seed, households, rural, villages, counties, surveys);
    }

    /** Each poor village exits in the first year from 2014 its incidence is below 2 % (by 2020 no one is poor). */
    private static List<PoorVillage> poorVillages(HouseholdGenerator generator, SortedMap<Integer, Map<String, Integer>> rural,
                                                  SortedMap<Integer, Map<String, Long>> poor) {
        List<String> codes = generator.formerPoorVillages().stream().sorted().toList();
        List<String> deep = codes.stream().sorted(Comparator.comparingLong((String c) -> mix(Long.parseLong(c) ^ 0x2B7E151628AED2A6L))
                .thenComparing(Comparator.naturalOrder())).limit(DEEPLY_POOR_VILLAGES).toList();
        java.util.Set<String> deeplyPoor = new java.util.HashSet<>(deep);
        List<PoorVillage> out = new ArrayList<>();
        for (String code : codes) {
            int exit = LAST_YEAR;
            for (int year = FIRST_YEAR + 1; year <= LAST_YEAR; year++) {
                long p = poor.get(year).getOrDefault(code, 0L);
                long r = rural.get(year).getOrDefault(code, 0);
                if (p == 0 || p * 50 < r) {
                    exit = year;
                    break;
                }
            }
            out.add(new PoorVillage(code, DESIGNATED, exit, deeplyPoor.contains(code)));
        }
        return out;
    }

    /** The county applies in October, the city reviews in November, the province assesses in January, then a week's notice. */
    private static PovertyCounty procedure(String county, int exitYear) {
        LocalDate noticeFrom = LocalDate.of(exitYear, 2, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate noticeTo = noticeFrom.plusDays(4);
        return new PovertyCounty(county, DESIGNATED, exitYear, LocalDate.of(exitYear - 1, 10, 15), LocalDate.of(exitYear - 1, 11, 20),
                LocalDate.of(exitYear, 1, 20), noticeFrom, noticeTo, noticeTo.plusDays(10));
    }

    /** SplitMix64's finaliser: a well-spread, stable order key. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
