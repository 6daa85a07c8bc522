// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.exit;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jingzhun.app.exit.ExitViews.CountyEvaluationView;
import org.jingzhun.app.exit.ExitViews.HouseholdEvaluationView;
import org.jingzhun.app.exit.ExitViews.VillageEvaluationView;
import org.jingzhun.app.platform.time.TimeConfiguration;
import org.jingzhun.app.region.RegionService;
import org.jingzhun.app.registry.HouseholdNotFoundException;
import org.jingzhun.app.registry.HouseholdService;
import org.jingzhun.app.registry.HouseholdViews.HouseholdDetails;
import org.jingzhun.app.registry.HouseholdViews.Income;
import org.jingzhun.app.registry.HouseholdViews.Member;
import org.jingzhun.kernel.Money;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.exit.CountyExitPolicy;
import org.jingzhun.kernel.exit.ExitEvaluation;
import org.jingzhun.kernel.exit.HouseholdExitPolicy;
import org.jingzhun.kernel.exit.Ratio;
import org.jingzhun.kernel.exit.VillageExitPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 贫困退出评估 (DOMAIN.md §9) for any year and region: households from the registry (as at the year's
 * end when it knew them), villages and counties from the poverty history and the sample surveys,
 * each with every criterion explained and the parameter version used.
 */
@Service
public class ExitEvaluationService {

    /** Lists stop here: a province has 22,080 villages; ask per county for all of them. */
    static final int MAX_LIST = 5_000;
    private static final String OUT_OF_SCHOOL = "失学辍学";

    private final HistoryRepository history;
    private final SurveyRepository surveys;
    private final ExitTerms terms;
    private final ExitExplainer explainer;
    private final HouseholdService households;
    private final RegionService regions;

    ExitEvaluationService(HistoryRepository history, SurveyRepository surveys, ExitTerms terms, ExitExplainer explainer,
                          HouseholdService households, RegionService regions) {
        this.history = history;
        this.surveys = surveys;
        this.terms = terms;
        this.explainer = explainer;
        this.households = households;
        this.regions = regions;
    }

    /**
     * A household against the exit standard of {@code year}. Not one transaction: a registry read that
     * finds nothing at the year's end would mark it for rollback.
     */
    public HouseholdEvaluationView household(String id, int year) {
        ExitTerms.Terms t = terms.forYear(year);
        HouseholdDetails h = households.details(id, null);
        String basis = "CURRENT";
        try {
            h = households.details(id, ZonedDateTime.of(year + 1, 1, 1, 0, 0, 0, 0, TimeConfiguration.ZONE).toInstant().minusNanos(1));
            basis = "AS_OF_YEAR_END";
        } catch (HouseholdNotFoundException e) {
            // the registry did not know the household at that year's end: judge its current entry
        }
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        Money net = null;
        for (Income i : h.incomes()) {
            if (i.year() == year) {
                net = Money.parseYuan(i.netIncome().toPlainString());
            }
        }
        int outOfSchool = 0;
        int uninsured = 0;
        for (Member m : h.members()) {
            int age = java.time.Period.between(LocalDate.parse(m.birthDate()), yearEnd).getYears();
            if (age >= 6 && age <= 15 && OUT_OF_SCHOOL.equals(m.schoolStatus())) {
                outOfSchool++;
            }
            if (!m.basicMedical()) {
                uninsured++;
            }
        }
        var facts = new HouseholdExitPolicy.Facts(h.size(), net, h.housingSafe(), h.waterSafe(), outOfSchool, uninsured);
        ExitEvaluation e = HouseholdExitPolicy.evaluate(year, facts, t.povertyLine());
        var record = history.poorHousehold(h.id())
                .map(p -> new ExitViews.PoorRecord(p.identifiedYear(), p.exitYear(), p.persons())).orElse(null);
        return new HouseholdEvaluationView(h.id(), year, basis, record, t.povertyLine() == null ? null : t.povertyLine().toYuan(),
                explainer.view(e, t.version()));
    }

    /** One village at the end of {@code year}. */
    @Transactional
    public VillageEvaluationView village(RegionCode village, int year) {
        List<VillageEvaluationView> list = villages(village, year, false);
        if (!list.isEmpty()) {
            return list.getFirst();
        }
        ExitTerms.Terms t = terms.forYear(year);
        var poor = history.poorVillagesIn(village.value()).get(village.value());
        ExitEvaluation e = VillageExitPolicy.evaluate(year, new Ratio(0, 0), t.thresholds());
        return new VillageEvaluationView(village.value(), regions.get(village.value()).name(), poor != null,
                poor == null ? null : poor.designatedYear(), poor == null ? null : poor.exitYear(),
                poor != null && poor.deeplyPoor(), 0, 0, explainer.view(e, t.version()));
    }

    /** The villages of a region at the end of {@code year}: only the designated poor villages when {@code poorOnly}. */
    @Transactional
    public List<VillageEvaluationView> villages(RegionCode region, int year, boolean poorOnly) {
        ExitTerms.Terms t = terms.forYear(year);
        String pattern = region.descendantPrefix() + "%";
        Map<String, HistoryRepository.PoorVillage> poor = history.poorVillagesIn(pattern);
        Map<String, HistoryRepository.Counts> counts = new java.util.LinkedHashMap<>();
        for (HistoryRepository.Counts c : history.countsBy(12, pattern, year)) {
            counts.put(c.code(), c);
        }
        java.util.TreeSet<String> codes = new java.util.TreeSet<>(poor.keySet());
        if (!poorOnly) {
            codes.addAll(counts.keySet());
        }
        if (codes.size() > MAX_LIST) {
            throw new org.jingzhun.app.platform.web.BadRequestException("problem.exit.too-many", codes.size(), MAX_LIST);
        }
        Map<String, String> names = regions.names(codes);
        List<VillageEvaluationView> out = new ArrayList<>();
        for (String code : codes) {
            HistoryRepository.Counts c = counts.getOrDefault(code, new HistoryRepository.Counts(code, 0, 0));
            HistoryRepository.PoorVillage p = poor.get(code);
            ExitEvaluation e = VillageExitPolicy.evaluate(year, new Ratio(c.poorPersons(), c.ruralPersons()), t.thresholds());
            out.add(new VillageEvaluationView(code, names.get(code), p != null, p == null ? null : p.designatedYear(),
                    p == null ? null : p.exitYear(), p != null && p.deeplyPoor(), c.ruralPersons(), c.poorPersons(),
                    explainer.view(e, t.version())));
        }
        return out;
    }

    /** One county at the end of {@code year}: 三率一度. */
    @Transactional
    public CountyEvaluationView county(RegionCode county, int year) {
        return counties(county, year).stream().filter(c -> c.code().equals(county.value())).findFirst()
                .orElseGet(() -> countyView(county.value(), regions.get(county.value()).name(), null,
                        new HistoryRepository.Counts(county.value(), 0, 0), CountyExitPolicy.Survey.NONE, terms.forYear(year)));
    }

    /** Every county of a region that has history or a survey, at the end of {@code year}. */
    @Transactional
    public List<CountyEvaluationView> counties(RegionCode region, int year) {
        ExitTerms.Terms t = terms.forYear(year);
        String pattern = region.descendantPrefix() + "%";
        Map<String, HistoryRepository.PovertyCounty> designated = history.povertyCountiesIn(pattern);
        Map<String, CountyExitPolicy.Survey> tallies = surveys.tallies(pattern, year);
        Map<String, HistoryRepository.Counts> counts = new java.util.LinkedHashMap<>();
        for (HistoryRepository.Counts c : history.countsBy(6, pattern, year)) {
            counts.put(c.code(), c);
        }
        java.util.TreeSet<String> codes = new java.util.TreeSet<>(counts.keySet());
        codes.addAll(designated.keySet());
        codes.addAll(tallies.keySet());
        Map<String, String> names = regions.names(codes);
        List<CountyEvaluationView> out = new ArrayList<>();
        for (String code : codes) {
            out.add(countyView(code, names.get(code), designated.get(code),
                    counts.getOrDefault(code, new HistoryRepository.Counts(code, 0, 0)),
                    tallies.getOrDefault(code, CountyExitPolicy.Survey.NONE), t));
        }
        return out;
    }

    /** The county evaluation alone, for the approval of an exit. */
    ExitEvaluation countyEvaluation(String county, int year, ExitTerms.Terms t) {
        String pattern = county.substring(0, 6) + "%";
        HistoryRepository.Counts c = history.countsBy(6, pattern, year).stream().findFirst()
                .orElse(new HistoryRepository.Counts(county, 0, 0));
        CountyExitPolicy.Survey s = surveys.tallies(pattern, year).getOrDefault(county, CountyExitPolicy.Survey.NONE);
        return CountyExitPolicy.evaluate(year, new Ratio(c.poorPersons(), c.ruralPersons()), s, t.thresholds());
    }

    private CountyEvaluationView countyView(String code, String name, HistoryRepository.PovertyCounty d, HistoryRepository.Counts c,
                                            CountyExitPolicy.Survey s, ExitTerms.Terms t) {
        ExitEvaluation e = CountyExitPolicy.evaluate(t.year(), new Ratio(c.poorPersons(), c.ruralPersons()), s, t.thresholds());
        return new CountyEvaluationView(code, name, d != null, d == null ? null : d.exitYear(), d == null ? null : d.assessedYear(),
                c.ruralPersons(), c.poorPersons(), explainer.view(e, t.version()));
    }

    /** The survey's rates as shown with its entries. */
    static ExitViews.SurveyTally tally(CountyExitPolicy.Survey s) {
        return new ExitViews.SurveyTally(s.wrongExit().value(), s.wrongExit().numerator(), s.wrongExit().denominator(),
                s.missed().value(), s.missed().numerator(), s.missed().denominator(), s.recognition().value(),
                s.recognition().numerator(), s.recognition().denominator());
    }
}
