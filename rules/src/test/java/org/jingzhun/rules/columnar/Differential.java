// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.rules.Evaluation;
import org.jingzhun.rules.Evaluation.Status;
import org.jingzhun.rules.Evaluator;
import org.jingzhun.rules.Parser;
import org.jingzhun.rules.Rule;
import org.jingzhun.rules.RuleKind;
import org.jingzhun.rules.Subject;

/** Runs the engine and the evaluator on the same subjects and reports every household × rule on which they differ. */
final class Differential {

    private Differential() {
    }

    /** A throwaway rule around a condition, for tests. */
    static Rule rule(String code, String condition) {
        return new Rule(code, 1, RuleKind.WARNING, null, null, code, code, condition, Parser.parse(condition));
    }

    static Map<String, BigDecimal> decimals(Map<String, Object> params) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, (BigDecimal) v));
        return out;
    }

    /** The engine's statuses, [household][rule], with NO_HIT where nothing was reported. */
    static Status[][] screen(Snapshot snapshot, ColumnarEngine engine, int threads) {
        Status[][] got = new Status[snapshot.households()][engine.rules().size()];
        for (Status[] row : got) {
            Arrays.fill(row, Status.NO_HIT);
        }
        List<String> duplicates = new ArrayList<>();
        Summary summary = engine.run(snapshot, threads, (h, r, status) -> {
            if (got[h][r] != Status.NO_HIT || status == Status.NO_HIT) {
                duplicates.add(h + "/" + r + " " + status);
            }
            got[h][r] = status;
        }, null);
        assertThat(duplicates).as("reported twice or reported a no-hit").isEmpty();
        assertThat(summary.householdsScreened()).isEqualTo(snapshot.households());
        for (int r = 0; r < engine.rules().size(); r++) {
            long hits = 0;
            long errors = 0;
            for (Status[] row : got) {
                hits += row[r] == Status.HIT ? 1 : 0;
                errors += row[r] == Status.ERROR ? 1 : 0;
            }
            assertThat(summary.hits(r)).as("hits of " + engine.rules().get(r).code()).isEqualTo(hits);
            assertThat(summary.errors(r)).as("errors of " + engine.rules().get(r).code()).isEqualTo(errors);
        }
        return got;
    }

    /**
     * Asserts that the engine on the snapshot of the subjects gives, for every household and rule, the
     * status the evaluator gives on the subject itself; returns the statuses per rule for further checks.
     */
    static int[][] assertAgree(List<Subject> subjects, List<Rule> rules, Map<String, Object> params, LocalDate date,
                               int threads) {
        Snapshot snapshot = Snapshot.fromSubjects(subjects);
        ColumnarEngine engine = ColumnarEngine.compile(rules, decimals(params), date);
        Status[][] got = screen(snapshot, engine, threads);
        int[][] counts = new int[rules.size()][Status.values().length];
        List<String> differences = new ArrayList<>();
        for (int h = 0; h < subjects.size(); h++) {
            Subject s = subjects.get(h);
            Subject withParams = new Subject(s.household(), s.members(), s.feeds(), params, date);
            for (int r = 0; r < rules.size(); r++) {
                Evaluation expected = Evaluator.evaluate(rules.get(r).condition(), withParams);
                counts[r][expected.status().ordinal()]++;
                if (expected.status() != got[h][r] && differences.size() < 20) {
                    differences.add("rule " + rules.get(r).code() + " on household " + h + ": evaluator "
                            + expected.status() + (expected.error() == null ? "" : " (" + expected.error() + ")")
                            + ", engine " + got[h][r] + "\n  condition: " + rules.get(r).conditionText()
                            + "\n  household: " + s.household() + "\n  members: " + s.members()
                            + "\n  feeds: " + s.feeds());
                }
            }
        }
        assertThat(differences).as("differences between the evaluator and the columnar engine").isEmpty();
        return counts;
    }
}
