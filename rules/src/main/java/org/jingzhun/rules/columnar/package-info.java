// SPDX-License-Identifier: Apache-2.0
/**
 * The bulk screening engine (全省批量筛查): the whole province in memory as primitive columns, and
 * the rule conditions compiled into operators that evaluate a batch of households per call.
 *
 * <ul>
 *   <li>{@link org.jingzhun.rules.columnar.Snapshot} — households, members (CSR) and department feed
 *       records (CSR, sorted by item) in compact columns; filled by the streaming
 *       {@link org.jingzhun.rules.columnar.SnapshotBuilder}; turns a household back into an evaluator
 *       {@link org.jingzhun.rules.Subject} to explain a finding.</li>
 *   <li>{@link org.jingzhun.rules.columnar.ColumnarEngine} — compiles rules, parameters and the screening
 *       date, and runs them over a snapshot on several threads, streaming hits and errors to a
 *       {@link org.jingzhun.rules.columnar.ResultSink}, with {@link org.jingzhun.rules.columnar.Progress}
 *       and cancellation, returning a {@link org.jingzhun.rules.columnar.Summary}.</li>
 * </ul>
 *
 * <p>The {@link org.jingzhun.rules.Evaluator} defines the semantics; this engine must give its status
 * for every household and rule (the differential tests check it on random households), and falls back
 * to it for what it does not compile. Framework-free like the rest of the module: no I/O here.
 */
package org.jingzhun.rules.columnar;
