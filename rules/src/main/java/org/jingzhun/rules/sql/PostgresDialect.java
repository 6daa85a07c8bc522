// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.sql;

import java.math.BigDecimal;

/**
 * PostgreSQL (tested against 15 and 18). {@code numeric} is exact and unbounded, so static scales
 * are not needed; {@code round(numeric, 4)} rounds half away from zero like
 * {@link java.math.RoundingMode#HALF_UP}. Division is the one trap: {@code numeric / numeric}
 * rounds to a scale of its own choosing, after which a second rounding to 4 places can differ
 * from the evaluator, so it is done with {@code div} (exact truncated integer quotient).
 */
public final class PostgresDialect implements SqlDialect {

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String number(BigDecimal value) {
        return "CAST(" + SqlCompiler.plain(value) + " AS numeric)";
    }

    @Override
    public String numberColumn(String column) {
        return column;
    }

    @Override
    public String rescale(String sql, int from, int to) {
        return sql;
    }

    @Override
    public String round(String sql, int scale) {
        return "round(" + sql + ", " + SqlCompiler.SCALE + ")";
    }

    /** {@code sign(l)·sign(r)·⌊(2|l|·10⁴ + |r|) / 2|r|⌋ · 10⁻⁴}: round half away from zero of the exact quotient. */
    @Override
    public String divide(String left, int leftScale, String right, int rightScale) {
        return "(div(2 * abs(" + left + ") * " + SqlCompiler.UNIT + " + abs(" + right + "), 2 * abs(NULLIF(" + right
                + ", 0))) * sign(" + left + ") * sign(" + right + ") * 0." + "0".repeat(SqlCompiler.SCALE - 1) + "1)";
    }

    @Override
    public String count(String sql) {
        return "CAST(" + sql + " AS numeric)";
    }

    /**
     * Standard quoting ({@code '} doubled); a value with a backslash becomes an {@code E'…'} string
     * with backslashes doubled too, which means the same whatever {@code standard_conforming_strings} is.
     */
    @Override
    public String text(String value) {
        String quoted = value.replace("'", "''");
        return value.indexOf('\\') < 0 ? "'" + quoted + "'" : "E'" + quoted.replace("\\", "\\\\") + "'";
    }
}
