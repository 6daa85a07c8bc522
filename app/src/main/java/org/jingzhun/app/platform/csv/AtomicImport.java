// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import in one transaction and rolls it back when its report says it was not applied,
 * so that a file with any problem (or a crash half-way) leaves the database as it was.
 */
public final class AtomicImport {

    private AtomicImport() {
    }

    /** The body of an import: reads, stages and, if all is well, applies. */
    @FunctionalInterface
    public interface Body {
        ImportReport run() throws IOException, SQLException;
    }

    public static ImportReport run(TransactionTemplate tx, Body body) {
        return tx.execute(status -> {
            try {
                ImportReport report = body.run();
                if (!report.applied()) {
                    status.setRollbackOnly();
                }
                return report;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("import failed: " + e.getMessage(), e);
            }
        });
    }
}
