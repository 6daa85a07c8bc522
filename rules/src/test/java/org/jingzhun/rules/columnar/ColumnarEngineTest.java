// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jingzhun.rules.columnar.Differential.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jingzhun.rules.Evaluation.Status;
import org.jingzhun.rules.Evaluator;
import org.jingzhun.rules.Expr.BinaryOp;
import org.jingzhun.rules.Parser;
import org.jingzhun.rules.RandomSubjects;
import org.jingzhun.rules.Rule;
import org.jingzhun.rules.RuleFile;
import org.junit.jupiter.api.Test;

class ColumnarEngineTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 1);
    private static final Map<String, BigDecimal> PARAMS = Differential.decimals(RandomSubjects.params());

    private static Set<String> items(String condition) {
        List<Set<String>> alternatives = Requirements.of(Parser.parse(condition));
        return alternatives.isEmpty() ? null : alternatives.getFirst();
    }

    @Test
    void aRuleNeedingFeedItemsIsAppliedOnlyToHouseholdsThatHaveThem() {
        assertThat(items("any member where member.age between 6 and 15 and (any feed JY01 within 12 months)"))
                .containsExactly("JY01");
        assertThat(items("household.category = 'ORDINARY' and (any feed SC01)")).containsExactly("SC01");
        assertThat(items("(any feed RS01) or (any member where (any feed RS02))"))
                .containsExactlyInAnyOrder("RS01", "RS02");
        assertThat(Requirements.of(Parser.parse("(any feed YB01) and (any feed YB02)"))).hasSize(2);
        assertThat(items("household.reference_income < 7900")).isNull();
        assertThat(items("(any feed RS01) or household.dibao")).isNull();
        assertThat(items("not (any feed RS01)")).isNull();
        assertThat(items("all member where (any feed GA01)")).isNull();
        assertThat(items("(count feed GA01) = 0")).isNull();
        List<Rule> defaults = RuleFile.defaults();
        ColumnarEngine engine = ColumnarEngine.compile(defaults, PARAMS, DATE);
        long sparse = java.util.stream.IntStream.range(0, defaults.size())
                .filter(r -> !engine.requirement(r).isEmpty()).count();
        assertThat(sparse).as("default rules visiting only households with feed records").isEqualTo(18);
    }

    @Test
    void fixedPointArithmeticRoundsLikeTheEvaluator() {
        Random random = new Random(1);
        BinaryOp[] ops = {BinaryOp.ADD, BinaryOp.SUBTRACT, BinaryOp.MULTIPLY, BinaryOp.DIVIDE};
        int overflows = 0;
        for (int i = 0; i < 200_000; i++) {
            BigDecimal a = BigDecimal.valueOf(random.nextLong(-20_000_000_000L, 20_000_000_000L), random.nextInt(5));
            BigDecimal b = BigDecimal.valueOf(random.nextLong(-2_000_000L, 2_000_000L), random.nextInt(5));
            if (i % 2 == 0) {
                BigDecimal t = a;
                a = b;
                b = t;
            }
            BinaryOp op = ops[random.nextInt(4)];
            if (op == BinaryOp.DIVIDE && b.signum() == 0) {
                continue;
            }
            long x = NumberColumn.fromDecimal(a);
            long y = NumberColumn.fromDecimal(b);
            BigDecimal expected = Evaluator.arithmetic(op, a, b).setScale(4, RoundingMode.UNNECESSARY);
            long got;
            try {
                got = switch (op) {
                    case ADD -> Fixed.add(x, y);
                    case SUBTRACT -> Fixed.subtract(x, y);
                    case MULTIPLY -> Fixed.multiply(x, y);
                    default -> Fixed.divide(x, y);
                };
            } catch (Fixed.Overflow e) {
                assertThat(expected.unscaledValue().bitLength()).as(a + " " + op.symbol() + " " + b).isGreaterThan(62);
                overflows++;
                continue;
            }
            assertThat(BigDecimal.valueOf(got, 4)).as(a + " " + op.symbol() + " " + b).isEqualTo(expected);
        }
        assertThat(overflows).as("results too large for a long").isBetween(1, 20_000);
    }

    @Test
    void findingsArriveInHouseholdOrderWithinABlockAndProgressReachesTheTotal() {
        Snapshot snapshot = Snapshot.fromSubjects(RandomSubjects.generate(4L, 40_000));
        ColumnarEngine engine = ColumnarEngine.compile(RuleFile.defaults(), PARAMS, DATE);
        Progress progress = new Progress();
        List<long[]> findings = new ArrayList<>();
        Summary summary = engine.run(snapshot, 2, (h, r, s) -> findings.add(new long[] {h, r}), progress);
        assertThat(progress.done()).isEqualTo(40_000);
        assertThat(progress.total()).isEqualTo(40_000);
        assertThat(summary.cancelled()).isFalse();
        assertThat(findings).hasSize((int) (summary.totalHits() + summary.totalErrors()));
        for (int i = 1; i < findings.size(); i++) {
            long[] a = findings.get(i - 1);
            long[] b = findings.get(i);
            if (a[0] / ColumnarEngine.BLOCK == b[0] / ColumnarEngine.BLOCK) {
                assertThat(a[0] < b[0] || a[0] == b[0] && a[1] < b[1]).as("order at " + i).isTrue();
            }
        }
    }

    @Test
    void aCancelledScreeningStopsAfterTheBlocksUnderWay() {
        Snapshot snapshot = Snapshot.fromSubjects(RandomSubjects.generate(4L, 3 * ColumnarEngine.BLOCK));
        ColumnarEngine engine = ColumnarEngine.compile(List.of(rule("ANY", "household.size > 0")), PARAMS, DATE);
        Progress progress = new Progress();
        Summary summary = engine.run(snapshot, 1, (h, r, s) -> progress.cancel(), progress);
        assertThat(summary.cancelled()).isTrue();
        assertThat(summary.householdsScreened()).isEqualTo(ColumnarEngine.BLOCK);
        assertThat(summary.hits(0)).isEqualTo(ColumnarEngine.BLOCK);
        assertThat(progress.done()).isEqualTo(ColumnarEngine.BLOCK);
    }

    @Test
    void aMissingValueMakesAnErrorAndNotANoHit() {
        Snapshot snapshot = Snapshot.fromSubjects(RandomSubjects.generate(8L, 500));
        ColumnarEngine engine = ColumnarEngine.compile(
                List.of(rule("INCOME", "household.reference_income < param monitoring_line")), PARAMS, DATE);
        List<Status> statuses = new ArrayList<>();
        engine.run(snapshot, 1, (h, r, s) -> {
            if (snapshot.subject(h, engine.evaluatorParams(), DATE).household().get("reference_income") == null) {
                statuses.add(s);
            }
        }, null);
        assertThat(statuses).isNotEmpty().containsOnly(Status.ERROR);
    }
}
