// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.jingzhun.app.platform.db.CopyWriter;
import org.jingzhun.rules.Evaluation;
import org.jingzhun.rules.Evaluator;
import org.jingzhun.rules.FeedRecord;
import org.jingzhun.rules.Rule;
import org.jingzhun.rules.Subject;
import org.jingzhun.rules.columnar.Snapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Explains the bulk engine's hits: for each household with a finding, its subject is rebuilt from
 * the snapshot and the rule is evaluated once more by the {@link Evaluator}, which records the
 * values compared and the feed records used; the records' department ids are looked up in
 * batches. The evaluator must agree with the engine — a disagreement is a bug and is counted and
 * logged, never hidden (the engine's status is stored, with the evaluator's account).
 */
@Component
class HitExplainer {

    private static final Logger log = LoggerFactory.getLogger(HitExplainer.class);
    private static final int BATCH_HOUSEHOLDS = 20_000;

    private final DataSource dataSource;
    private final JsonMapper json;

    HitExplainer(DataSource dataSource, JsonMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** What explaining found. */
    record Outcome(long hits, long errors, long households, long disagreements) {
    }

    Outcome explain(Snapshot snapshot, HitList hits, List<Rule> rules, Map<String, BigDecimal> params, LocalDate date,
                    CopyWriter out, IntConsumer progress) throws SQLException {
        // record ids are looked up on a connection of their own: the caller's is busy with the COPY of findings
        try (Connection lookup = dataSource.getConnection()) {
            return explain(snapshot, hits, rules, params, date, out, progress, lookup);
        }
    }

    private Outcome explain(Snapshot snapshot, HitList hits, List<Rule> rules, Map<String, BigDecimal> params,
                            LocalDate date, CopyWriter out, IntConsumer progress, Connection lookup) throws SQLException {
        Map<String, Object> subjectParams = new HashMap<>(params);
        long hitCount = 0;
        long errorCount = 0;
        long households = 0;
        long disagreements = 0;
        int i = 0;
        while (i < hits.size()) {
            // one batch: whole households, so that each subject is built once
            List<Pending> batch = new ArrayList<>();
            Set<Long> seqs = new HashSet<>();
            int batchHouseholds = 0;
            while (i < hits.size() && batchHouseholds < BATCH_HOUSEHOLDS) {
                int h = hits.household(i);
                Subject subject = snapshot.subject(h, subjectParams, date);
                String category = (String) subject.household().get("category");
                String householdId = String.format("%016d", snapshot.key(h));
                for (; i < hits.size() && hits.household(i) == h; i++) {
                    Rule rule = rules.get(hits.rule(i));
                    Evaluation e = Evaluator.evaluate(rule.condition(), subject);
                    boolean hit = hits.status(i) == HitList.HIT;
                    Evaluation.Status expected = hit ? Evaluation.Status.HIT : Evaluation.Status.ERROR;
                    if (e.status() != expected) {
                        disagreements++;
                        log.error("Engine and evaluator disagree on rule {} for household {}: engine {}, evaluator {}",
                                rule.code(), householdId, expected, e.status());
                    }
                    for (FeedRecord f : e.feeds()) {
                        seqs.add(Long.parseLong(f.recordId()));
                    }
                    batch.add(new Pending(householdId, category, rule, hit, e));
                    if (hit) {
                        hitCount++;
                    } else {
                        errorCount++;
                    }
                }
                batchHouseholds++;
                households++;
            }
            Map<Long, String> recordIds = recordIds(lookup, seqs);
            for (Pending p : batch) {
                Evaluation e = withRecordIds(p.evaluation(), recordIds);
                Explanations.Explained x = Explanations.explain(p.rule(), e);
                FindingWriter.write(out, new FindingWriter.FindingRow(p.householdId(), p.rule().code(), p.rule().version(),
                        p.rule().kind().name(), p.hit() ? "HIT" : "ERROR", p.rule().riskType(),
                        p.hit() ? p.rule().suggestionFor(p.category()) : null, x.text(), json.writeValueAsString(x.inputs())));
            }
            progress.accept(i);
        }
        return new Outcome(hitCount, errorCount, households, disagreements);
    }

    private record Pending(String householdId, String category, Rule rule, boolean hit, Evaluation evaluation) {
    }

    /** The departments' record ids of the snapshot's record keys ({@code feed_record.seq}). */
    private static Map<Long, String> recordIds(Connection c, Set<Long> seqs) throws SQLException {
        Map<Long, String> ids = new HashMap<>();
        if (seqs.isEmpty()) {
            return ids;
        }
        try (PreparedStatement st = c.prepareStatement("select seq, record_id from feed_record where seq = any(?)")) {
            st.setArray(1, c.createArrayOf("bigint", seqs.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return ids;
    }

    private static Evaluation withRecordIds(Evaluation e, Map<Long, String> ids) {
        if (e.feeds().isEmpty()) {
            return e;
        }
        List<FeedRecord> feeds = e.feeds().stream().map(f -> new FeedRecord(f.department(),
                ids.getOrDefault(Long.parseLong(f.recordId()), f.recordId()), f.idNumber(), f.item(), f.date(), f.value(),
                f.text())).toList();
        return new Evaluation(e.status(), e.comparisons(), feeds, e.error(), e.errorPosition());
    }
}
