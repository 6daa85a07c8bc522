// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jingzhun.rules.Evaluation.Comparison;
import org.jingzhun.rules.Evaluation.Status;

/**
 * Evaluates a condition on one {@link Subject}, recording why. Logic is three-valued: a missing
 * value ({@code null}) makes a comparison unknown, {@code and}/{@code or} follow Kleene's rules
 * (false and unknown is false; true or unknown is true), and a condition that ends unknown is an
 * {@link Status#ERROR} naming the missing data — never a no-hit. Unknown fields, missing
 * parameters and wrong types are errors too, with their position; division by zero is unknown.
 */
public final class Evaluator {

    /** Decimal places kept by arithmetic. */
    public static final int SCALE = 4;

    private final Subject subject;
    private final List<Comparison> comparisons = new ArrayList<>();
    private final Set<FeedRecord> usedFeeds = new LinkedHashSet<>();
    private final List<String> unknowns = new ArrayList<>();
    private Map<String, Object> member;
    private FeedRecord feed;

    private Evaluator(Subject subject) {
        this.subject = subject;
    }

    public static Evaluation evaluate(Expr condition, Subject subject) {
        Evaluator e = new Evaluator(subject);
        try {
            Object v = e.eval(condition);
            if (v == null) {
                return new Evaluation(Status.ERROR, e.comparisons, List.copyOf(e.usedFeeds),
                        "missing data: " + String.join(", ", e.unknowns), condition.position());
            }
            if (!(v instanceof Boolean b)) {
                return new Evaluation(Status.ERROR, e.comparisons, List.copyOf(e.usedFeeds),
                        "the condition is a " + typeName(v) + ", not true or false", condition.position());
            }
            return new Evaluation(b ? Status.HIT : Status.NO_HIT, e.comparisons, List.copyOf(e.usedFeeds), null, null);
        } catch (EvaluationError err) {
            return new Evaluation(Status.ERROR, e.comparisons, List.copyOf(e.usedFeeds), err.getMessage(), err.position);
        }
    }

    private Object eval(Expr expr) {
        return switch (expr) {
            case Expr.Literal l -> l.value();
            case Expr.Field f -> field(f);
            case Expr.Param p -> {
                if (!subject.params().containsKey(p.name())) {
                    throw new EvaluationError(p.position(), "no parameter '" + p.name() + "' for this year");
                }
                Object value = subject.params().get(p.name());
                yield value instanceof Integer || value instanceof Long ? new BigDecimal(value.toString()) : value;
            }
            case Expr.Unary u -> switch (u.op()) {
                case NOT -> {
                    Boolean b = bool(eval(u.operand()), u.operand());
                    yield b == null ? null : !b;
                }
                case NEGATE -> {
                    BigDecimal n = number(eval(u.operand()), u.operand());
                    yield n == null ? null : n.negate();
                }
            };
            case Expr.Binary b -> binary(b);
            case Expr.In in -> {
                Object v = eval(in.value());
                boolean unknown = v == null;
                for (Expr option : in.options()) {
                    Object o = eval(option);
                    if (v != null && o != null && same(v, o)) {
                        record(in.position(), in.value(), v, "in", option, o, true);
                        yield true;
                    }
                    unknown |= o == null;
                }
                record(in.position(), in.value(), v, "in", in.options().getFirst(), null, unknown ? null : false);
                yield unknown ? null : false;
            }
            case Expr.IsNull n -> (eval(n.value()) == null) != n.negated();
            case Expr.Aggregate a -> aggregate(a);
        };
    }

    private Object binary(Expr.Binary b) {
        switch (b.op()) {
            case AND -> {
                Boolean l = bool(eval(b.left()), b.left());
                if (Boolean.FALSE.equals(l)) {
                    return false;
                }
                Boolean r = bool(eval(b.right()), b.right());
                return Boolean.FALSE.equals(r) ? Boolean.FALSE : l == null || r == null ? null : Boolean.TRUE;
            }
            case OR -> {
                Boolean l = bool(eval(b.left()), b.left());
                if (Boolean.TRUE.equals(l)) {
                    return true;
                }
                Boolean r = bool(eval(b.right()), b.right());
                return Boolean.TRUE.equals(r) ? Boolean.TRUE : l == null || r == null ? null : Boolean.FALSE;
            }
            case ADD, SUBTRACT, MULTIPLY, DIVIDE -> {
                BigDecimal l = number(eval(b.left()), b.left());
                BigDecimal r = number(eval(b.right()), b.right());
                if (l == null || r == null) {
                    return null;
                }
                if (b.op() == Expr.BinaryOp.DIVIDE && r.signum() == 0) {
                    unknowns.add("division by zero (" + b.position() + ")");
                    return null;
                }
                return arithmetic(b.op(), l, r);
            }
            default -> {
                Object l = eval(b.left());
                Object r = eval(b.right());
                Boolean result = compare(b, l, r);
                record(b.position(), b.left(), l, b.op().symbol(), b.right(), r, result);
                return result;
            }
        }
    }

    /**
     * The language's arithmetic, shared by every back end: each result is rounded to
     * {@value #SCALE} decimal places, half away from zero. Division by zero is unknown.
     */
    public static BigDecimal arithmetic(Expr.BinaryOp op, BigDecimal l, BigDecimal r) {
        BigDecimal exact = switch (op) {
            case ADD -> l.add(r);
            case SUBTRACT -> l.subtract(r);
            case MULTIPLY -> l.multiply(r);
            case DIVIDE -> l.divide(r, SCALE, RoundingMode.HALF_UP);
            default -> throw new IllegalArgumentException(op.name());
        };
        return exact.scale() > SCALE ? exact.setScale(SCALE, RoundingMode.HALF_UP) : exact;
    }

    private Boolean compare(Expr.Binary b, Object l, Object r) {
        if (l == null || r == null) {
            return null;
        }
        if (b.op() == Expr.BinaryOp.EQ || b.op() == Expr.BinaryOp.NE) {
            if (l.getClass() != r.getClass()) {
                throw new EvaluationError(b.position(), "cannot compare a " + typeName(l) + " with a " + typeName(r));
            }
            return same(l, r) == (b.op() == Expr.BinaryOp.EQ);
        }
        int c;
        if (l instanceof BigDecimal x && r instanceof BigDecimal y) {
            c = x.compareTo(y);
        } else if (l instanceof LocalDate x && r instanceof LocalDate y) {
            c = x.compareTo(y);
        } else {
            throw new EvaluationError(b.position(), "'" + b.op().symbol() + "' needs two numbers or two dates, got a "
                    + typeName(l) + " and a " + typeName(r));
        }
        return switch (b.op()) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            default -> throw new AssertionError(b.op());
        };
    }

    private Object aggregate(Expr.Aggregate a) {
        List<?> items = a.item().equals("member") ? subject.members() : feedsFor(a);
        Map<String, Object> outerMember = member;
        FeedRecord outerFeed = feed;
        try {
            long count = 0;
            boolean unknown = false;
            BigDecimal acc = null;
            for (Object item : items) {
                if (item instanceof FeedRecord f) {
                    feed = f;
                } else {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) item;
                    member = m;
                }
                Boolean match = a.where() == null ? Boolean.TRUE : bool(eval(a.where()), a.where());
                if (match == null) {
                    unknown = true;
                    continue;
                }
                if (!match) {
                    if (a.kind() == Expr.AggregateKind.ALL) {
                        return false;
                    }
                    continue;
                }
                count++;
                if (item instanceof FeedRecord f) {
                    usedFeeds.add(f);
                }
                if (a.kind() == Expr.AggregateKind.ANY) {
                    return true;
                }
                if (a.value() != null) {
                    BigDecimal v = number(eval(a.value()), a.value());
                    if (v == null) {
                        unknown = true;
                    } else {
                        acc = acc == null ? v : switch (a.kind()) {
                            case SUM -> acc.add(v);
                            case MAX -> acc.max(v);
                            case MIN -> acc.min(v);
                            default -> acc;
                        };
                    }
                }
            }
            return switch (a.kind()) {
                case ANY -> unknown ? null : false;
                case ALL -> unknown ? null : true;
                case COUNT -> BigDecimal.valueOf(count);
                case SUM -> unknown ? null : acc == null ? BigDecimal.ZERO : acc;
                case MAX, MIN -> unknown ? null : acc;
            };
        } finally {
            member = outerMember;
            feed = outerFeed;
        }
    }

    /** The subject's feed records of the aggregate's item (and window), about the current member if inside one. */
    private List<FeedRecord> feedsFor(Expr.Aggregate a) {
        LocalDate from = a.months() == null ? null : subject.date().minusMonths(a.months());
        String idNumber = member == null ? null : (String) member.get("id_number");
        return subject.feeds().stream()
                .filter(f -> f.item().equals(a.itemCode()))
                .filter(f -> from == null || (f.date().isAfter(from) && !f.date().isAfter(subject.date())))
                .filter(f -> idNumber == null || idNumber.equals(f.idNumber()))
                .toList();
    }

    private Object field(Expr.Field f) {
        List<String> path = f.path();
        if (path.size() != 2) {
            throw new EvaluationError(f.position(), "a field is written scope.name (household., member. or feed.), not '"
                    + f.name() + "'");
        }
        String name = path.get(1);
        Object value = switch (path.get(0)) {
            case "household" -> known(subject.household(), name, f);
            case "member" -> {
                if (member == null) {
                    throw new EvaluationError(f.position(), "'" + f.name() + "' is only defined inside 'any/all/count member'");
                }
                yield known(member, name, f);
            }
            case "feed" -> {
                if (feed == null) {
                    throw new EvaluationError(f.position(), "'" + f.name() + "' is only defined inside an aggregate over feed");
                }
                yield switch (name) {
                    case "value" -> feed.value();
                    case "text" -> feed.text();
                    case "date" -> feed.date();
                    case "department" -> feed.department();
                    default -> throw new EvaluationError(f.position(), "a feed record has no field '" + name + "'");
                };
            }
            default -> throw new EvaluationError(f.position(), "unknown scope '" + path.get(0) + "' (household, member, feed)");
        };
        if (value == null) {
            unknowns.add(f.name() + " (" + f.position() + ")");
        }
        return value instanceof Integer || value instanceof Long ? new BigDecimal(value.toString()) : value;
    }

    private static Object known(Map<String, Object> fields, String name, Expr.Field f) {
        if (!fields.containsKey(name)) {
            throw new EvaluationError(f.position(), "unknown field '" + f.name() + "'");
        }
        return fields.get(name);
    }

    private static Boolean bool(Object v, Expr at) {
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        throw new EvaluationError(at.position(), "expected true or false, got a " + typeName(v));
    }

    private static BigDecimal number(Object v, Expr at) {
        if (v == null || v instanceof BigDecimal) {
            return (BigDecimal) v;
        }
        throw new EvaluationError(at.position(), "expected a number, got a " + typeName(v));
    }

    private static boolean same(Object a, Object b) {
        return a instanceof BigDecimal x && b instanceof BigDecimal y ? x.compareTo(y) == 0 : Objects.equals(a, b);
    }

    private void record(Position at, Expr left, Object l, String op, Expr right, Object r, Boolean result) {
        comparisons.add(new Comparison(at, describe(left), l, op, describe(right), r, result));
    }

    private static String describe(Expr e) {
        return switch (e) {
            case Expr.Field f -> f.name();
            case Expr.Param p -> "param " + p.name();
            case Expr.Literal l -> String.valueOf(l.value());
            case Expr.Aggregate a -> a.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + a.item()
                    + (a.itemCode() == null ? "" : " " + a.itemCode());
            default -> "(expression at " + e.position() + ")";
        };
    }

    private static String typeName(Object v) {
        return switch (v) {
            case BigDecimal n -> "number";
            case String s -> "text";
            case Boolean b -> "boolean";
            case LocalDate d -> "date";
            default -> v.getClass().getSimpleName();
        };
    }

    /** A condition that cannot be evaluated on this subject. */
    private static final class EvaluationError extends RuntimeException {
        private final Position position;

        EvaluationError(Position position, String message) {
            super(message, null, false, false);
            this.position = position;
        }
    }
}
