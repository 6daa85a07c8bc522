// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jingzhun.app.platform.csv.ImportProblem;
import org.jingzhun.app.platform.csv.TableImportRun;
import org.jingzhun.app.platform.csv.TabularSource;
import org.jingzhun.app.platform.db.CopyWriter;
import org.jingzhun.app.platform.i18n.Messages;
import org.jingzhun.app.platform.jobs.JobProgress;
import org.jingzhun.kernel.Masking;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a file of department records (the long format of DOMAIN.md §7, CSV or XLSX). Unlike the
 * household registry, a feed file is applied record by record: a malformed record is rejected and
 * reported (row, column, value, reason) while the good ones are stored — a department's one bad
 * line must not hold back a month of warnings. A file that cannot be read at all (header,
 * encoding, truncated workbook) changes nothing. One transaction per file.
 */
@Service
public class FeedImporter {

    /** What a file import did. */
    public record Report(String source, String encoding, boolean applied, long rows, long rejected,
                         FeedStore.Counts counts, long problemCount, java.util.List<ImportProblem> problems) {
    }

    private static final int PROGRESS_EVERY = 10_000;

    private final FeedStore store;
    private final TransactionTemplate tx;
    private final Messages messages;
    private final Clock clock;
    private final long maxRows;

    FeedImporter(FeedStore store, TransactionTemplate tx, Messages messages, Clock clock,
                 @Value("${jingzhun.import.max-rows:2000000}") long maxRows) {
        this.store = store;
        this.tx = tx;
        this.messages = messages;
        this.clock = clock;
        this.maxRows = maxRows;
    }

    public Report importFile(TabularSource source, String name, UUID jobId, JobProgress progress) {
        return tx.execute(status -> {
            try {
                Report r = load(source, name, jobId, progress);
                if (!r.applied()) {
                    status.setRollbackOnly();
                }
                return r;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("feed import failed: " + e.getMessage(), e);
            }
        });
    }

    private Report load(TabularSource source, String name, UUID jobId, JobProgress progress) throws IOException, SQLException {
        LocalDate today = LocalDate.now(clock);
        FeedRowParser parser = new FeedRowParser(today);
        TableImportRun run = new TableImportRun(messages);
        long[] rejected = {0};
        long[] recordProblems = {0};
        try (CopyWriter stage = store.openStage()) {
            run.read(source, FeedTemplate.COLUMNS, (line, record, h) -> {
                if (run.rows() > maxRows) {
                    run.problem(new ImportProblem(line, null, null, messages.get("feeds.too-many-rows", maxRows)));
                    throw new TooManyRows();
                }
                FeedRow row = parser.parse(line, h.get(record, FeedTemplate.DEPARTMENT), h.get(record, FeedTemplate.RECORD_ID),
                        h.get(record, FeedTemplate.ID_NUMBER), h.get(record, FeedTemplate.ITEM), h.get(record, FeedTemplate.DATE),
                        h.get(record, FeedTemplate.VALUE), h.get(record, FeedTemplate.TEXT),
                        (column, value, key, args) -> {
                            recordProblems[0]++;
                            run.problem(new ImportProblem(line, column.label(),
                                    column == FeedTemplate.ID_NUMBER && value != null ? Masking.idNumber(value) : value,
                                    messages.get(key, args)));
                        });
                if (row == null) {
                    rejected[0]++;
                } else {
                    FeedStore.stage(stage, row);
                }
                if (run.rows() % PROGRESS_EVERY == 0) {
                    progress.rowsDone(run.rows());
                    progress.checkCancelled();
                }
            });
            // a problem that is not about one record's values (header, encoding, a broken row, an unreadable
            // workbook) means the file is not what it claims to be: nothing of it is applied
            if (run.problemCount() > recordProblems[0]) {
                return new Report(name, run.encoding(), false, run.rows(), rejected[0], null, run.problemCount(), run.problems());
            }
            stage.finish();
        } catch (TooManyRows e) {
            return new Report(name, run.encoding(), false, run.rows(), rejected[0], null, run.problemCount(), run.problems());
        }
        progress.rowsDone(run.rows());
        progress.checkCancelled();
        for (FeedStore.Flagged f : store.dropRepeats(TableImportRun.MAX_PROBLEMS)) {
            run.problem(new ImportProblem(f.row(), FeedTemplate.RECORD_ID.label(), f.recordId(),
                    messages.get("feeds.duplicate", f.otherRow())));
        }
        FeedStore.Counts counts = store.merge(Instant.now(clock), jobId);
        for (FeedStore.Flagged f : store.unmatched(TableImportRun.MAX_PROBLEMS)) {
            run.problem(new ImportProblem(f.row(), FeedTemplate.ID_NUMBER.label(), Masking.idNumber(f.idNumber()),
                    messages.get("feeds.unmatched")));
        }
        return new Report(name, run.encoding(), true, run.rows(), rejected[0], counts, run.problemCount(), run.problems());
    }

    /** Stops reading a file that is over the row limit. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }
}
