// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

import java.util.List;

/**
 * The abstract syntax of rule conditions. One tree is the input of every back end (evaluator with
 * explanations, SQL compilers, the columnar engine), so it is closed: a back end's
 * {@code switch} over it is checked for completeness by the compiler.
 */
public sealed interface Expr {

    Position position();

    /** A number ({@link java.math.BigDecimal}), text, boolean or {@code null}. */
    record Literal(Object value, Position position) implements Expr {
    }

    /** A field of the current item: {@code household.category}, {@code member.age}, {@code feed.value}. */
    record Field(List<String> path, Position position) implements Expr {
        public String name() {
            return String.join(".", path);
        }
    }

    /** A versioned policy parameter: {@code param monitoring_line}, resolved for the screening year. */
    record Param(String name, Position position) implements Expr {
    }

    /** {@code not x}, {@code -x}. */
    record Unary(UnaryOp op, Expr operand, Position position) implements Expr {
    }

    /** Arithmetic, comparison and logical operators. */
    record Binary(BinaryOp op, Expr left, Expr right, Position position) implements Expr {
    }

    /** {@code x in (a, b, c)}. */
    record In(Expr value, List<Expr> options, Position position) implements Expr {
    }

    /** {@code x is null}, {@code x is not null}: the only way to test for a missing value. */
    record IsNull(Expr value, boolean negated, Position position) implements Expr {
    }

    /**
     * An aggregate over the household's members or its department feed records:
     * {@code any member where member.age < 16}, {@code sum(feed.value) of feed YB02 within 12 months}.
     *
     * @param item      {@code member} or {@code feed}
     * @param itemCode  for feeds, the data item ({@code YB02}); otherwise {@code null}
     * @param months    for feeds, the window back from the screening date; otherwise {@code null}
     * @param where     filter on each item, or {@code null}
     * @param value     the summed or compared expression for {@code sum}/{@code max}/{@code min}, else {@code null}
     */
    record Aggregate(AggregateKind kind, String item, String itemCode, Integer months, Expr where, Expr value,
                     Position position) implements Expr {
    }

    /** Operators with one operand. */
    enum UnaryOp { NOT, NEGATE }

    /** Operators with two operands, in the language's spelling. */
    enum BinaryOp {
        OR("or"), AND("and"), EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">="),
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/");

        private final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** Aggregates. */
    enum AggregateKind { ANY, ALL, COUNT, SUM, MAX, MIN }
}
