// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The default rule set against DOMAIN.md §6.5 and §7, rule by rule, on hand-made households: each
 * rule fires just past its threshold and not at it, distinguishes 脱贫/监测 from ordinary households
 * where §7 does, respects the 12-month window, and no other rule fires by accident.
 */
class DefaultRulesTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 1);
    private static final List<Rule> RULES = RuleFile.defaults();
    private static final Map<String, Object> PARAMS = Map.of(
            "monitoring_line", new BigDecimal("7900"), "rural_income_last_year", new BigDecimal("23900"),
            "medical_stay_limit_exited", new BigDecimal("6000"), "medical_stay_limit_other", new BigDecimal("10000"),
            "medical_year_share_exited", new BigDecimal("0.5"), "medical_year_share_other", new BigDecimal("1.0"),
            "disaster_loss_limit", new BigDecimal("10000"), "disaster_loss_share", new BigDecimal("0.5"));

    /** A household being built: safe, ordinary, above the line, two working-age adults. */
    private static final class H {
        final Map<String, Object> household = new HashMap<>();
        final List<Map<String, Object>> members = new ArrayList<>();
        final List<FeedRecord> feeds = new ArrayList<>();

        H() {
            household.putAll(Map.ofEntries(Map.entry("category", "ORDINARY"), Map.entry("relocated", false),
                    Map.entry("dibao", false), Map.entry("tekun", false), Map.entry("housing_safe", true),
                    Map.entry("water_safe", true), Map.entry("size", new BigDecimal(2)),
                    Map.entry("income_year", new BigDecimal(2025)), Map.entry("net_income", new BigDecimal("40000")),
                    Map.entry("reference_income", new BigDecimal("20000")), Map.entry("wages", new BigDecimal("36000")),
                    Map.entry("out_of_pocket", new BigDecimal("0"))));
            household.put("monitoring_type", null);
            household.put("exit_year", null);
            member("A", "HEAD", 45, "NOT_IN_SCHOOL", "ORDINARY", "IN_COUNTY", 10);
            member("B", "SPOUSE", 43, "NOT_IN_SCHOOL", "ORDINARY", "NOT_WORKING", 0);
        }

        H set(String field, Object value) {
            household.put(field, value instanceof Integer i ? new BigDecimal(i) : value instanceof String s
                    && s.matches("-?[0-9.]+") ? new BigDecimal(s) : value);
            return this;
        }

        H exited() {
            return set("category", "EXITED").set("exit_year", 2019);
        }

        H member(String id, String relation, int age, String school, String labour, String work, int months) {
            Map<String, Object> m = new HashMap<>(Map.ofEntries(Map.entry("id_number", id), Map.entry("relation", relation),
                    Map.entry("sex", "MALE"), Map.entry("age", new BigDecimal(age)), Map.entry("school_status", school),
                    Map.entry("health", "HEALTHY"), Map.entry("labour", labour),
                    Map.entry("labour_able", Set.of("SKILLED", "ORDINARY", "WEAK").contains(labour)),
                    Map.entry("work_status", work), Map.entry("work_months", new BigDecimal(months)),
                    Map.entry("main_earner", false), Map.entry("basic_medical", true), Map.entry("welfare_job", false)));
            m.put("disability_grade", null);
            members.add(m);
            members.getFirst().put("main_earner", true);
            return this;
        }

        H feed(String id, String item, LocalDate date, String value, String text) {
            feeds.add(new FeedRecord(Catalog.department(item), item + "-" + feeds.size(), id, item, date,
                    value == null ? null : new BigDecimal(value), text));
            return this;
        }

        H feed(String id, String item, String value) {
            return feed(id, item, DATE.minusMonths(2), value, null);
        }

        /** The rules that hit, with ":ERROR" for those that could not be evaluated. */
        Set<String> findings() {
            Subject s = new Subject(household, members, feeds, PARAMS, DATE);
            Set<String> out = new TreeSet<>();
            for (Rule r : RULES) {
                Evaluation e = Evaluator.evaluate(r.condition(), s);
                if (e.status() != Evaluation.Status.NO_HIT) {
                    out.add(r.code() + (e.status() == Evaluation.Status.ERROR ? ":ERROR" : ""));
                }
            }
            return out;
        }
    }

    @Test
    void anOrdinarySafeHouseholdAboveTheLineHasNoFindings() {
        assertThat(new H().findings()).isEmpty();
    }

    @Test
    void oneHospitalStayAbove6000ForExitedOrMonitoredAnd10000ForOthers() {
        assertThat(new H().exited().feed("A", "YB01", "6000").findings()).isEmpty();
        assertThat(new H().exited().feed("A", "YB01", "6000.01").findings()).containsExactly("W_MEDICAL_STAY");
        assertThat(new H().set("category", "MONITORED").set("monitoring_type", "MARGINAL").feed("B", "YB01", "6000.01")
                .findings()).containsExactly("W_MEDICAL_STAY");
        assertThat(new H().feed("A", "YB01", "10000").findings()).isEmpty();
        assertThat(new H().feed("A", "YB01", "10000.01").findings()).containsExactly("W_MEDICAL_STAY");
        assertThat(new H().feed("A", "YB01", DATE.minusMonths(12), "50000", null).findings()).as("window start excluded").isEmpty();
        assertThat(new H().feed("A", "YB01", DATE.minusMonths(12).plusDays(1), "50000", null).findings())
                .containsExactly("W_MEDICAL_STAY");
    }

    @Test
    void yearlyOutOfPocketAgainstLastYearsRuralIncomeBelowAndAboveTheLine() {
        // 50 % of 23,900 = 11,950 for 脱贫/监测; 100 % = 23,900 for others
        assertThat(new H().exited().feed("A", "YB02", "11950").findings()).isEmpty();
        assertThat(new H().exited().feed("A", "YB02", "11950.01").findings()).containsExactly("W_MEDICAL_SUDDEN");
        assertThat(new H().exited().set("reference_income", "7000").feed("A", "YB02", "11950.01").findings())
                .containsExactly("W_INCOME_BELOW_LINE", "W_MEDICAL_YEAR");
        assertThat(new H().feed("A", "YB02", "23900").findings()).isEmpty();
        assertThat(new H().feed("A", "YB02", "23900.01").findings()).containsExactly("W_MEDICAL_SUDDEN");
        assertThat(new H().set("reference_income", null).feed("A", "YB02", "30000").findings())
                .containsExactly("W_INCOME_BELOW_LINE:ERROR", "W_MEDICAL_SUDDEN:ERROR", "W_MEDICAL_YEAR:ERROR");
    }

    @Test
    void incomeBelowTheMonitoringLineForHouseholdsNotYetMonitored() {
        assertThat(new H().set("reference_income", "7900").findings()).isEmpty();
        assertThat(new H().set("reference_income", "7899.99").findings()).containsExactly("W_INCOME_BELOW_LINE");
        assertThat(new H().set("category", "MONITORED").set("monitoring_type", "MARGINAL").set("reference_income", "5000")
                .findings()).isEmpty();
    }

    @Test
    void newGradeOneOrTwoDisabilityOnly() {
        assertThat(new H().feed("B", "CL01", "2").findings()).containsExactly("W_DISABILITY");
        assertThat(new H().feed("B", "CL01", "3").findings()).isEmpty();
        H known = new H().feed("B", "CL01", "1");
        known.members.get(1).put("disability_grade", new BigDecimal(1));
        assertThat(known.findings()).as("already registered as grade 1").isEmpty();
    }

    @Test
    void dropoutOfCompulsorySchoolAge() {
        H child = new H().member("C", "SON", 12, "JUNIOR_SECONDARY", "NONE", "NOT_WORKING", 0).feed("C", "JY01", null);
        assertThat(child.findings()).containsExactly("D_DROPOUT_IN_SCHOOL", "W_DROPOUT");
        H older = new H().member("C", "SON", 16, "NOT_IN_SCHOOL", "ORDINARY", "NOT_WORKING", 0).feed("C", "JY01", null);
        assertThat(older.findings()).isEmpty();
        assertThat(new H().member("C", "SON", 9, "NOT_IN_SCHOOL", "NONE", "NOT_WORKING", 0).findings())
                .containsExactly("W_OUT_OF_SCHOOL");
    }

    @Test
    void housingWaterDisasterAndIndustry() {
        assertThat(new H().feed("A", "ZJ01", DATE.minusMonths(1), null, "B").findings()).isEmpty();
        assertThat(new H().feed("A", "ZJ01", DATE.minusMonths(1), null, "D").findings()).containsExactly("W_UNSAFE_HOUSE");
        assertThat(new H().feed("A", "YJ02", null).findings()).containsExactly("W_HOUSE_DESTROYED");
        assertThat(new H().feed("A", "SL01", null).findings()).containsExactly("W_WATER");
        assertThat(new H().feed("A", "NY01", "3000").findings()).containsExactly("W_INDUSTRY");
        // disaster: > 10,000, or > 50 % of the household's net income (40,000 → 20,000; 15,000 → 7,500)
        assertThat(new H().feed("A", "YJ01", "10000").findings()).isEmpty();
        assertThat(new H().feed("A", "YJ01", "10000.01").findings()).containsExactly("W_DISASTER");
        assertThat(new H().set("net_income", "15000").feed("A", "YJ01", "7500.01").findings()).containsExactly("W_DISASTER");
        assertThat(new H().set("net_income", "15000").feed("A", "YJ01", "7500").findings()).isEmpty();
    }

    @Test
    void deathOfTheLastWorkingMemberAndUnemploymentOfTheMainEarner() {
        H lastWorker = new H().feed("A", "GA01", null);
        lastWorker.members.get(1).put("labour_able", false);
        lastWorker.members.get(1).put("labour", "LOST");
        assertThat(lastWorker.findings()).containsExactly("D_DECEASED_LISTED", "W_NO_LABOUR");
        assertThat(new H().feed("A", "GA01", null).findings()).as("the spouse can still work").containsExactly("D_DECEASED_LISTED");
        assertThat(new H().feed("A", "RS01", null).findings()).containsExactly("W_UNEMPLOYMENT");
        assertThat(new H().feed("B", "RS01", null).findings()).as("not the main earner").isEmpty();
    }

    @Test
    void eligibilityDoubtsOnlyForExitedAndMonitoredHouseholds() {
        assertThat(new H().exited().feed("B", "SC01", null).findings()).containsExactly("E_BUSINESS");
        assertThat(new H().exited().feed("B", "ZR01", "90").findings()).containsExactly("E_URBAN_HOUSING");
        assertThat(new H().set("category", "MONITORED").set("monitoring_type", "SUDDEN_HARDSHIP").feed("A", "CG01", null)
                .findings()).containsExactly("E_VEHICLE");
        assertThat(new H().feed("A", "CG01", null).feed("A", "SC01", null).feed("A", "ZR01", null).findings()).isEmpty();
    }

    @Test
    void dataQualityChecks() {
        assertThat(new H().set("housing_safe", false).findings()).containsExactly("D_UNSAFE_NOT_MONITORED");
        assertThat(new H().set("water_safe", false).set("category", "MONITORED").set("monitoring_type", "MARGINAL")
                .findings()).isEmpty();
        assertThat(new H().member("C", "SON", 25, "PRIMARY", "ORDINARY", "NOT_WORKING", 0).findings())
                .containsExactly("D_SCHOOL_AGE");
        assertThat(new H().feed("B", "YB03", null).findings()).containsExactly("D_INSURED_MISMATCH");
    }
}
