// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jingzhun.rules.RandomSubjects;
import org.jingzhun.rules.Rule;
import org.jingzhun.rules.RuleFile;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL text of small rules. The rules module has no PostgreSQL to run it on; the
 * application's integration test runs the compiled default rules on an embedded PostgreSQL 18, and
 * the same differential comparison as {@link SqlCompilerDuckDbTest} passed on PostgreSQL 18.6 when
 * this compiler was written.
 */
class SqlCompilerPostgresTest {

    private static String compile(String prefix, List<Rule> rules) {
        return new SqlCompiler(new PostgresDialect(), prefix).compile(rules, DifferentialCheck.params(),
                RandomSubjects.SCREENING_DATE);
    }

    private static Rule rule(String code) {
        return RuleFile.defaults().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aRuleOverHouseholdFieldsIsOneSelectWithTheParameterInlinedExactly() {
        assertThat(compile("screening.", List.of(rule("W_INCOME_BELOW_LINE")))).isEqualTo("""
                WITH r AS (
                  SELECT h.hh,
                    CASE ((h."category" <> 'MONITORED') AND (h."reference_income" < CAST(7900 AS numeric))) \
                WHEN TRUE THEN 'HIT' WHEN FALSE THEN NULL ELSE 'ERROR' END AS s1
                  FROM screening.s_household h)
                SELECT r.hh, 'W_INCOME_BELOW_LINE' AS rule_code, r.s1 AS status
                FROM r
                WHERE r.s1 IS NOT NULL""");
    }

    @Test
    void memberAndFeedAggregatesArePreAggregatedPerMemberAndPerHousehold() {
        assertThat(compile("", List.of(rule("D_DECEASED_LISTED"), rule("W_DISASTER")))).isEqualTo("""
                WITH fm AS (
                  SELECT f.hh, f.mi,
                    max(2) FILTER (WHERE f."item" = 'GA01') AS a1
                  FROM s_feed f
                  WHERE f."item" IN ('GA01')
                  GROUP BY f.hh, f.mi),
                mh AS (
                  SELECT m.hh,
                    max(CASE (CASE COALESCE(fm.a1, 0) WHEN 2 THEN TRUE WHEN 0 THEN FALSE END) \
                WHEN TRUE THEN 2 WHEN FALSE THEN 0 ELSE 1 END) AS a1
                  FROM s_member m
                  LEFT JOIN fm ON fm.hh = m.hh AND fm.mi = m.mi
                  GROUP BY m.hh),
                fh AS (
                  SELECT f.hh,
                    max(CASE ((f."value" > CAST(10000 AS numeric)) OR (f."value" > round((h."net_income" * \
                CAST(0.5 AS numeric)), 4))) WHEN TRUE THEN 2 WHEN FALSE THEN 0 ELSE 1 END) FILTER (WHERE f."item" = \
                'YJ01' AND f."date" > DATE '2025-11-01' AND f."date" <= DATE '2026-11-01') AS a1
                  FROM s_feed f
                  JOIN s_household h ON h.hh = f.hh
                  WHERE f."item" IN ('YJ01')
                  GROUP BY f.hh),
                r AS (
                  SELECT h.hh,
                    CASE (CASE COALESCE(mh.a1, 0) WHEN 2 THEN TRUE WHEN 0 THEN FALSE END) WHEN TRUE THEN 'HIT' \
                WHEN FALSE THEN NULL ELSE 'ERROR' END AS s1,
                    CASE (CASE COALESCE(fh.a1, 0) WHEN 2 THEN TRUE WHEN 0 THEN FALSE END) WHEN TRUE THEN 'HIT' \
                WHEN FALSE THEN NULL ELSE 'ERROR' END AS s2
                  FROM s_household h
                  LEFT JOIN mh ON mh.hh = h.hh
                  LEFT JOIN fh ON fh.hh = h.hh)
                SELECT hh, rule_code, status FROM (
                  SELECT r.hh, c.rule_code, CASE c.i WHEN 1 THEN r.s1 WHEN 2 THEN r.s2 END AS status
                  FROM r CROSS JOIN (VALUES (1, 'D_DECEASED_LISTED'), (2, 'W_DISASTER')) AS c(i, rule_code)
                  WHERE r.s1 IS NOT NULL OR r.s2 IS NOT NULL
                ) u
                WHERE status IS NOT NULL""");
    }

    @Test
    void divisionIsExactIntegerDivisionRoundedHalfAwayFromZeroAndNullForZero() {
        Rule perHead = DifferentialCheck.rule("PER_HEAD", "household.net_income / household.size > param monitoring_line");
        assertThat(compile("", List.of(perHead))).contains("((div(2 * abs(h.\"net_income\") * 10000 + abs(h.\"size\"), "
                + "2 * abs(NULLIF(h.\"size\", 0))) * sign(h.\"net_income\") * sign(h.\"size\") * 0.0001) "
                + "> CAST(7900 AS numeric))");
    }

    @Test
    void sumsReadUnknownWhenAnItemIsUnknownAndZeroWhenThereIsNone() {
        Rule sum = DifferentialCheck.rule("SUM_YB02", "(sum(feed.value) of feed YB02 within 12 months) > 10000");
        assertThat(compile("", List.of(sum)))
                .contains("max(CASE WHEN f.\"value\" IS NULL THEN 1 ELSE 0 END) FILTER (WHERE f.\"item\" = 'YB02'")
                .contains("sum(f.\"value\") FILTER (WHERE f.\"item\" = 'YB02'")
                .contains("(CASE WHEN fh.a1 = 1 THEN NULL ELSE COALESCE(fh.a2, CAST(0.0000 AS numeric)) END)");
    }
}
