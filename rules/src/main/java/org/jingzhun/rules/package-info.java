// SPDX-License-Identifier: Apache-2.0
/**
 * The rule language (规则) that decides which household is flagged and why: parser, AST,
 * evaluator with explanations, and SQL compilers. Framework-free: depends on {@code kernel} only,
 * which the architecture test in {@code app} enforces. Filled in by the rule-language issue.
 */
package org.jingzhun.rules;
