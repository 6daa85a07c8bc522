// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.sql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What differs between the SQL engines that run compiled rules: literals, how exact decimals are
 * typed, rounded and divided, and a few syntax forms. Everything else the {@link SqlCompiler} writes
 * is plain SQL:2003 (CTEs, {@code CASE}, {@code LEFT JOIN}, {@code GROUP BY}, {@code IN}, {@code IS NULL}).
 *
 * <p>The rule language's numbers are exact decimals and every {@code + - * /} result is rounded to
 * {@value org.jingzhun.rules.Evaluator#SCALE} places half away from zero
 * ({@link org.jingzhun.rules.Evaluator#arithmetic}). Engines differ exactly there: PostgreSQL's
 * {@code numeric} is arbitrary-precision, DuckDB's {@code DECIMAL} is at most 38 digits with a
 * fixed scale per expression, divides decimals in floating point and, when it unifies two
 * {@code DECIMAL(38, s)} of different scales (in {@code COALESCE}, {@code CASE}, lists), keeps the
 * smaller scale and silently rounds. So the compiler tracks the static scale of every numeric
 * expression and hands it to the dialect, which may ignore it (PostgreSQL) or use it to keep types
 * exact (DuckDB). Input columns hold at most {@link SqlCompiler#INPUT_SCALE} decimals.
 *
 * <p><b>Adding Spark SQL.</b> A {@code SparkDialect} implements this interface; nothing in the
 * compiler changes. Its points of care: {@link #text} must also escape backslashes (Spark reads
 * {@code '\n'} in literals as an escape unless {@code spark.sql.parser.escapedStringLiterals});
 * {@link #identifier} quotes with backticks; decimals behave like DuckDB's (precision 38; division
 * and multiplication may lose scale under {@code spark.sql.decimalOperations.allowPrecisionLoss}),
 * so type values as {@code DECIMAL(38, s)} like {@link DuckDbDialect} and divide with exact integer
 * arithmetic as {@link DuckDbDialect#divide} does with {@code HUGEINT} (Spark's {@code div} returns
 * a {@code BIGINT}: enough for money, to be checked at the bounds), never with {@code /}; {@link #filtered} may keep {@code FILTER (WHERE …)} (Spark 3.0 and
 * later) and {@link #inlineTable} the default. Then run the rules module's differential comparison
 * ({@code DifferentialCheck} in its tests) against Spark: the evaluator is the reference.
 */
public interface SqlDialect {

    /** A short name for messages: {@code postgresql}, {@code duckdb}. */
    String name();

    /** An exact decimal literal, typed so that it keeps all its digits. */
    String number(BigDecimal value);

    /** A numeric input column (qualified), read exactly at scale {@link SqlCompiler#INPUT_SCALE}. */
    String numberColumn(String column);

    /**
     * A number of static scale {@code from} as one of scale {@code to >= from}, without changing its
     * value; the compiler calls it so that both sides of a comparison or list have one type.
     */
    String rescale(String sql, int from, int to);

    /** {@code sql}, of static scale {@code scale}, rounded to {@link SqlCompiler#SCALE} places half away from zero. */
    String round(String sql, int scale);

    /**
     * {@code left / right} rounded to {@link SqlCompiler#SCALE} places half away from zero, computed
     * exactly (never through floating point); {@code NULL} when {@code right} is zero.
     */
    String divide(String left, int leftScale, String right, int rightScale);

    /** An integer count as a number of scale 0. */
    String count(String sql);

    /** A text literal that no content can break out of. */
    String text(String value);

    /** A date literal. */
    default String date(LocalDate value) {
        return "DATE '" + value + "'";
    }

    /** A quoted column name (catalogue names such as {@code date}, {@code value} are keywords somewhere). */
    default String identifier(String name) {
        return '"' + name + '"';
    }

    /** An aggregate over the rows of a group for which {@code filter} is true; {@code filter} may be null. */
    default String filtered(String function, String argument, String filter) {
        return function + "(" + argument + ")" + (filter == null ? "" : " FILTER (WHERE " + filter + ")");
    }

    /** A constant table in a {@code FROM} clause: {@code (VALUES (…), (…)) AS alias(columns)}. */
    default String inlineTable(List<List<String>> rows, String alias, List<String> columns) {
        StringBuilder sql = new StringBuilder("(VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append('(').append(String.join(", ", rows.get(i))).append(')');
        }
        return sql.append(") AS ").append(alias).append('(').append(String.join(", ", columns)).append(')').toString();
    }
}
