// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.platform.web.NotFoundException;
import org.jingzhun.rules.Evaluation;
import org.jingzhun.rules.Evaluator;
import org.jingzhun.rules.Rule;
import org.jingzhun.rules.RuleKind;
import org.jingzhun.rules.columnar.Snapshot;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 试算规则: evaluates one rule — an active one by code, or a draft condition — on one household of the
 * caller's region, with its current registry entry and department records, and explains the result,
 * without storing anything. Lets a rule author see why a household would (not) be flagged.
 */
@Service
public class RuleTester {

    /** What a test shows: the status, the Chinese explanation and the values it compared. */
    public record TestResult(String householdId, String ruleCode, int ruleVersion, String status, String explanation,
                             Map<String, Object> inputs, LocalDate screeningDate, int parameterVersion) {
    }

    private final ScreeningQueries queries;
    private final RuleStore rules;
    private final ParameterStore parameters;
    private final SnapshotLoader loader;
    private final Clock clock;

    RuleTester(ScreeningQueries queries, RuleStore rules, ParameterStore parameters, SnapshotLoader loader, Clock clock) {
        this.queries = queries;
        this.rules = rules;
        this.parameters = parameters;
        this.loader = loader;
        this.clock = clock;
    }

    public TestResult test(String householdId, String code, String condition, LocalDate date) throws SQLException {
        if (householdId == null || householdId.isBlank()) {
            throw new BadRequestException("problem.rules.test-household");
        }
        String id = householdId.strip();
        queries.requireInScope(id);
        Rule rule;
        if (condition != null && !condition.isBlank()) {
            rule = RuleStore.validate(code == null || code.isBlank() ? "TEST" : code.strip(), 1,
                    new RuleStore.RuleDraft(RuleKind.WARNING, null, null, "试算", "试算规则", condition));
        } else if (code != null && !code.isBlank()) {
            rule = rules.active().rules().stream().filter(r -> r.code().equals(code.strip())).findFirst()
                    .orElseThrow(() -> new NotFoundException("problem.rules.not-found.title", "problem.rules.not-found", code));
        } else {
            throw new BadRequestException("problem.rules.test-rule");
        }
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        ParameterStore.ParameterVersion pv = parameters.current();
        Map<String, BigDecimal> params = ParameterStore.forYear(pv, day.getYear());
        Snapshot snapshot = loader.load(SnapshotLoader.Scope.households(List.of(id)), day, 16, n -> { });
        if (snapshot.households() != 1) {
            throw new NotFoundException("problem.household-not-found.title", "problem.household-not-found.detail", id);
        }
        Evaluation e = Evaluator.evaluate(rule.condition(), snapshot.subject(0, new HashMap<>(params), day));
        Explanations.Explained x = Explanations.explain(rule, e);
        return new TestResult(id, rule.code(), rule.version(), e.status().name(), x.text(), x.inputs(), day, pv.version());
    }
}
