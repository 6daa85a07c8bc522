// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jingzhun.rules.Checker;
import org.jingzhun.rules.Evaluator;
import org.jingzhun.rules.Expr;
import org.jingzhun.rules.Expr.BinaryOp;
import org.jingzhun.rules.FieldType;
import org.jingzhun.rules.columnar.Loads.Level;

/**
 * Translates a condition into a tree of {@link Op}s bound to one snapshot's columns, with parameters
 * and the screening date resolved to constants. Constant arithmetic ({@code param a * param b}) is
 * folded with the evaluator's own {@link Evaluator#arithmetic}, and comparisons with a constant get
 * operators that do not materialise it. Only conditions that pass the {@link Checker} are
 * translated, so types are known and nothing can fail at run time but overflow; anything else
 * throws {@link Unsupported} and the rule is left to the evaluator.
 */
final class Compiler {

    /**
     * A compiled expression: its type, and a constant (whose value may be null) or an operator; for a
     * plain field also the column it reads, so that a comparison with a constant can read the column
     * itself instead of the operator's output.
     */
    private record Val(FieldType type, boolean constant, Object value, Op op, Source source) {
        static Val of(FieldType type, Op op) {
            return new Val(type, false, null, op, null);
        }

        static Val constant(FieldType type, Object value) {
            return new Val(type, true, value, null, null);
        }

        static Val field(FieldType type, Op op, Source source) {
            return new Val(type, false, null, op, source);
        }
    }

    /** The column a field reads: a {@link NumberColumn}, or a {@link CodeColumn} with its translation to shared codes. */
    private record Source(NumberColumn numbers, CodeColumn codes, int[] translation, Level level) {
    }

    /** Where an expression is: its frame level, and whether a member is in scope. */
    private record Scope(Level level, boolean member) {
    }

    private final Snapshot s;
    private final TextSpace texts;
    private final Map<String, BigDecimal> params;
    private final LocalDate date;

    private Compiler(Snapshot s, TextSpace texts, Map<String, BigDecimal> params, LocalDate date) {
        this.s = s;
        this.texts = texts;
        this.params = params;
        this.date = date;
    }

    /** The operator tree of a rule's condition on household frames, or throws {@link Unsupported}. */
    static Op.Bool compile(Expr condition, Snapshot s, TextSpace texts, Map<String, BigDecimal> params,
                           LocalDate date) {
        List<Checker.Problem> problems = Checker.check(condition);
        if (!problems.isEmpty()) {
            throw new Unsupported("the checker rejects it: " + problems.getFirst());
        }
        Compiler c = new Compiler(s, texts, params, date);
        Val v = c.compile(condition, new Scope(Level.HOUSEHOLD, false));
        if (v.type() != FieldType.BOOLEAN) {
            throw new Unsupported("the condition is not true or false");
        }
        return c.bool(v);
    }

    private Val compile(Expr e, Scope sc) {
        return switch (e) {
            case Expr.Literal l -> switch (l.value()) {
                case null -> throw new Unsupported("a null literal outside 'is null'");
                case BigDecimal n -> Val.constant(FieldType.NUMBER, n);
                case String t -> Val.constant(FieldType.TEXT, t);
                case Boolean b -> Val.constant(FieldType.BOOLEAN, b);
                default -> throw new Unsupported("a literal of type " + l.value().getClass().getSimpleName());
            };
            case Expr.Field f -> field(f, sc);
            case Expr.Param p -> {
                if (!params.containsKey(p.name())) {
                    throw new Unsupported("no parameter '" + p.name() + "' for this screening");
                }
                yield Val.constant(FieldType.NUMBER, params.get(p.name()));
            }
            case Expr.Unary u -> unary(u, sc);
            case Expr.Binary b -> binary(b, sc);
            case Expr.In in -> in(in, sc);
            case Expr.IsNull n -> isNull(n, sc);
            case Expr.Aggregate a -> aggregate(a, sc);
        };
    }

    private Val field(Expr.Field f, Scope sc) {
        if (f.path().size() != 2) {
            throw new Unsupported("field " + f.name());
        }
        String name = f.path().get(1);
        return switch (f.path().get(0)) {
            case "household" -> column(s.householdColumn(name), Level.HOUSEHOLD, f);
            case "member" -> {
                if (!sc.member()) {
                    throw new Unsupported(f.name() + " outside a member aggregate");
                }
                yield column(s.memberColumn(name), Level.MEMBER, f);
            }
            case "feed" -> {
                if (sc.level() != Level.FEED) {
                    throw new Unsupported(f.name() + " outside a feed aggregate");
                }
                Snapshot.Feeds d = s.feed;
                yield switch (name) {
                    case "value" -> number(d.value(), Level.FEED);
                    case "text" -> text(d.text(), texts.translation(d.texts()), Level.FEED);
                    case "department" -> text(d.department(), texts.translation(d.departments()), Level.FEED);
                    case "date" -> Val.of(FieldType.DATE, new Loads.FeedDate(d.date()));
                    default -> throw new Unsupported("field " + f.name());
                };
            }
            default -> throw new Unsupported("field " + f.name());
        };
    }

    private Val column(FieldColumn c, Level level, Expr.Field f) {
        return switch (c) {
            case null -> throw new Unsupported("field " + f.name());
            case FieldColumn.Num n -> number(n.column, level);
            case FieldColumn.Text t -> text(t.codes, texts.translation(t.dictionary), level);
            case FieldColumn.Bool b -> Val.of(FieldType.BOOLEAN, new Loads.CodeTest(b.values, level,
                    new byte[] {Op.FALSE, Op.TRUE}, Op.UNKNOWN));
            case FieldColumn.Id id -> throw new Unsupported("conditions on ID numbers are left to the evaluator");
        };
    }

    private static Val number(NumberColumn c, Level level) {
        return Val.field(FieldType.NUMBER, new Loads.Number(c, level), new Source(c, null, null, level));
    }

    private static Val text(CodeColumn c, int[] translation, Level level) {
        return Val.field(FieldType.TEXT, new Loads.Text(c, translation, level), new Source(null, c, translation, level));
    }

    /**
     * A text field tested against constant shared codes in one pass over its column: the answer for a
     * column code whose text is among {@code codes} is {@code match}, for others {@code miss}, for null unknown.
     */
    private static Op.Bool textTest(Source src, Set<Integer> codes, byte match, byte miss) {
        byte[] table = new byte[src.translation().length];
        for (int c = 0; c < table.length; c++) {
            table[c] = codes.contains(src.translation()[c]) ? match : miss;
        }
        return new Loads.CodeTest(src.codes(), src.level(), table, Op.UNKNOWN);
    }

    private Val unary(Expr.Unary u, Scope sc) {
        Val v = compile(u.operand(), sc);
        if (u.op() == Expr.UnaryOp.NOT) {
            require(v, FieldType.BOOLEAN);
            return v.constant() ? Val.constant(FieldType.BOOLEAN, v.value() == null ? null : !(Boolean) v.value())
                    : Val.of(FieldType.BOOLEAN, new LogicOps.Not(bool(v)));
        }
        require(v, FieldType.NUMBER);
        return v.constant() ? Val.constant(FieldType.NUMBER, v.value() == null ? null : ((BigDecimal) v.value()).negate())
                : Val.of(FieldType.NUMBER, new ArithmeticOps.Negate(num(v)));
    }

    private Val binary(Expr.Binary b, Scope sc) {
        Val l = compile(b.left(), sc);
        Val r = compile(b.right(), sc);
        switch (b.op()) {
            case AND, OR -> {
                require(l, FieldType.BOOLEAN);
                require(r, FieldType.BOOLEAN);
                return Val.of(FieldType.BOOLEAN, new LogicOps.AndOr(b.op() == BinaryOp.AND, bool(l), bool(r),
                        hasAggregate(b.right())));
            }
            case ADD, SUBTRACT, MULTIPLY, DIVIDE -> {
                require(l, FieldType.NUMBER);
                require(r, FieldType.NUMBER);
                if (l.constant() && r.constant()) {
                    BigDecimal x = (BigDecimal) l.value();
                    BigDecimal y = (BigDecimal) r.value();
                    boolean unknown = x == null || y == null || b.op() == BinaryOp.DIVIDE && y.signum() == 0;
                    return Val.constant(FieldType.NUMBER, unknown ? null : Evaluator.arithmetic(b.op(), x, y));
                }
                return Val.of(FieldType.NUMBER, new ArithmeticOps.Binary(b.op(), num(l), num(r)));
            }
            default -> {
                return comparison(b.op(), l, r);
            }
        }
    }

    private Val comparison(BinaryOp op, Val l, Val r) {
        if (l.type() != r.type()) {
            throw new Unsupported("comparing a " + l.type() + " with a " + r.type());
        }
        boolean ordering = op != BinaryOp.EQ && op != BinaryOp.NE;
        return switch (l.type()) {
            case NUMBER -> {
                if (l.constant() && r.constant()) {
                    yield Val.constant(FieldType.BOOLEAN, l.value() == null || r.value() == null ? null
                            : CompareOps.answers(op)[Integer.signum(((BigDecimal) l.value())
                            .compareTo((BigDecimal) r.value())) + 1] == Op.TRUE);
                }
                if (l.constant()) {
                    yield comparison(CompareOps.swapped(op), r, l);
                }
                if (r.constant()) {
                    yield Val.of(FieldType.BOOLEAN, l.source() != null
                            ? new Loads.NumberTest(l.source().numbers(), l.source().level(), op, fixed(r))
                            : new CompareOps.NumConst(op, num(l), fixed(r)));
                }
                yield Val.of(FieldType.BOOLEAN, new CompareOps.Num(op, num(l), num(r)));
            }
            case TEXT -> {
                if (ordering) {
                    throw new Unsupported("ordering text");
                }
                if (l.constant() && r.source() != null) {
                    yield comparison(op, r, l);
                }
                if (r.constant() && r.value() != null && l.source() != null) {
                    boolean eq = op == BinaryOp.EQ;
                    yield Val.of(FieldType.BOOLEAN, textTest(l.source(), Set.of(texts.code((String) r.value())),
                            eq ? Op.TRUE : Op.FALSE, eq ? Op.FALSE : Op.TRUE));
                }
                yield Val.of(FieldType.BOOLEAN, new CompareOps.Int(op, ints(l), ints(r), -1));
            }
            case DATE -> Val.of(FieldType.BOOLEAN, new CompareOps.Int(op, ints(l), ints(r), Op.NO_DATE));
            case BOOLEAN -> {
                if (ordering) {
                    throw new Unsupported("ordering truth values");
                }
                yield Val.of(FieldType.BOOLEAN, new LogicOps.BoolEquals(bool(l), bool(r), op == BinaryOp.EQ));
            }
        };
    }

    private Val in(Expr.In in, Scope sc) {
        Val v = compile(in.value(), sc);
        Val[] options = new Val[in.options().size()];
        boolean constants = true;
        boolean nullOption = false;
        for (int i = 0; i < options.length; i++) {
            options[i] = compile(in.options().get(i), sc);
            require(options[i], v.type());
            constants &= options[i].constant();
            nullOption |= options[i].constant() && options[i].value() == null;
        }
        if (v.type() == FieldType.BOOLEAN) {
            throw new Unsupported("'in' on truth values");
        }
        if (constants && v.type() == FieldType.NUMBER) {
            long[] values = java.util.Arrays.stream(options).filter(o -> o.value() != null).mapToLong(this::fixed).toArray();
            return Val.of(FieldType.BOOLEAN, new CompareOps.NumInConst(num(v), values, nullOption));
        }
        if (constants && v.type() == FieldType.TEXT && v.source() != null) {
            Set<Integer> codes = new java.util.HashSet<>();
            for (Val o : options) {
                if (o.value() != null) {
                    codes.add(texts.code((String) o.value()));
                }
            }
            return Val.of(FieldType.BOOLEAN, textTest(v.source(), codes, Op.TRUE, nullOption ? Op.UNKNOWN : Op.FALSE));
        }
        if (constants && v.type() == FieldType.TEXT) {
            int max = -1;
            for (Val o : options) {
                max = o.value() == null ? max : Math.max(max, texts.code((String) o.value()));
            }
            boolean[] table = new boolean[max + 1];
            for (Val o : options) {
                if (o.value() != null) {
                    table[texts.code((String) o.value())] = true;
                }
            }
            return Val.of(FieldType.BOOLEAN, new CompareOps.TextInConst(ints(v), table, nullOption));
        }
        Op[] ops = new Op[options.length];
        for (int i = 0; i < ops.length; i++) {
            ops[i] = v.type() == FieldType.NUMBER ? num(options[i]) : ints(options[i]);
        }
        return Val.of(FieldType.BOOLEAN, new CompareOps.In(v.type() == FieldType.NUMBER ? num(v) : ints(v), ops,
                v.type() == FieldType.TEXT ? -1 : Op.NO_DATE));
    }

    private Val isNull(Expr.IsNull n, Scope sc) {
        if (n.value() instanceof Expr.Literal l && l.value() == null) {
            return Val.constant(FieldType.BOOLEAN, !n.negated());
        }
        Val v = compile(n.value(), sc);
        if (v.constant()) {
            return Val.constant(FieldType.BOOLEAN, (v.value() == null) != n.negated());
        }
        return Val.of(FieldType.BOOLEAN, switch (v.type()) {
            case NUMBER -> new LogicOps.NumIsNull(num(v), n.negated());
            case TEXT -> new LogicOps.IntIsNull(ints(v), n.negated(), -1);
            case DATE -> new LogicOps.IntIsNull(ints(v), n.negated(), Op.NO_DATE);
            case BOOLEAN -> new LogicOps.BoolIsNull(bool(v), n.negated());
        });
    }

    private Val aggregate(Expr.Aggregate a, Scope sc) {
        AggregateOps.Scan scan;
        Scope inner;
        if (a.item().equals("member")) {
            if (sc.level() != Level.HOUSEHOLD) {
                throw new Unsupported("a nested member aggregate");
            }
            scan = new AggregateOps.Members(s.memberStart);
            inner = new Scope(Level.MEMBER, true);
        } else {
            if (sc.level() == Level.FEED) {
                throw new Unsupported("a nested feed aggregate");
            }
            int until = Math.toIntExact(date.toEpochDay());
            int after = a.months() == null ? 0 : Math.toIntExact(date.minusMonths(a.months()).toEpochDay());
            scan = new AggregateOps.Feeds(s, s.feed.items().find(a.itemCode()), sc.member(), a.months() != null, after,
                    until);
            inner = new Scope(Level.FEED, sc.member());
        }
        Op.Bool where = null;
        if (a.where() != null) {
            Val w = compile(a.where(), inner);
            require(w, FieldType.BOOLEAN);
            where = bool(w);
        }
        Op.Num value = null;
        if (a.value() != null) {
            Val v = compile(a.value(), inner);
            require(v, FieldType.NUMBER);
            value = num(v);
        }
        return switch (a.kind()) {
            case ANY, ALL -> Val.of(FieldType.BOOLEAN, new AggregateOps.Truth(a.kind(), scan, where));
            default -> {
                if (a.kind() != Expr.AggregateKind.COUNT && value == null) {
                    throw new Unsupported(a.kind() + " without a value");
                }
                yield Val.of(FieldType.NUMBER, new AggregateOps.Number(a.kind(), scan, where, value));
            }
        };
    }

    private static boolean hasAggregate(Expr e) {
        return switch (e) {
            case Expr.Aggregate a -> true;
            case Expr.Unary u -> hasAggregate(u.operand());
            case Expr.Binary b -> hasAggregate(b.left()) || hasAggregate(b.right());
            case Expr.In in -> hasAggregate(in.value()) || in.options().stream().anyMatch(Compiler::hasAggregate);
            case Expr.IsNull n -> hasAggregate(n.value());
            default -> false;
        };
    }

    private static void require(Val v, FieldType type) {
        if (v.type() != type) {
            throw new Unsupported("expected a " + type + ", got a " + v.type());
        }
    }

    private Op.Bool bool(Val v) {
        return v.constant() ? new Op.BoolConst(Op.truth((Boolean) v.value())) : (Op.Bool) v.op();
    }

    private Op.Num num(Val v) {
        return v.constant() ? new Op.NumConst(fixed(v)) : (Op.Num) v.op();
    }

    private Op.Int ints(Val v) {
        if (!v.constant()) {
            return (Op.Int) v.op();
        }
        if (v.type() != FieldType.TEXT) {
            throw new Unsupported("a constant " + v.type());
        }
        return new Op.IntConst(v.value() == null ? -1 : texts.code((String) v.value()));
    }

    private long fixed(Val v) {
        return v.value() == null ? Fixed.NULL : Fixed.fromConstant((BigDecimal) v.value());
    }
}
