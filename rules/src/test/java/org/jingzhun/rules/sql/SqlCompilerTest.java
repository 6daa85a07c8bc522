// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.rules.Parser;
import org.jingzhun.rules.RandomSubjects;
import org.jingzhun.rules.Rule;
import org.jingzhun.rules.RuleKind;
import org.junit.jupiter.api.Test;

/** What the compiler refuses, how it quotes text, and how it computes feed windows. */
class SqlCompilerTest {

    /** Text an administrator might type, meaning to break out of a literal. */
    private static final List<String> HOSTILE = List.of("'; DROP TABLE s_household; --", "\\'; SELECT 1; --",
            "O'Brien", "a''b", "'", "\\", "\\\\'", "中文'", "E'x'", "$$ OR TRUE $$", "\n' OR '1'='1", "x'||'y");

    private static final Map<String, BigDecimal> PARAMS = DifferentialCheck.params();
    private static final LocalDate DATE = RandomSubjects.SCREENING_DATE;

    @Test
    void duckDbTextLiteralsReadBackExactlyWhateverTheyContain() throws SQLException {
        SqlDialect duck = new DuckDbDialect();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (String text : HOSTILE) {
                try (ResultSet rs = s.executeQuery("SELECT " + duck.text(text) + " AS t, 1 AS after")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString("t")).isEqualTo(text);
                    assertThat(rs.getInt("after")).isEqualTo(1);
                    assertThat(rs.next()).isFalse();
                }
            }
        }
    }

    @Test
    void postgresTextLiteralsDoubleQuotesAndUseEscapeStringsForBackslashes() {
        SqlDialect pg = new PostgresDialect();
        assertThat(pg.text("O'Brien")).isEqualTo("'O''Brien'");
        assertThat(pg.text("a\\b")).isEqualTo("E'a\\\\b'");
        assertThat(pg.text("\\'; SELECT 1; --")).isEqualTo("E'\\\\''; SELECT 1; --'");
        for (String text : HOSTILE) {
            assertThat(unquotePostgres(pg.text(text))).as(text).isEqualTo(text);
        }
    }

    /**
     * Reads a PostgreSQL string constant the way its lexer does ({@code ''} is a quote; in
     * {@code E'…'} a backslash escapes the next character) and fails if it ends before the last character.
     */
    private static String unquotePostgres(String literal) {
        boolean escapes = literal.startsWith("E'");
        int i = escapes ? 2 : 1;
        assertThat(literal.charAt(i - 1)).isEqualTo('\'');
        StringBuilder out = new StringBuilder();
        while (true) {
            char ch = literal.charAt(i++);
            if (escapes && ch == '\\') {
                out.append(literal.charAt(i++));
            } else if (ch == '\'' && i < literal.length() && literal.charAt(i) == '\'') {
                out.append('\'');
                i++;
            } else if (ch == '\'') {
                assertThat(i).as("the literal ends at its last character: " + literal).isEqualTo(literal.length());
                return out.toString();
            } else {
                out.append(ch);
            }
        }
    }

    @Test
    void aRuleWhoseTextLiteralHoldsQuotesStillComparesOneValue() {
        String condition = "any feed ZJ01 where feed.text = 'x'' OR TRUE OR ''y' or feed.text = '\\'' OR TRUE --'";
        Rule rule = DifferentialCheck.rule("QUOTES", condition);
        assertThat(new SqlCompiler(new PostgresDialect(), "").compileRule(rule, PARAMS, DATE))
                .contains("(f.\"text\" = 'x'' OR TRUE OR ''y')").contains("(f.\"text\" = E'\\\\'' OR TRUE --')");
        assertThat(new SqlCompiler(new DuckDbDialect(), "").compileRule(rule, PARAMS, DATE))
                .contains("(f.\"text\" = 'x'' OR TRUE OR ''y')").contains("(f.\"text\" = '\\'' OR TRUE --')");
    }

    @Test
    void feedWindowsCountBackWholeMonthsFromTheScreeningDateAsTheEvaluatorDoes() {
        Rule rule = DifferentialCheck.rule("WINDOW", "any feed YB01 within 1 months");
        assertThat(new SqlCompiler(new DuckDbDialect(), "").compileRule(rule, PARAMS, LocalDate.of(2026, 3, 31)))
                .contains("f.\"date\" > DATE '2026-02-28' AND f.\"date\" <= DATE '2026-03-31'");
    }

    @Test
    void refusesAMissingParameterNamingTheRule() {
        Map<String, BigDecimal> params = new HashMap<>(PARAMS);
        params.remove("monitoring_line");
        Rule rule = DifferentialCheck.rule("LINE", "household.reference_income < param monitoring_line");
        assertThatThrownBy(() -> new SqlCompiler(new DuckDbDialect(), "").compileRule(rule, params, DATE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LINE")
                .hasMessageContaining("monitoring_line");
    }

    @Test
    void refusesARuleThatDoesNotPassTheChecker() {
        String text = "household.category < 1";
        Rule unchecked = new Rule("BAD", 1, RuleKind.DATA_QUALITY, null, null, "t", "m", text, Parser.parse(text));
        assertThatThrownBy(() -> new SqlCompiler(new PostgresDialect(), "").compileRule(unchecked, PARAMS, DATE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BAD");
    }

    @Test
    void refusesTwoRulesWithOneCodeAndAnEmptyList() {
        Rule a = DifferentialCheck.rule("SAME", "household.dibao");
        SqlCompiler compiler = new SqlCompiler(new PostgresDialect(), "");
        assertThatThrownBy(() -> compiler.compile(List.of(a, a), PARAMS, DATE)).hasMessageContaining("SAME");
        assertThatThrownBy(() -> compiler.compile(List.of(), PARAMS, DATE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesATablePrefixThatIsNotAPlainName() {
        assertThat(new SqlCompiler(new PostgresDialect(), "screening.run_42_")
                .compileRule(DifferentialCheck.rule("DIBAO", "household.dibao"), PARAMS, DATE))
                .contains("FROM screening.run_42_s_household h");
        for (String prefix : List.of("x; DROP TABLE y; --", "a.b.c", "\"q\".", " ")) {
            assertThatThrownBy(() -> new SqlCompiler(new PostgresDialect(), prefix))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesNumbersTooLongForExactDecimals() {
        Rule fine = DifferentialCheck.rule("FINE", "household.net_income > 0.00000000000000001");
        Rule tooFine = DifferentialCheck.rule("TOO_FINE", "household.net_income > 0.000000000000000001");
        SqlCompiler duck = new SqlCompiler(new DuckDbDialect(), "");
        assertThat(duck.compileRule(fine, PARAMS, DATE)).contains("0.00000000000000001");
        assertThatThrownBy(() -> duck.compileRule(tooFine, PARAMS, DATE)).hasMessageContaining("TOO_FINE");
    }
}
