// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.rules.Evaluation.Status;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static final LocalDate SCREENING = LocalDate.of(2026, 11, 1);
    private static final Map<String, Object> PARAMS = Map.of(
            "monitoring_line", new BigDecimal("7900"),
            "stay_limit_exited", new BigDecimal("6000"),
            "stay_limit_other", new BigDecimal("10000"));

    private static Map<String, Object> household(String category, String income) {
        Map<String, Object> h = new HashMap<>();
        h.put("category", category);
        h.put("reference_income", income == null ? null : new BigDecimal(income));
        h.put("size", 3);
        return h;
    }

    private static Map<String, Object> member(String id, int age, String school) {
        return Map.of("id_number", id, "age", age, "school_status", school);
    }

    private static FeedRecord yb01(String id, String date, String amount) {
        return new FeedRecord("YB", "r-" + date, id, "YB01", LocalDate.parse(date), new BigDecimal(amount), null);
    }

    private static Evaluation run(String condition, Map<String, Object> household, List<Map<String, Object>> members,
                                  List<FeedRecord> feeds) {
        return Evaluator.evaluate(Parser.parse(condition), new Subject(household, members, feeds, PARAMS, SCREENING));
    }

    @Test
    void flagsIncomeBelowTheLineAndShowsTheValuesCompared() {
        Evaluation e = run("household.reference_income < param monitoring_line", household("ORDINARY", "7899.99"),
                List.of(), List.of());
        assertThat(e.status()).isEqualTo(Status.HIT);
        assertThat(e.comparisons()).singleElement().satisfies(c -> {
            assertThat(c.left()).isEqualTo("household.reference_income");
            assertThat(c.leftValue()).isEqualTo(new BigDecimal("7899.99"));
            assertThat(c.right()).isEqualTo("param monitoring_line");
            assertThat(c.rightValue()).isEqualTo(new BigDecimal("7900"));
            assertThat(c.result()).isTrue();
        });
        assertThat(run("household.reference_income < param monitoring_line", household("ORDINARY", "7900"), List.of(),
                List.of()).status()).isEqualTo(Status.NO_HIT);
    }

    @Test
    void missingDataIsAnErrorNamingWhatIsMissingNeverANoHit() {
        Evaluation e = run("household.reference_income < param monitoring_line", household("ORDINARY", null), List.of(),
                List.of());
        assertThat(e.status()).isEqualTo(Status.ERROR);
        assertThat(e.error()).contains("household.reference_income");
    }

    @Test
    void falseAndUnknownIsFalseButTrueAndUnknownIsUnknown() {
        assertThat(run("household.category = 'EXITED' and household.reference_income < 1",
                household("ORDINARY", null), List.of(), List.of()).status()).isEqualTo(Status.NO_HIT);
        assertThat(run("household.category = 'ORDINARY' and household.reference_income < 1",
                household("ORDINARY", null), List.of(), List.of()).status()).isEqualTo(Status.ERROR);
        assertThat(run("household.reference_income is null", household("ORDINARY", null), List.of(), List.of())
                .status()).isEqualTo(Status.HIT);
    }

    @Test
    void aggregatesOverMembersFindADropoutOfCompulsorySchoolAge() {
        String rule = "any member where member.age between 6 and 15 and member.school_status = 'DROPOUT'";
        List<Map<String, Object>> members = List.of(member("a", 40, "NOT_IN_SCHOOL"), member("b", 12, "DROPOUT"));
        assertThat(run(rule, household("ORDINARY", "9000"), members, List.of()).status()).isEqualTo(Status.HIT);
        List<Map<String, Object>> older = List.of(member("a", 40, "NOT_IN_SCHOOL"), member("b", 16, "DROPOUT"));
        assertThat(run(rule, household("ORDINARY", "9000"), older, List.of()).status()).isEqualTo(Status.NO_HIT);
    }

    @Test
    void feedWindowsCountBackFromTheScreeningDateAndTheRecordsUsedAreKept() {
        String rule = """
                any member where (any feed YB01 within 12 months where feed.value >
                    (param stay_limit_exited))
                """;
        List<Map<String, Object>> members = List.of(member("p1", 50, "NOT_IN_SCHOOL"));
        FeedRecord recent = yb01("p1", "2026-03-01", "6000.01");
        FeedRecord old = yb01("p1", "2025-10-31", "90000");
        Evaluation hit = run(rule, household("EXITED", "9000"), members, List.of(old, recent));
        assertThat(hit.status()).isEqualTo(Status.HIT);
        assertThat(hit.feeds()).containsExactly(recent);
        Evaluation boundary = run(rule, household("EXITED", "9000"), members, List.of(yb01("p1", "2026-03-01", "6000")));
        assertThat(boundary.status()).isEqualTo(Status.NO_HIT);
        assertThat(run(rule, household("EXITED", "9000"), members, List.of(old)).status()).isEqualTo(Status.NO_HIT);
        // a record about someone else does not count for this member
        assertThat(run(rule, household("EXITED", "9000"), members, List.of(yb01("p2", "2026-03-01", "9000"))).status())
                .isEqualTo(Status.NO_HIT);
    }

    @Test
    void sumsAndCountsFeedRecords() {
        List<FeedRecord> feeds = List.of(yb01("p1", "2026-01-01", "100"), yb01("p1", "2026-02-01", "250.5"));
        assertThat(run("sum(feed.value) of feed YB01 within 12 months = 350.5", household("ORDINARY", "1"), List.of(), feeds)
                .status()).isEqualTo(Status.HIT);
        assertThat(run("count feed YB01 = 2 and count feed YB02 = 0", household("ORDINARY", "1"), List.of(), feeds)
                .status()).isEqualTo(Status.HIT);
    }

    @Test
    void whatCannotBeEvaluatedIsAnErrorWithItsPosition() {
        Evaluation unknownField = run("household.incme < 1", household("ORDINARY", "1"), List.of(), List.of());
        assertThat(unknownField.status()).isEqualTo(Status.ERROR);
        assertThat(unknownField.error()).contains("unknown field 'household.incme'");
        assertThat(unknownField.errorPosition()).isEqualTo(new Position(1, 1));

        Evaluation noParam = run("household.size > param missing_line", household("ORDINARY", "1"), List.of(), List.of());
        assertThat(noParam.status()).isEqualTo(Status.ERROR);
        assertThat(noParam.error()).contains("missing_line");
        assertThat(noParam.errorPosition()).isEqualTo(new Position(1, 18));

        assertThat(run("household.size / 0 > 1", household("ORDINARY", "1"), List.of(), List.of()).error())
                .contains("division by zero");
        assertThat(run("household.category > 1", household("ORDINARY", "1"), List.of(), List.of()).error())
                .contains("two numbers");
        assertThat(run("household.size", household("ORDINARY", "1"), List.of(), List.of()).error())
                .contains("not true or false");
        assertThat(run("member.age > 1", household("ORDINARY", "1"), List.of(), List.of()).error())
                .contains("only defined inside");
    }
}
