// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one evaluation looks at: a household's fields, its members' fields, the feed records about
 * its members, the policy parameters in force, and the screening date that feed windows count
 * back from. Field values are {@link java.math.BigDecimal} numbers, strings, booleans, dates or
 * {@code null} (unknown).
 */
public record Subject(Map<String, Object> household, List<Map<String, Object>> members, List<FeedRecord> feeds,
                      Map<String, Object> params, LocalDate date) {
}
