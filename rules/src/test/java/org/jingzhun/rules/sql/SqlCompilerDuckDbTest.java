// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.jingzhun.rules.Evaluation.Status;
import org.jingzhun.rules.RandomSubjects;
import org.jingzhun.rules.Rule;
import org.jingzhun.rules.RuleFile;
import org.jingzhun.rules.Subject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compiled SQL, run by an in-memory DuckDB over {@link RandomSubjects}, gives the evaluator's
 * status for every household and rule: the default rules, hand-written conditions that use every
 * syntax node and numeric edge, and random conditions. Tables live in a schema and NUMBER columns
 * are {@code DECIMAL(18,2)}, as an application would create them.
 */
class SqlCompilerDuckDbTest {

    private static final String PREFIX = "screening.";
    private static final int HOUSEHOLDS = 3000;
    private static Connection duck;
    private static List<Subject> subjects;
    private static DifferentialCheck check;

    @BeforeAll
    static void load() throws SQLException {
        duck = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE SCHEMA screening");
        }
        SubjectTables.create(duck, PREFIX, "DECIMAL(18,2)");
        subjects = RandomSubjects.generate(20261101L, HOUSEHOLDS);
        SubjectTables.load(duck, PREFIX, subjects, 2);
        check = new DifferentialCheck(duck, new SqlCompiler(new DuckDbDialect(), PREFIX), subjects);
    }

    @AfterAll
    static void close() throws SQLException {
        duck.close();
    }

    @Test
    void defaultRulesInOneQueryGiveTheEvaluatorsStatusForEveryHousehold() throws SQLException {
        check.assertSame(RuleFile.defaults());
        assertThat(check.seen).containsKeys(Status.HIT, Status.NO_HIT, Status.ERROR);
    }

    @Test
    void eachDefaultRuleCompiledAloneGivesTheEvaluatorsStatus() throws SQLException {
        for (Rule rule : RuleFile.defaults()) {
            check.assertSame(List.of(rule));
        }
    }

    @Test
    void handWrittenConditionsOverEveryNodeGiveTheEvaluatorsStatus() throws SQLException {
        check.assertSame(DifferentialCheck.rules("H", Conditions.HAND_WRITTEN));
    }

    @Test
    void randomConditionsGiveTheEvaluatorsStatus() throws SQLException {
        List<String> conditions = RandomConditions.generate(42, 300);
        for (int from = 0; from < conditions.size(); from += 50) {
            check.assertSame(DifferentialCheck.rules("R" + from + "_", conditions.subList(from, from + 50)));
        }
    }

    @Test
    void arithmeticRoundsHalfAwayFromZeroAtFourPlacesLikeTheEvaluator() throws SQLException {
        List<Rule> rules = DifferentialCheck.rules("N", Conditions.ARITHMETIC_TRUTHS);
        check.assertSame(rules);
        Map<Long, Map<String, String>> result = check.run(new SqlCompiler(new DuckDbDialect(), PREFIX)
                .compile(rules, DifferentialCheck.params(), RandomSubjects.SCREENING_DATE));
        assertThat(result).hasSize(HOUSEHOLDS).allSatisfy((hh, statuses) ->
                assertThat(statuses).hasSize(rules.size()).containsOnlyKeys(rules.stream().map(Rule::code).toList())
                        .allSatisfy((code, status) -> assertThat(status).as(code).isEqualTo("HIT")));
    }

    @Test
    void duckDbUnifiesDecimalScalesByRoundingSoTheCompilerAlignsThem() throws SQLException {
        try (Statement s = duck.createStatement();
             var rs = s.executeQuery("SELECT CAST(COALESCE(NULL::DECIMAL(38,2), 1.2345::DECIMAL(38,4)) AS VARCHAR), "
                     + "typeof(1::DECIMAL(18,2) / 3::DECIMAL(18,2))")) {
            rs.next();
            // If a DuckDB upgrade changes these, the dialect's care is no longer needed but still correct.
            assertThat(rs.getString(1)).isEqualTo("1.23");
            assertThat(rs.getString(2)).isEqualTo("DOUBLE");
        }
    }
}
