// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.sql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jingzhun.rules.Catalog;
import org.jingzhun.rules.Expr;
import org.jingzhun.rules.FieldType;

/**
 * Translates one checked condition into an SQL expression over the per-household row, putting
 * each aggregate into the {@link Stage} that computes it and referring to its columns.
 *
 * <p>Three-valued logic needs no translation: SQL's {@code NULL} is the evaluator's unknown, and
 * SQL's {@code AND}/{@code OR}/{@code NOT}/comparisons/{@code IN} are Kleene's, as the evaluator's
 * are. The evaluator's short-circuits only skip work (a checked rule cannot fail on types, and
 * missing parameters are refused at compile time), so evaluation order does not matter. Aggregates
 * encode each item's {@code where} as 0 (false), 1 (unknown), 2 (true): {@code any} is the maximum
 * (no items: false), {@code all} the minimum (no items: true) — Kleene's {@code or} and {@code and}
 * over the items.
 */
final class ExpressionCompiler {

    /** Where an expression is evaluated: which row aliases and stages it may read. */
    enum Level {
        /** The household row: {@code h}, joined with the stages {@code mh} and {@code fh}. */
        HOUSEHOLD,
        /** A member row {@code m} inside a member aggregate, with {@code h} and stage {@code fm}. */
        MEMBER,
        /** A feed row {@code f} inside a feed aggregate at household level, with {@code h}. */
        HOUSEHOLD_FEED,
        /** A feed row {@code f} inside a feed aggregate inside a member aggregate, with {@code h} and {@code m}. */
        MEMBER_FEED
    }

    /**
     * SQL text with, for a number, its static decimal scale ({@code -1} for anything else) and, for a
     * number literal, its value (so that it can be written at another scale instead of cast).
     */
    record Fragment(String sql, int scale, BigDecimal literal) {
        Fragment(String sql, int scale) {
            this(sql, scale, null);
        }

        boolean isNumber() {
            return scale >= 0;
        }
    }

    private static final int NOT_A_NUMBER = -1;
    /** The largest number of decimals of a literal or parameter: products of two then stay within 38 digits. */
    static final int MAX_LITERAL_SCALE = 17;

    private final SqlDialect dialect;
    private final Map<String, BigDecimal> params;
    private final LocalDate screeningDate;
    final Stage feedsByMember = new Stage(Stage.Kind.FEEDS_BY_MEMBER);
    final Stage members = new Stage(Stage.Kind.MEMBERS);
    final Stage feedsByHousehold = new Stage(Stage.Kind.FEEDS_BY_HOUSEHOLD);

    ExpressionCompiler(SqlDialect dialect, Map<String, BigDecimal> params, LocalDate screeningDate) {
        this.dialect = dialect;
        this.params = params;
        this.screeningDate = screeningDate;
    }

    Fragment compile(Expr expr, Level level) {
        return switch (expr) {
            case Expr.Literal l -> literal(l.value());
            case Expr.Field f -> field(f, level);
            case Expr.Param p -> {
                BigDecimal value = params.get(p.name());
                if (value == null) {
                    throw new IllegalArgumentException("no value for parameter '" + p.name() + "'");
                }
                yield literal(value);
            }
            case Expr.Unary u -> {
                Fragment x = compile(u.operand(), level);
                yield u.op() == Expr.UnaryOp.NOT ? new Fragment("(NOT " + x.sql() + ")", NOT_A_NUMBER)
                        : new Fragment("(- " + x.sql() + ")", x.scale());
            }
            case Expr.Binary b -> binary(b, level);
            case Expr.In in -> {
                List<Fragment> all = new ArrayList<>();
                all.add(compile(in.value(), level));
                in.options().forEach(o -> all.add(compile(o, level)));
                List<String> sql = aligned(all);
                yield new Fragment("(" + sql.getFirst() + " IN (" + String.join(", ", sql.subList(1, sql.size())) + "))",
                        NOT_A_NUMBER);
            }
            case Expr.IsNull n -> new Fragment("(" + compile(n.value(), level).sql()
                    + (n.negated() ? " IS NOT NULL)" : " IS NULL)"), NOT_A_NUMBER);
            case Expr.Aggregate a -> aggregate(a, level);
        };
    }

    private Fragment literal(Object value) {
        return switch (value) {
            case null -> new Fragment("NULL", NOT_A_NUMBER);
            case BigDecimal n -> {
                BigDecimal v = n.scale() < 0 ? n.setScale(0) : n;
                if (v.scale() > MAX_LITERAL_SCALE) {
                    throw new IllegalArgumentException("the number " + v.toPlainString() + " has more than "
                            + MAX_LITERAL_SCALE + " decimal places");
                }
                yield new Fragment(dialect.number(v), v.scale(), v);
            }
            case String s -> {
                if (s.indexOf('\0') >= 0) {
                    throw new IllegalArgumentException("a text literal contains the character U+0000");
                }
                yield new Fragment(dialect.text(s), NOT_A_NUMBER);
            }
            case Boolean b -> new Fragment(b ? "TRUE" : "FALSE", NOT_A_NUMBER);
            case LocalDate d -> new Fragment(dialect.date(d), NOT_A_NUMBER);
            default -> throw new IllegalArgumentException("unsupported literal " + value.getClass().getSimpleName());
        };
    }

    private Fragment field(Expr.Field f, Level level) {
        String scope = f.path().get(0);
        String name = f.path().get(1);
        Catalog.FieldDef def = Catalog.field(scope, name);
        String alias = switch (scope) {
            case "household" -> "h";
            case "member" -> "m";
            default -> "f";
        };
        // A stage joins the household (or, per member, the member) table only if its aggregates read it.
        switch (level) {
            case HOUSEHOLD -> { }
            case MEMBER -> members.readsHousehold |= alias.equals("h");
            case HOUSEHOLD_FEED -> feedsByHousehold.readsHousehold |= alias.equals("h");
            case MEMBER_FEED -> {
                feedsByMember.readsHousehold |= alias.equals("h");
                feedsByMember.readsMember |= alias.equals("m");
            }
        }
        String column = alias + "." + dialect.identifier(name);
        return def.type() == FieldType.NUMBER ? new Fragment(dialect.numberColumn(column), SqlCompiler.INPUT_SCALE)
                : new Fragment(column, NOT_A_NUMBER);
    }

    private Fragment binary(Expr.Binary b, Level level) {
        Fragment l = compile(b.left(), level);
        Fragment r = compile(b.right(), level);
        return switch (b.op()) {
            case AND, OR -> new Fragment("(" + l.sql() + " " + b.op().name() + " " + r.sql() + ")", NOT_A_NUMBER);
            case EQ, NE, LT, LE, GT, GE -> {
                List<String> sides = aligned(List.of(l, r));
                yield new Fragment("(" + sides.get(0) + " " + b.op().symbol() + " " + sides.get(1) + ")", NOT_A_NUMBER);
            }
            case ADD, SUBTRACT -> {
                int scale = Math.max(l.scale(), r.scale());
                List<String> sides = aligned(List.of(l, r));
                yield rounded("(" + sides.get(0) + " " + b.op().symbol() + " " + sides.get(1) + ")", scale);
            }
            case MULTIPLY -> rounded("(" + l.sql() + " * " + r.sql() + ")", l.scale() + r.scale());
            case DIVIDE -> new Fragment(dialect.divide(l.sql(), l.scale(), r.sql(), r.scale()), SqlCompiler.SCALE);
        };
    }

    private Fragment rounded(String sql, int scale) {
        return new Fragment(dialect.round(sql, scale), Math.min(scale, SqlCompiler.SCALE));
    }

    /** The fragments' SQL; numbers brought to their largest scale, so that the engine compares one type. */
    private List<String> aligned(List<Fragment> fragments) {
        int scale = fragments.stream().mapToInt(Fragment::scale).max().orElse(NOT_A_NUMBER);
        return fragments.stream().map(f -> rescaled(f, scale)).toList();
    }

    private String rescaled(Fragment f, int scale) {
        if (!f.isNumber()) {
            return f.sql();
        }
        String sql = dialect.rescale(f.sql(), f.scale(), scale);
        // Where the dialect needs a cast, a literal is rather written at the wanted scale: 10000.0000.
        return sql.equals(f.sql()) || f.literal() == null ? sql : dialect.number(f.literal().setScale(scale));
    }

    /**
     * Puts the aggregate's columns into its stage and returns the expression that reads them. A
     * missing stage row (no members, no matching feed records) reads as an empty aggregate.
     */
    private Fragment aggregate(Expr.Aggregate a, Level level) {
        boolean overMembers = a.item().equals("member");
        Stage stage = overMembers ? members : level == Level.MEMBER ? feedsByMember : feedsByHousehold;
        Level inner = overMembers ? Level.MEMBER : level == Level.MEMBER ? Level.MEMBER_FEED : Level.HOUSEHOLD_FEED;
        String filter = null;
        if (!overMembers) {
            stage.items.add(a.itemCode());
            filter = "f." + dialect.identifier("item") + " = " + dialect.text(a.itemCode());
            if (a.months() != null) {
                String date = "f." + dialect.identifier("date");
                filter += " AND " + date + " > " + dialect.date(screeningDate.minusMonths(a.months())) + " AND " + date
                        + " <= " + dialect.date(screeningDate);
            }
        }
        String where = a.where() == null ? null : compile(a.where(), inner).sql();
        return switch (a.kind()) {
            case ANY, ALL -> {
                String code = where == null ? "2" : "CASE " + where + " WHEN TRUE THEN 2 WHEN FALSE THEN 0 ELSE 1 END";
                boolean any = a.kind() == Expr.AggregateKind.ANY;
                String x = stage.column(dialect.filtered(any ? "max" : "min", code, filter));
                yield new Fragment("(CASE COALESCE(" + x + ", " + (any ? 0 : 2) + ") WHEN 2 THEN TRUE WHEN 0 THEN FALSE END)",
                        NOT_A_NUMBER);
            }
            case COUNT -> {
                String one = where == null ? "1" : "CASE WHEN " + where + " THEN 1 ELSE 0 END";
                String x = stage.column(dialect.filtered("sum", one, filter));
                yield new Fragment(dialect.count("COALESCE(" + x + ", 0)"), 0);
            }
            case SUM, MAX, MIN -> {
                Fragment value = compile(a.value(), inner);
                String valueUnknown = "CASE WHEN " + value.sql() + " IS NULL THEN 1 ELSE 0 END";
                String unknown = where == null ? valueUnknown
                        : "CASE " + where + " WHEN TRUE THEN " + valueUnknown + " WHEN FALSE THEN 0 ELSE 1 END";
                String matched = where == null ? value.sql() : "CASE WHEN " + where + " THEN " + value.sql() + " END";
                String x = stage.column(dialect.filtered("max", unknown, filter));
                String v = stage.column(dialect.filtered(a.kind().name().toLowerCase(java.util.Locale.ROOT), matched,
                        filter));
                String result = a.kind() == Expr.AggregateKind.SUM
                        ? "COALESCE(" + v + ", " + dialect.number(BigDecimal.ZERO.setScale(value.scale())) + ")" : v;
                yield new Fragment("(CASE WHEN " + x + " = 1 THEN NULL ELSE " + result + " END)", value.scale());
            }
        };
    }
}
