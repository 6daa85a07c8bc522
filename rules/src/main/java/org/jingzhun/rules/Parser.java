// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jingzhun.rules.Expr.AggregateKind;
import org.jingzhun.rules.Expr.BinaryOp;
import org.jingzhun.rules.Lexer.Token;
import org.jingzhun.rules.Lexer.Type;

/**
 * Parses a rule condition into an {@link Expr}. The language, by precedence from loosest:
 * {@code or}, {@code and}, {@code not}, comparisons ({@code = <> < <= > >=}, {@code in (…)},
 * {@code between … and …}, {@code is [not] null}), {@code + -}, {@code * /}, unary minus, and
 * primaries: numbers, {@code 'text'}, {@code true false null}, {@code param name}, field paths
 * ({@code household.category}), parentheses, and aggregates:
 * <pre>
 *   any member where member.age between 6 and 15 and member.school_status = 'DROPOUT'
 *   count feed YB01 within 12 months
 *   sum(feed.value) of feed YB02 within 12 months
 * </pre>
 * A {@code where} clause extends as far as it can; parenthesise an aggregate to combine it.
 * {@code #} starts a comment. Errors give the line and column.
 */
public final class Parser {

    private static final Set<String> ITEMS = Set.of("member", "feed");
    private static final Set<String> RESERVED = Set.of("and", "or", "not", "in", "is", "null", "true", "false",
            "between", "param", "any", "all", "count", "sum", "max", "min", "of", "where", "within", "months");

    private final List<Token> tokens;
    private int p;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses a whole condition; anything left over is an error. */
    public static Expr parse(String text) {
        Parser parser = new Parser(Lexer.tokens(text));
        Expr e = parser.or();
        Token rest = parser.peek();
        if (rest.type() != Type.END) {
            throw new RuleSyntaxException(rest.position(), "unexpected '" + rest.text() + "' after a complete condition");
        }
        return e;
    }

    private Expr or() {
        Expr left = and();
        while (peek().is("or")) {
            Position at = next().position();
            left = new Expr.Binary(BinaryOp.OR, left, and(), at);
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (peek().is("and")) {
            Position at = next().position();
            left = new Expr.Binary(BinaryOp.AND, left, not(), at);
        }
        return left;
    }

    private Expr not() {
        if (peek().is("not")) {
            Position at = next().position();
            return new Expr.Unary(Expr.UnaryOp.NOT, not(), at);
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = additive();
        Token t = peek();
        for (BinaryOp op : List.of(BinaryOp.EQ, BinaryOp.NE, BinaryOp.LE, BinaryOp.GE, BinaryOp.LT, BinaryOp.GT)) {
            if (t.type() == Type.SYMBOL && t.text().equals(op.symbol())) {
                next();
                return new Expr.Binary(op, left, additive(), t.position());
            }
        }
        if (t.is("in")) {
            next();
            expect("(");
            List<Expr> options = new ArrayList<>();
            do {
                options.add(additive());
            } while (accept(","));
            expect(")");
            return new Expr.In(left, List.copyOf(options), t.position());
        }
        if (t.is("between")) {
            next();
            Expr low = additive();
            expectWord("and");
            Expr high = additive();
            return new Expr.Binary(BinaryOp.AND, new Expr.Binary(BinaryOp.GE, left, low, t.position()),
                    new Expr.Binary(BinaryOp.LE, left, high, t.position()), t.position());
        }
        if (t.is("is")) {
            next();
            boolean negated = acceptWord("not");
            expectWord("null");
            return new Expr.IsNull(left, negated, t.position());
        }
        return left;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (peek().is("+") || peek().is("-")) {
            Token t = next();
            left = new Expr.Binary(t.is("+") ? BinaryOp.ADD : BinaryOp.SUBTRACT, left, multiplicative(), t.position());
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (peek().is("*") || peek().is("/")) {
            Token t = next();
            left = new Expr.Binary(t.is("*") ? BinaryOp.MULTIPLY : BinaryOp.DIVIDE, left, unary(), t.position());
        }
        return left;
    }

    private Expr unary() {
        if (peek().is("-")) {
            Position at = next().position();
            return new Expr.Unary(Expr.UnaryOp.NEGATE, unary(), at);
        }
        return primary();
    }

    private Expr primary() {
        Token t = next();
        switch (t.type()) {
            case NUMBER -> {
                return new Expr.Literal(new BigDecimal(t.text()), t.position());
            }
            case STRING -> {
                return new Expr.Literal(t.text(), t.position());
            }
            case END -> throw new RuleSyntaxException(t.position(), "the condition ends too early");
            case SYMBOL -> {
                if (t.is("(")) {
                    Expr inner = or();
                    expect(")");
                    return inner;
                }
                throw new RuleSyntaxException(t.position(), "expected a value, found '" + t.text() + "'");
            }
            case IDENT -> {
                return identifier(t);
            }
            default -> throw new AssertionError(t);
        }
    }

    private Expr identifier(Token t) {
        String word = t.text().toLowerCase(java.util.Locale.ROOT);
        switch (word) {
            case "true", "false" -> {
                return new Expr.Literal(Boolean.valueOf(word), t.position());
            }
            case "null" -> {
                return new Expr.Literal(null, t.position());
            }
            case "param" -> {
                Token name = next();
                if (name.type() != Type.IDENT || RESERVED.contains(name.text().toLowerCase(java.util.Locale.ROOT))) {
                    throw new RuleSyntaxException(name.position(), "expected a parameter name after 'param'");
                }
                return new Expr.Param(name.text(), t.position());
            }
            case "any", "all", "count" -> {
                return aggregate(AggregateKind.valueOf(word.toUpperCase(java.util.Locale.ROOT)), null, t.position());
            }
            case "sum", "max", "min" -> {
                expect("(");
                Expr value = or();
                expect(")");
                expectWord("of");
                return aggregate(AggregateKind.valueOf(word.toUpperCase(java.util.Locale.ROOT)), value, t.position());
            }
            default -> {
                if (RESERVED.contains(word)) {
                    throw new RuleSyntaxException(t.position(), "expected a value, found the keyword '" + t.text() + "'");
                }
                List<String> path = new ArrayList<>(List.of(t.text()));
                while (accept(".")) {
                    Token part = next();
                    if (part.type() != Type.IDENT) {
                        throw new RuleSyntaxException(part.position(), "expected a field name after '.'");
                    }
                    path.add(part.text());
                }
                return new Expr.Field(List.copyOf(path), t.position());
            }
        }
    }

    private Expr aggregate(AggregateKind kind, Expr value, Position at) {
        Token item = next();
        String name = item.text().toLowerCase(java.util.Locale.ROOT);
        if (item.type() != Type.IDENT || !ITEMS.contains(name)) {
            throw new RuleSyntaxException(item.position(), "expected 'member' or 'feed' after '" + kind.name().toLowerCase(java.util.Locale.ROOT) + "'");
        }
        String code = null;
        Integer months = null;
        if (name.equals("feed")) {
            Token c = next();
            if (c.type() != Type.IDENT || RESERVED.contains(c.text().toLowerCase(java.util.Locale.ROOT))) {
                throw new RuleSyntaxException(c.position(), "expected a data item code such as YB01 after 'feed'");
            }
            code = c.text().toUpperCase(java.util.Locale.ROOT);
            if (acceptWord("within")) {
                Token n = next();
                if (n.type() != Type.NUMBER || n.text().contains(".")) {
                    throw new RuleSyntaxException(n.position(), "expected a whole number of months after 'within'");
                }
                months = Integer.valueOf(n.text());
                expectWord("months");
            }
        }
        Expr where = acceptWord("where") ? or() : null;
        return new Expr.Aggregate(kind, name, code, months, where, value, at);
    }

    private Token peek() {
        return tokens.get(p);
    }

    private Token next() {
        Token t = tokens.get(p);
        if (t.type() != Type.END) {
            p++;
        }
        return t;
    }

    private boolean accept(String symbol) {
        if (peek().type() == Type.SYMBOL && peek().text().equals(symbol)) {
            p++;
            return true;
        }
        return false;
    }

    private boolean acceptWord(String word) {
        if (peek().type() == Type.IDENT && peek().is(word)) {
            p++;
            return true;
        }
        return false;
    }

    private void expect(String symbol) {
        if (!accept(symbol)) {
            throw new RuleSyntaxException(peek().position(), "expected '" + symbol + "', found " + describe(peek()));
        }
    }

    private void expectWord(String word) {
        if (!acceptWord(word)) {
            throw new RuleSyntaxException(peek().position(), "expected '" + word + "', found " + describe(peek()));
        }
    }

    private static String describe(Token t) {
        return t.type() == Type.END ? "the end of the condition" : "'" + t.text() + "'";
    }
}
