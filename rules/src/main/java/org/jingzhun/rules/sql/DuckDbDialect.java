// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.sql;

import java.math.BigDecimal;

/**
 * DuckDB (tested with 1.4). Every number is a {@code DECIMAL(38, s)} with the static scale the
 * compiler tracks: input columns are widened to {@code DECIMAL(38, 4)} (a table's
 * {@code DECIMAL(18, 2)} would overflow in a product), literals keep exactly their digits, sums keep
 * their operands' scale, products have the sum of the scales before rounding. Three DuckDB
 * behaviours force this (checked in {@code SqlCompilerDuckDbTest}): {@code DECIMAL / DECIMAL} is a
 * {@code DOUBLE}; {@code COALESCE}/{@code CASE} over {@code DECIMAL(38,2)} and {@code DECIMAL(38,4)}
 * gives {@code DECIMAL(38,2)} and rounds the other away; an unparenthesised literal above 38 digits is a
 * {@code DOUBLE}. {@code round(DECIMAL, 4)} rounds half away from zero.
 */
public final class DuckDbDialect implements SqlDialect {

    /** DuckDB's widest decimal. */
    private static final int PRECISION = 38;

    @Override
    public String name() {
        return "duckdb";
    }

    @Override
    public String number(BigDecimal value) {
        BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
        if (v.precision() > PRECISION) {
            throw new IllegalArgumentException("the number " + v.toPlainString() + " has more than " + PRECISION
                    + " digits");
        }
        return "CAST(" + SqlCompiler.plain(v) + " AS " + decimal(v.scale()) + ")";
    }

    @Override
    public String numberColumn(String column) {
        return "CAST(" + column + " AS " + decimal(SqlCompiler.INPUT_SCALE) + ")";
    }

    @Override
    public String rescale(String sql, int from, int to) {
        if (to < from) {
            throw new IllegalArgumentException("rescaling from " + from + " to " + to + " would round");
        }
        return from == to ? sql : "CAST(" + sql + " AS " + decimal(to) + ")";
    }

    @Override
    public String round(String sql, int scale) {
        return scale <= SqlCompiler.SCALE ? sql : "round(" + sql + ", " + SqlCompiler.SCALE + ")";
    }

    /**
     * The operands as integers at a common scale ({@code HUGEINT}, exact), then
     * {@code sign(l)·sign(r)·((2|L|·10⁴ + |R|) // 2|R|)}, whose integer division truncates, read back
     * as a {@code DECIMAL(38, 4)} by multiplying with {@code 0.0001}.
     */
    @Override
    public String divide(String left, int leftScale, String right, int rightScale) {
        int scale = Math.max(leftScale, rightScale);
        String l = integer(left, scale);
        String r = integer(right, scale);
        String quotient = "(2 * abs(" + l + ") * " + SqlCompiler.UNIT + " + abs(" + r + ")) // (2 * abs(NULLIF(" + r
                + ", 0)))";
        return "(CAST(" + quotient + " * sign(" + l + ") * sign(" + r + ") AS " + decimal(0) + ") * CAST(0."
                + "0".repeat(SqlCompiler.SCALE - 1) + "1 AS " + decimal(SqlCompiler.SCALE) + "))";
    }

    /** {@code sql}, of scale at most {@code scale}, times 10^scale as an exact {@code HUGEINT}. */
    private static String integer(String sql, int scale) {
        return "CAST(" + sql + " * CAST(1" + "0".repeat(scale) + " AS " + decimal(0) + ") AS HUGEINT)";
    }

    @Override
    public String count(String sql) {
        return "CAST(" + sql + " AS " + decimal(0) + ")";
    }

    /** Standard quoting: DuckDB's {@code '…'} strings treat backslashes as ordinary characters. */
    @Override
    public String text(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String decimal(int scale) {
        if (scale > PRECISION) {
            throw new IllegalArgumentException("a number with " + scale + " decimal places does not fit DECIMAL(38)");
        }
        return "DECIMAL(" + PRECISION + ", " + scale + ")";
    }
}
