// SPDX-License-Identifier: Apache-2.0
/**
 * The rule language (规则) that decides which household is flagged and why: parser, AST,
 * evaluator with explanations, and SQL compilers. Framework-free: depends on {@code kernel} only,
 * which the architecture test in {@code app} enforces. So far: the condition language's parser
 * ({@link org.jingzhun.rules.Parser}), its syntax tree ({@link org.jingzhun.rules.Expr}) and the
 * per-household evaluator with explanations ({@link org.jingzhun.rules.Evaluator}); the SQL
 * compilers and the columnar engine are to build on the same tree.
 */
package org.jingzhun.rules;
