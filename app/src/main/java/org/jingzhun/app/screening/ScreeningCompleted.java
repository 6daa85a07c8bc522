// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

/**
 * Published after a screening run has stored its findings: the hook through which warnings become
 * leads of the monitoring procedure (部门筛查预警 channel). A listener reads the run's new findings —
 * {@code finding} rows with {@code first_run_id = runId} and kind {@code WARNING} — through
 * {@link ScreeningQueries}; findings that persist from an earlier run are not new leads.
 */
public record ScreeningCompleted(long runId, String regionCode, long newFindings) {
}
