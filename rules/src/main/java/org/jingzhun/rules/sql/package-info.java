// SPDX-License-Identifier: Apache-2.0
/**
 * Compiles checked rules into SQL that screens every household of a province in one query, with
 * the evaluator's results: {@link org.jingzhun.rules.sql.SqlCompiler} writes the query,
 * {@link org.jingzhun.rules.sql.SqlDialect} ({@link org.jingzhun.rules.sql.PostgresDialect},
 * {@link org.jingzhun.rules.sql.DuckDbDialect}, later Spark SQL) supplies what differs between
 * engines. Only text is produced here: the rules module has no JDBC; the application runs it.
 */
package org.jingzhun.rules.sql;
