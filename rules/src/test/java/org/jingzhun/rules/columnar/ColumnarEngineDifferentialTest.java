// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jingzhun.rules.columnar.Differential.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.rules.Checker;
import org.jingzhun.rules.Evaluation.Status;
import org.jingzhun.rules.RandomSubjects;
import org.jingzhun.rules.Rule;
import org.jingzhun.rules.RuleFile;
import org.jingzhun.rules.Subject;
import org.junit.jupiter.api.Test;

/**
 * The columnar engine must give the evaluator's answer for every household and rule: the default
 * rules and conditions that use every node of the language, on thousands of random households
 * whose values sit on the thresholds and window bounds.
 */
class ColumnarEngineDifferentialTest {

    /** Conditions that pass the checker and together use every kind of node, operator and aggregate. */
    static final List<String> EXTRA = List.of(
            // arithmetic, rounding to four places (also of negative numbers), division by zero
            "household.net_income / 3 * 3 <> household.net_income",
            // ties (x.xxxx5) round away from zero: up for positive, down for negative amounts
            "household.net_income / 8 * 8 > household.net_income",
            "household.wages * 0.005 * 10000 > household.wages * 50",
            "sum(feed.value / 16) of feed YB02 * 16 < sum(feed.value) of feed YB02",
            "household.net_income / 7 > household.wages * 0.0713",
            "-household.net_income / 7 < -1000.5",
            "household.wages / household.out_of_pocket > 2",
            "household.wages / (household.size - 3) is null",
            "household.net_income * param disaster_loss_share + household.wages / 3 - 1 >= param monitoring_line",
            "(household.reference_income - param monitoring_line) * 0.0001 = 0",
            "household.out_of_pocket * household.out_of_pocket / 10000 > household.net_income",
            "-(household.wages) + 7900 <= 0",
            "param monitoring_line / 0 is null and 1 + 2 = 3 and household.dibao",
            "7900 > household.reference_income",
            // logic, null tests, in
            "not household.relocated or household.dibao and not household.tekun",
            "not (household.reference_income < param monitoring_line)",
            "household.exit_year is null or household.income_year is not null and household.monitoring_type is null",
            "household.exit_year in (2014, 2016, param monitoring_line)",
            "household.net_income in (household.wages, household.out_of_pocket, 6000)",
            "household.monitoring_type in (household.category, 'MARGINAL')",
            "household.category in ('EXITED', 'ORDINARY') and household.monitoring_type in ('MARGINAL', 'UNSTABLE_EXITED')",
            "household.dibao = household.tekun",
            "household.housing_safe <> true",
            "household.category = household.monitoring_type",
            "(household.category <> 'MONITORED') = household.dibao",
            "(household.reference_income < 7900) is null",
            // member aggregates of every kind
            "all member where member.age >= 18",
            "(count member where member.labour_able) >= 2",
            "count member where member.age < household.size * 3 >= 2",
            "sum(member.age) of member where member.age < 18 > 20",
            "sum(member.work_months) of member >= household.size * 6",
            "max(member.disability_grade) of member >= 3",
            "min(member.disability_grade) of member where member.health = 'DISABLED' <= 2",
            "max(member.age) of member where member.age > 70 is null",
            "sum(member.disability_grade) of member where member.disability_grade is not null > 4",
            "any member where member.labour_able = member.main_earner and member.sex in ('MALE')",
            "any member where member.work_status in ('IN_PROVINCE', 'OUT_OF_PROVINCE') and member.work_months < 6",
            "all member where member.basic_medical or member.welfare_job",
            // feed aggregates of every kind, windows, fields of a feed record
            "count feed YB01 within 3 months >= 1",
            "count feed YB01 where feed.value > 5000 = count feed YB01",
            "sum(feed.value) of feed YJ01 within 12 months > household.net_income * param disaster_loss_share",
            "sum(feed.value / 3) of feed MZ04 within 24 months where feed.value > 100 >= 1000",
            "max(feed.value) of feed YB02 within 12 months is null",
            "min(feed.value) of feed YB02 within 6 months < 6000",
            "max(feed.value - household.out_of_pocket) of feed YB02 > 0",
            "all feed ZJ01 where feed.text = 'C'",
            "any feed ZJ01 within 1 months where feed.text is null or feed.text in ('D', 'c')",
            "any feed CL01 where feed.department = 'CL' and feed.date >= feed.date",
            "any feed RS01 where feed.department <> 'YB' and feed.value is not null",
            "any feed SC01 within 120 months",
            // member aggregates over the member's own feed records
            "any member where member.age >= 60 and (sum(feed.value) of feed YB02 within 24 months > 10000)",
            "count member where (count feed GA01) > 0 >= 1",
            "all member where (any feed JY01 within 6 months) or member.age > 15",
            "any member where (max(feed.value) of feed CL01 where feed.value <= 2) is null and member.disability_grade <= 2",
            "any member where (any feed YB03) and not member.basic_medical or (any feed MZ01 within 12 months)",
            "household.category = 'EXITED' or (any member where (any feed RS02 within 3 months where feed.value > 0))");

    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>(RuleFile.defaults());
        for (int i = 0; i < EXTRA.size(); i++) {
            Rule r = rule("X_" + i, EXTRA.get(i));
            assertThat(Checker.check(r.condition())).as(r.conditionText()).isEmpty();
            rules.add(r);
        }
        return rules;
    }

    @Test
    void everyDefaultAndExtraRuleGivesTheEvaluatorsAnswerOnEveryRandomHousehold() {
        List<Rule> rules = rules();
        assertThat(ColumnarEngine.compile(rules, Differential.decimals(RandomSubjects.params()),
                RandomSubjects.SCREENING_DATE).fallbacks()).as("rules left to the evaluator").isEmpty();
        int[][] counts = Differential.assertAgree(RandomSubjects.generate(20261101L, 5000), rules,
                RandomSubjects.params(), RandomSubjects.SCREENING_DATE, 2);
        int decided = 0;
        for (int r = 0; r < rules.size(); r++) {
            if (Boolean.getBoolean("jingzhun.print")) {
                System.out.printf("%-24s %s%n", rules.get(r).code(), java.util.Arrays.toString(counts[r]));
            }
            assertThat(counts[r][Status.NO_HIT.ordinal()] + counts[r][Status.ERROR.ordinal()])
                    .as("households on which " + rules.get(r).code() + " does not hit").isPositive();
            decided += counts[r][Status.HIT.ordinal()] > 0 ? 1 : 0;
        }
        assertThat(decided).as("rules with hits").isGreaterThan(rules.size() * 3 / 4);
        assertThat(List.of(counts).stream().mapToInt(c -> c[Status.ERROR.ordinal()]).sum()).isPositive();
    }

    @Test
    void oneThreadAndAnotherSeedAgreeToo() {
        Differential.assertAgree(RandomSubjects.generate(7L, 3000), rules(), RandomSubjects.params(),
                RandomSubjects.SCREENING_DATE, 1);
    }

    @Test
    void rulesLeftToTheEvaluatorGiveItsAnswer() {
        List<Rule> rules = List.of(
                rule("F_TEXT_ORDER", "household.category < 'EXITED'"),
                rule("F_ID", "any member where member.id_number = '360000000000000101'"),
                rule("F_MISSING_PARAM", "household.category = 'EXITED' and household.net_income > param disaster_loss_share"),
                rule("F_NULL", "null"),
                rule("F_NUMBER", "household.size + 1"),
                rule("F_DECIMALS", "household.net_income > 7899.99999"));
        Map<String, Object> params = new HashMap<>(RandomSubjects.params());
        params.remove("disaster_loss_share");
        ColumnarEngine engine = ColumnarEngine.compile(rules, Differential.decimals(params),
                RandomSubjects.SCREENING_DATE);
        assertThat(engine.fallbacks()).containsOnlyKeys(rules.stream().map(Rule::code).toArray(String[]::new));
        Differential.assertAgree(RandomSubjects.generate(11L, 300), rules, params, RandomSubjects.SCREENING_DATE, 2);
    }

    @Test
    void aBatchWhoseNumbersOverflowIsAnsweredByTheEvaluator() {
        List<Subject> subjects = new ArrayList<>(RandomSubjects.generate(3L, 200));
        Subject s = subjects.get(17);
        Map<String, Object> household = new HashMap<>(s.household());
        household.put("net_income", new BigDecimal("99999999999999.99"));
        subjects.set(17, new Subject(household, s.members(), s.feeds(), s.params(), s.date()));
        List<Rule> rules = List.of(rule("O_MUL", "household.net_income * 1000 > household.wages"),
                rule("O_SUM", "sum(feed.value * 100000000) of feed YB01 > 0 or household.net_income + household.net_income > 0"));
        int[][] counts = Differential.assertAgree(subjects, rules, RandomSubjects.params(),
                RandomSubjects.SCREENING_DATE, 1);
        assertThat(counts[0][Status.HIT.ordinal()]).isPositive();
    }
}
