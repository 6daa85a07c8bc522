// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.jingzhun.rules.Expr.AggregateKind;
import org.jingzhun.rules.Expr.BinaryOp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserTest {

    /** A compact rendering of the tree, to compare whole parses at a glance. */
    static String show(Expr e) {
        return switch (e) {
            case Expr.Literal l -> l.value() == null ? "null" : l.value() instanceof String s ? "'" + s + "'" : l.value().toString();
            case Expr.Field f -> f.name();
            case Expr.Param p -> "param:" + p.name();
            case Expr.Unary u -> "(" + u.op().name().toLowerCase() + " " + show(u.operand()) + ")";
            case Expr.Binary b -> "(" + show(b.left()) + " " + b.op().symbol() + " " + show(b.right()) + ")";
            case Expr.In in -> "(" + show(in.value()) + " in " + in.options().stream().map(ParserTest::show).toList() + ")";
            case Expr.IsNull n -> "(" + show(n.value()) + (n.negated() ? " is not null)" : " is null)");
            case Expr.Aggregate a -> "(" + a.kind().name().toLowerCase() + (a.value() == null ? "" : "[" + show(a.value()) + "]")
                    + " " + a.item() + (a.itemCode() == null ? "" : " " + a.itemCode())
                    + (a.months() == null ? "" : " " + a.months() + "m")
                    + (a.where() == null ? "" : " where " + show(a.where())) + ")";
        };
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "a or b and c                      | (a or (b and c))",
            "not a and b                       | ((not a) and b)",
            "1 + 2 * 3 - 4                     | ((1 + (2 * 3)) - 4)",
            "-x < 0                            | ((negate x) < 0)",
            "a.b.c >= param monitoring_line    | (a.b.c >= param:monitoring_line)",
            "x between 6 and 15                | ((x >= 6) and (x <= 15))",
            "x in ('EXITED', 'MONITORED')      | (x in ['EXITED', 'MONITORED'])",
            "x is not null or y is null        | ((x is not null) or (y is null))",
            "x != 1                            | (x <> 1)",
            "(a or b) and c                    | ((a or b) and c)",
            "1_000.50 = 1000.5                 | (1000.50 = 1000.5)",
            "'it''s' = \"q\"                   | ('it's' = 'q')"})
    void parsesWithTheUsualPrecedence(String text, String tree) {
        assertThat(show(Parser.parse(text))).isEqualTo(tree);
    }

    @Test
    void parsesAggregatesOverMembersAndFeeds() {
        Expr e = Parser.parse("""
                # dropout of compulsory-school age
                any member where member.age between 6 and 15 and member.school_status = 'DROPOUT'
                """);
        assertThat(show(e)).isEqualTo(
                "(any member where (((member.age >= 6) and (member.age <= 15)) and (member.school_status = 'DROPOUT')))");
        Expr sum = Parser.parse("sum(feed.value) of feed yb02 within 12 months > param medical_yearly_limit");
        assertThat(sum).isInstanceOfSatisfying(Expr.Binary.class, b -> {
            assertThat(b.op()).isEqualTo(BinaryOp.GT);
            assertThat(b.left()).isInstanceOfSatisfying(Expr.Aggregate.class, a -> {
                assertThat(a.kind()).isEqualTo(AggregateKind.SUM);
                assertThat(a.itemCode()).isEqualTo("YB02");
                assertThat(a.months()).isEqualTo(12);
                assertThat(a.value()).isEqualTo(new Expr.Field(List.of("feed", "value"), new Position(1, 5)));
            });
        });
        assertThat(show(Parser.parse("(count feed GA01) > 0 and household.size > 1")))
                .isEqualTo("(((count feed GA01) > 0) and (household.size > 1))");
    }

    @Test
    void keepsPositionsForExplanationsAndErrors() {
        Expr e = Parser.parse("a = 1 and\n  b > 2");
        assertThat(e).isInstanceOfSatisfying(Expr.Binary.class, b -> {
            assertThat(b.position()).isEqualTo(new Position(1, 7));
            assertThat(b.right().position()).isEqualTo(new Position(2, 5));
            assertThat(((Expr.Binary) b.right()).left().position()).isEqualTo(new Position(2, 3));
        });
        assertThat(((Expr.Binary) Parser.parse("x = 2.5")).right()).isEqualTo(new Expr.Literal(new BigDecimal("2.5"), new Position(1, 5)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "a = 1 and                     | 1 | 10 | ends too early",
            "a = (1 + 2                    | 1 | 11 | expected ')'",
            "a = 1 b                       | 1 | 7  | after a complete condition",
            "any household where x         | 1 | 5  | 'member' or 'feed'",
            "count feed within 12 months   | 1 | 12 | data item code",
            "count feed YB01 within x      | 1 | 24 | whole number of months",
            "sum(feed.value) feed YB02     | 1 | 17 | expected 'of'",
            "param 12 > 1                  | 1 | 7  | parameter name",
            "x between 1 or 2              | 1 | 13 | expected 'and'",
            "a = 'open                     | 1 | 5  | no closing",
            "a ? b                         | 1 | 3  | unexpected character",
            "x is 3                        | 1 | 6  | expected 'null'"})
    void pointsAtTheLineAndColumnOfASyntaxError(String text, int line, int column, String message) {
        assertThatThrownBy(() -> Parser.parse(text))
                .isInstanceOfSatisfying(RuleSyntaxException.class, e -> {
                    assertThat(e.position()).isEqualTo(new Position(line, column));
                    assertThat(e.getMessage()).contains(message);
                });
    }

    @Test
    void reportsErrorsOnLaterLines() {
        assertThatThrownBy(() -> Parser.parse("# a comment\nhousehold.size > 1\n  and and"))
                .isInstanceOfSatisfying(RuleSyntaxException.class,
                        e -> assertThat(e.position()).isEqualTo(new Position(3, 7)));
    }
}
