// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import org.jingzhun.app.platform.security.DataScope;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.jingzhun.app.platform.csv.AtomicImport;
import org.jingzhun.app.platform.csv.ImportProblem;
import org.jingzhun.app.platform.csv.ImportReport;
import org.jingzhun.app.platform.csv.TableImportRun;
import org.jingzhun.app.platform.csv.TabularSource;
import org.jingzhun.app.platform.db.CopyWriter;
import org.jingzhun.app.platform.i18n.Messages;
import org.jingzhun.app.platform.jobs.JobProgress;
import org.jingzhun.app.platform.jobs.PhaseTimer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the household template (DOMAIN.md §4) from CSV or XLSX. Streams the file through
 * {@link HouseholdRowParser} into a staging table with COPY, checks what needs more than one row
 * or the database in set-based SQL, then merges: new households are inserted, changed ones get a
 * new version (the old state goes to {@code household_history}), unchanged ones are left alone —
 * so importing the same file twice changes nothing. One transaction: any problem, a cancellation
 * or a crash leaves the registry as it was.
 */
@Service
public class HouseholdImporter {

    private static final int PROGRESS_EVERY = 5_000;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(HouseholdImporter.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Messages messages;
    private final Clock clock;
    private final long maxRows;

    public HouseholdImporter(DataSource dataSource, JdbcClient jdbc, TransactionTemplate tx, Messages messages, Clock clock,
                             @Value("${jingzhun.import.max-rows:2000000}") long maxRows) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.tx = tx;
        this.messages = messages;
        this.clock = clock;
        this.maxRows = maxRows;
    }

    /**
     * Imports a file as one transaction. Rows outside {@code scope} (the importing user's region, and a
     * grid worker's grid) are problems: nobody writes households outside their scope.
     */
    public ImportReport importFile(TabularSource source, String sourceName, String actor, DataScope scope,
                                   JobProgress progress) {
        return AtomicImport.run(tx, () -> load(source, sourceName, actor, scope, progress));
    }

    private ImportReport load(TabularSource source, String sourceName, String actor, DataScope scope,
                              JobProgress progress) throws IOException, SQLException {
        PhaseTimer timer = new PhaseTimer(log);
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        HouseholdStaging.create(jdbc);
        TableImportRun run = new TableImportRun(messages);
        try (CopyWriter stage = CopyWriter.open(DataSourceUtils.getConnection(dataSource), HouseholdStaging.COPY)) {
            HouseholdRowParser parser = new HouseholdRowParser(run, today, stage);
            run.read(source, HouseholdTemplate.COLUMNS, (line, record, header) -> {
                if (run.rows() > maxRows) {
                    run.problem(new ImportProblem(line, null, null, messages.get("registry.import.too-many-rows", maxRows)));
                    throw new TooManyRows();
                }
                parser.row(line, record, header);
                if (run.rows() % PROGRESS_EVERY == 0) {
                    progress.rowsDone(run.rows());
                    progress.checkCancelled();
                }
            });
            stage.finish();
        } catch (TooManyRows e) {
            return ImportReport.rejected(sourceName, run);
        }
        progress.rowsDone(run.rows());
        progress.checkCancelled();
        timer.lap("read, check rows, COPY to staging (" + run.rows() + " rows)");
        HouseholdStaging.index(jdbc);
        timer.lap("index staging");
        new HouseholdChecks(jdbc, messages, scope).check(run);
        timer.lap("cross-row and database checks");
        if (run.hasProblems()) {
            return ImportReport.rejected(sourceName, run);
        }
        progress.checkCancelled();
        HouseholdStaging.Counts counts = HouseholdStaging.merge(jdbc, run.rows(), now.atOffset(ZoneOffset.UTC), actor,
                messages.get("registry.import.reason", sourceName), timer);
        return ImportReport.applied(sourceName, run, counts.inserted(), counts.updated(), counts.unchanged());
    }

    /** Stops reading a file that is over the row limit; the problem is already recorded. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }
}
