// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.csv;

import java.util.List;

/**
 * What an import did. When {@code problemCount > 0} nothing was written ({@code applied} is
 * false): an import is applied whole or not at all.
 *
 * @param problems     the first problems (at most {@link CsvImportRun#MAX_PROBLEMS})
 * @param problemCount all problems found
 */
public record ImportReport(String source, String charset, long rows, long inserted, long updated, long unchanged,
                           boolean applied, long problemCount, List<ImportProblem> problems) {

    public static ImportReport rejected(String source, CsvImportRun run) {
        return new ImportReport(source, name(run), run.rows(), 0, 0, 0, false, run.problemCount(), run.problems());
    }

    public static ImportReport applied(String source, CsvImportRun run, long inserted, long updated) {
        return new ImportReport(source, name(run), run.rows(), inserted, updated,
                Math.max(0, run.rows() - inserted - updated), true, 0, List.of());
    }

    private static String name(CsvImportRun run) {
        return run.charset() == null ? null : run.charset().name();
    }
}
