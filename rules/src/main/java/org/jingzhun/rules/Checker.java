// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a parsed condition against the {@link Catalog} before a rule may be activated: every
 * field, item and parameter exists, scopes are used where they are defined (a member's fields
 * inside {@code any member}, a feed's inside an aggregate over feed), operand types match, text
 * literals compared with a vocabulary field are among its values, and the condition is true or
 * false. A checked rule cannot fail on types in any back end; only missing data can make it an
 * error.
 */
public final class Checker {

    /** One problem, with where it is. */
    public record Problem(Position position, String message) {
        @Override
        public String toString() {
            return position + ": " + message;
        }
    }

    private final List<Problem> problems = new ArrayList<>();

    private Checker() {
    }

    /** All problems of a condition; empty when it may be activated. */
    public static List<Problem> check(Expr condition) {
        Checker c = new Checker();
        FieldType t = c.type(condition, false, false);
        if (t != null && t != FieldType.BOOLEAN) {
            c.problem(condition, "a condition must be true or false, this is a " + name(t));
        }
        return List.copyOf(c.problems);
    }

    /** Parses and checks; throws {@link RuleSyntaxException} at the first problem. */
    public static Expr parseChecked(String text) {
        Expr e = Parser.parse(text);
        List<Problem> found = check(e);
        if (!found.isEmpty()) {
            throw new RuleSyntaxException(found.getFirst().position(), found.getFirst().message());
        }
        return e;
    }

    /** The type of an expression, or null when it is a null literal or already wrong (reported). */
    private FieldType type(Expr e, boolean inMember, boolean inFeed) {
        return switch (e) {
            case Expr.Literal l -> switch (l.value()) {
                case null -> null;
                case BigDecimal n -> FieldType.NUMBER;
                case String s -> FieldType.TEXT;
                case Boolean b -> FieldType.BOOLEAN;
                default -> FieldType.DATE;
            };
            case Expr.Field f -> field(f, inMember, inFeed);
            case Expr.Param p -> {
                if (!Catalog.params().containsKey(p.name())) {
                    problem(p, "unknown parameter '" + p.name() + "'; known: " + String.join(", ",
                            new java.util.TreeSet<>(Catalog.params().keySet())));
                }
                yield FieldType.NUMBER;
            }
            case Expr.Unary u -> {
                FieldType want = u.op() == Expr.UnaryOp.NOT ? FieldType.BOOLEAN : FieldType.NUMBER;
                expect(u.operand(), type(u.operand(), inMember, inFeed), want);
                yield want;
            }
            case Expr.Binary b -> binary(b, inMember, inFeed);
            case Expr.In in -> {
                FieldType t = type(in.value(), inMember, inFeed);
                for (Expr option : in.options()) {
                    comparable(in.value(), t, option, type(option, inMember, inFeed));
                }
                yield FieldType.BOOLEAN;
            }
            case Expr.IsNull n -> {
                type(n.value(), inMember, inFeed);
                yield FieldType.BOOLEAN;
            }
            case Expr.Aggregate a -> aggregate(a, inMember, inFeed);
        };
    }

    private FieldType binary(Expr.Binary b, boolean inMember, boolean inFeed) {
        FieldType l = type(b.left(), inMember, inFeed);
        FieldType r = type(b.right(), inMember, inFeed);
        switch (b.op()) {
            case AND, OR -> {
                expect(b.left(), l, FieldType.BOOLEAN);
                expect(b.right(), r, FieldType.BOOLEAN);
                return FieldType.BOOLEAN;
            }
            case ADD, SUBTRACT, MULTIPLY, DIVIDE -> {
                expect(b.left(), l, FieldType.NUMBER);
                expect(b.right(), r, FieldType.NUMBER);
                return FieldType.NUMBER;
            }
            case EQ, NE -> {
                comparable(b.left(), l, b.right(), r);
                return FieldType.BOOLEAN;
            }
            default -> {
                if (l != null && l != FieldType.NUMBER && l != FieldType.DATE) {
                    problem(b.left(), "'" + b.op().symbol() + "' compares numbers or dates, not a " + name(l));
                } else {
                    comparable(b.left(), l, b.right(), r);
                }
                return FieldType.BOOLEAN;
            }
        }
    }

    private FieldType aggregate(Expr.Aggregate a, boolean inMember, boolean inFeed) {
        boolean member = a.item().equals("member");
        if (member && (inMember || inFeed)) {
            problem(a, "an aggregate over members cannot be nested inside another aggregate");
        }
        if (!member && inFeed) {
            problem(a, "an aggregate over feed records cannot be nested inside another one");
        }
        if (!member && !Catalog.items().containsKey(a.itemCode())) {
            problem(a, "unknown data item '" + a.itemCode() + "'; known: " + String.join(", ", Catalog.items().keySet()));
        }
        if (a.months() != null && (a.months() < 1 || a.months() > 120)) {
            problem(a, "a window is 1 to 120 months, not " + a.months());
        }
        boolean nextMember = inMember || member;
        boolean nextFeed = !member;
        if (a.where() != null) {
            expect(a.where(), type(a.where(), nextMember, nextFeed), FieldType.BOOLEAN);
        }
        if (a.value() != null) {
            expect(a.value(), type(a.value(), nextMember, nextFeed), FieldType.NUMBER);
        }
        return switch (a.kind()) {
            case ANY, ALL -> FieldType.BOOLEAN;
            default -> FieldType.NUMBER;
        };
    }

    private FieldType field(Expr.Field f, boolean inMember, boolean inFeed) {
        if (f.path().size() != 2) {
            problem(f, "a field is written scope.name (household., member. or feed.), not '" + f.name() + "'");
            return null;
        }
        String scope = f.path().get(0);
        if (scope.equals("member") && !inMember) {
            problem(f, "'" + f.name() + "' is only defined inside 'any/all/count member'");
        } else if (scope.equals("feed") && !inFeed) {
            problem(f, "'" + f.name() + "' is only defined inside an aggregate over feed");
        }
        Catalog.FieldDef def = Catalog.field(scope, f.path().get(1));
        if (def == null) {
            problem(f, "unknown field '" + f.name() + "'");
            return null;
        }
        return def.type();
    }

    private void comparable(Expr left, FieldType l, Expr right, FieldType r) {
        if (l == null && left instanceof Expr.Literal || r == null && right instanceof Expr.Literal) {
            problem(left, "compare with null using 'is null' or 'is not null'");
            return;
        }
        if (l != null && r != null && l != r) {
            problem(right, "cannot compare a " + name(l) + " with a " + name(r));
            return;
        }
        vocabulary(left, right);
        vocabulary(right, left);
    }

    /** A text literal compared with a vocabulary field must be one of its values. */
    private void vocabulary(Expr field, Expr literal) {
        if (field instanceof Expr.Field f && f.path().size() == 2 && literal instanceof Expr.Literal l
                && l.value() instanceof String s) {
            Catalog.FieldDef def = Catalog.field(f.path().get(0), f.path().get(1));
            if (def != null && def.values() != null && !def.values().contains(s)) {
                problem(literal, "'" + s + "' is not a value of " + f.name() + "; values: "
                        + String.join(", ", new java.util.TreeSet<>(def.values())));
            }
        }
    }

    private void expect(Expr at, FieldType actual, FieldType wanted) {
        if (actual == null && at instanceof Expr.Literal) {
            problem(at, "null is not a " + name(wanted) + "; test for missing values with 'is null'");
        } else if (actual != null && actual != wanted) {
            problem(at, "expected a " + name(wanted) + ", got a " + name(actual));
        }
    }

    private void problem(Expr at, String message) {
        problems.add(new Problem(at.position(), message));
    }

    private static String name(FieldType t) {
        return switch (t) {
            case NUMBER -> "number";
            case TEXT -> "text";
            case BOOLEAN -> "true/false value";
            case DATE -> "date";
        };
    }
}
