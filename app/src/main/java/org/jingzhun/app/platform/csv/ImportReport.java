// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.csv;

import java.util.List;

/**
 * What an import did. When {@code problemCount > 0} nothing was written ({@code applied} is
 * false): an import is applied whole or not at all.
 *
 * @param problems     the first problems (at most {@link TableImportRun#MAX_PROBLEMS})
 * @param problemCount all problems found
 */
public record ImportReport(String source, String encoding, long rows, long inserted, long updated, long unchanged,
                           boolean applied, long problemCount, List<ImportProblem> problems) {

    public static ImportReport rejected(String source, TableImportRun run) {
        return new ImportReport(source, name(run), run.rows(), 0, 0, 0, false, run.problemCount(), run.problems());
    }

    /** Applied, counting households (or other units) rather than rows. */
    public static ImportReport applied(String source, TableImportRun run, long inserted, long updated, long unchanged) {
        return new ImportReport(source, name(run), run.rows(), inserted, updated, unchanged, true, 0, List.of());
    }

    public static ImportReport applied(String source, TableImportRun run, long inserted, long updated) {
        return new ImportReport(source, name(run), run.rows(), inserted, updated,
                Math.max(0, run.rows() - inserted - updated), true, 0, List.of());
    }

    private static String name(TableImportRun run) {
        return run.encoding();
    }
}
