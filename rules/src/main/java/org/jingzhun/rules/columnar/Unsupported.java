// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

/**
 * A condition the compiler does not translate (one the {@link org.jingzhun.rules.Checker} rejects, a
 * parameter missing for the year, a constant with more than four decimals, a comparison of ID
 * numbers). Such a rule is not refused: the engine evaluates it household by household with the
 * {@link org.jingzhun.rules.Evaluator}, which is slow but gives the same answer by definition.
 */
final class Unsupported extends RuntimeException {

    Unsupported(String message) {
        super(message, null, false, false);
    }
}
