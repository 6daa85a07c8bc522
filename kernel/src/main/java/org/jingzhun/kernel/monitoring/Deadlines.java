// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import java.time.LocalDate;

/**
 * The last day of each step of a case (a step done on its due date is in time). {@code county} is
 * the deadline of the whole procedure. The public notice has its own period (see {@link Stage.InNotice}).
 */
public record Deadlines(LocalDate visit, LocalDate villageReview, LocalDate townshipReview, LocalDate county) {
}
