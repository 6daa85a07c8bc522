// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A checked department record, ready to store. */
public record FeedRow(long row, String department, String recordId, String idNumber, String item, LocalDate date,
                      BigDecimal value, String text) {
}
