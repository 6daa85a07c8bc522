// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One department data record (DOMAIN.md §7) about a member of the household being evaluated:
 * {@code feed.value}, {@code feed.text}, {@code feed.date}, {@code feed.department} in rules.
 */
public record FeedRecord(String department, String recordId, String idNumber, String item, LocalDate date,
                         BigDecimal value, String text) {
}
