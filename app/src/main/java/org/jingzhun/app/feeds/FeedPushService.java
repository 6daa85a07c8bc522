// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jingzhun.app.platform.db.CopyWriter;
import org.jingzhun.app.platform.i18n.Messages;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.kernel.Masking;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Batches pushed by a department's system ({@code POST /api/v1/feeds/{department}}): checked like
 * file rows, stored in one transaction, answered at once with what was stored and what was not.
 */
@Service
public class FeedPushService {

    public static final int MAX_RECORDS = 10_000;

    /** One pushed record as sent. {@code value} may be a number or text. */
    public record PushedRecord(String recordId, String idNumber, String item, String date, Object value, String text) {
    }

    /** A record not stored, or stored but unmatched: its index in the batch (0-based) and why. */
    public record RecordProblem(int index, String recordId, String field, String value, String message) {
    }

    /** The answer to a push. */
    public record PushResult(String department, int received, long inserted, long updated, long unchanged, long matched,
                             long unmatchedCount, int rejectedCount, List<RecordProblem> rejected,
                             List<RecordProblem> unmatched) {
    }

    private final FeedStore store;
    private final TransactionTemplate tx;
    private final Messages messages;
    private final Clock clock;

    FeedPushService(FeedStore store, TransactionTemplate tx, Messages messages, Clock clock) {
        this.store = store;
        this.tx = tx;
        this.messages = messages;
        this.clock = clock;
    }

    public PushResult push(String department, List<PushedRecord> records) {
        if (records == null || records.isEmpty()) {
            throw new BadRequestException("problem.feeds.push-empty");
        }
        if (records.size() > MAX_RECORDS) {
            throw new BadRequestException("problem.feeds.push-too-many", MAX_RECORDS);
        }
        FeedRowParser parser = new FeedRowParser(LocalDate.now(clock));
        List<RecordProblem> rejected = new ArrayList<>();
        List<FeedRow> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            PushedRecord r = records.get(i);
            int index = i;
            if (r == null) {
                rejected.add(new RecordProblem(i, null, null, null, messages.get("feeds.required")));
                continue;
            }
            String value = r.value() instanceof BigDecimal n ? n.toPlainString() : r.value() == null ? null : r.value().toString();
            FeedRow row = parser.parse(i, department, r.recordId(), r.idNumber(), r.item(), r.date(), value, r.text(),
                    (column, v, key, args) -> rejected.add(new RecordProblem(index, r.recordId(), field(column.label()),
                            column == FeedTemplate.ID_NUMBER && v != null ? Masking.idNumber(v) : v, messages.get(key, args))));
            if (row != null) {
                rows.add(row);
            }
        }
        int rejectedRecords = (int) rejected.stream().mapToInt(RecordProblem::index).distinct().count();
        return tx.execute(status -> {
            try {
                if (rows.isEmpty()) {
                    return new PushResult(department, records.size(), 0, 0, 0, 0, 0, rejectedRecords, rejected, List.of());
                }
                try (CopyWriter copy = store.openStage()) {
                    for (FeedRow row : rows) {
                        FeedStore.stage(copy, row);
                    }
                    copy.finish();
                }
                for (FeedStore.Flagged f : store.dropRepeats(MAX_RECORDS)) {
                    rejected.add(new RecordProblem((int) f.row(), f.recordId(), "recordId", f.recordId(),
                            messages.get("feeds.duplicate", f.otherRow())));
                }
                FeedStore.Counts c = store.merge(Instant.now(clock), null);
                List<RecordProblem> unmatched = store.unmatched(MAX_RECORDS).stream()
                        .map(f -> new RecordProblem((int) f.row(), f.recordId(), "idNumber", Masking.idNumber(f.idNumber()),
                                messages.get("feeds.unmatched"))).toList();
                return new PushResult(department, records.size(), c.inserted(), c.updated(), c.unchanged(), c.matched(),
                        c.unmatched(), rejectedRecords, rejected, unmatched);
            } catch (SQLException e) {
                throw new IllegalStateException("feed push failed: " + e.getMessage(), e);
            }
        });
    }

    /** The JSON field name of a template column. */
    private static String field(String label) {
        return switch (label) {
            case "部门" -> "department";
            case "记录编号" -> "recordId";
            case "证件号码" -> "idNumber";
            case "数据项" -> "item";
            case "发生日期" -> "date";
            case "数值" -> "value";
            default -> "text";
        };
    }
}
