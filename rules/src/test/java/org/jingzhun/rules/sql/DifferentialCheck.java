// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.rules.Checker;
import org.jingzhun.rules.Evaluation;
import org.jingzhun.rules.Evaluation.Status;
import org.jingzhun.rules.Evaluator;
import org.jingzhun.rules.RandomSubjects;
import org.jingzhun.rules.Rule;
import org.jingzhun.rules.RuleKind;
import org.jingzhun.rules.Subject;

/**
 * Runs compiled rules on a database loaded by {@link SubjectTables} and compares every
 * (household, rule) status with the {@link Evaluator}'s; on a difference it prints the rule, its SQL,
 * the household's data and both results.
 */
final class DifferentialCheck {

    private final Connection connection;
    private final SqlCompiler compiler;
    private final List<Subject> subjects;
    private final Map<String, BigDecimal> params;
    /** How many (household, rule) pairs ended in each status, so that a test can show it saw all three. */
    final Map<Status, Integer> seen = new EnumMap<>(Status.class);

    DifferentialCheck(Connection connection, SqlCompiler compiler, List<Subject> subjects) {
        this.connection = connection;
        this.compiler = compiler;
        this.subjects = subjects;
        this.params = params();
    }

    static Map<String, BigDecimal> params() {
        Map<String, BigDecimal> p = new HashMap<>();
        RandomSubjects.params().forEach((k, v) -> p.put(k, (BigDecimal) v));
        return p;
    }

    static Rule rule(String code, String condition) {
        return new Rule(code, 1, RuleKind.DATA_QUALITY, null, null, code, code, condition,
                Checker.parseChecked(condition));
    }

    static List<Rule> rules(String prefix, List<String> conditions) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            rules.add(rule(prefix + (i + 1), conditions.get(i)));
        }
        return rules;
    }

    /** Compiles the rules into one query, runs it and asserts that every status equals the evaluator's. */
    void assertSame(List<Rule> rules) throws SQLException {
        String sql = compiler.compile(rules, params, RandomSubjects.SCREENING_DATE);
        Map<Long, Map<String, String>> actual = run(sql);
        List<String> differences = new ArrayList<>();
        for (Rule rule : rules) {
            for (int i = 0; i < subjects.size(); i++) {
                Evaluation expected = Evaluator.evaluate(rule.condition(), subjects.get(i));
                seen.merge(expected.status(), 1, Integer::sum);
                String got = actual.getOrDefault((long) i + 1, Map.of()).getOrDefault(rule.code(), "NO_HIT");
                if (!got.equals(expected.status().name())) {
                    differences.add(describe(rule, i, expected, got, differences.isEmpty() ? sql : null));
                }
            }
        }
        differences.stream().limit(5).forEach(System.err::println);
        assertThat(differences).as("%s (household, rule) pairs differ from the evaluator; the first are printed above",
                differences.size()).isEmpty();
    }

    private String describe(Rule rule, int index, Evaluation expected, String got, String sql) {
        Subject s = subjects.get(index);
        return "=== rule " + rule.code() + ": " + rule.conditionText() + "\n"
                + "household hh=" + (index + 1) + ": " + s.household() + "\n"
                + "members: " + s.members() + "\n"
                + "feeds: " + s.feeds() + "\n"
                + "evaluator: " + expected.status() + (expected.error() == null ? "" : " (" + expected.error() + ")")
                + " comparisons " + expected.comparisons() + "\n"
                + "sql: " + got + "\n"
                + (sql == null ? "" : "query:\n" + sql + "\n");
    }

    Map<Long, Map<String, String>> run(String sql) throws SQLException {
        Map<Long, Map<String, String>> out = new HashMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String previous = out.computeIfAbsent(rs.getLong("hh"), k -> new HashMap<>())
                        .put(rs.getString("rule_code"), rs.getString("status"));
                assertThat(previous).as("one row per household and rule").isNull();
                assertThat(rs.getString("status")).isIn("HIT", "ERROR");
            }
        }
        return out;
    }
}
