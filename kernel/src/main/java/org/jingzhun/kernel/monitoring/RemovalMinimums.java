// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

/**
 * The minimums of risk removal (DOMAIN.md §5): months monitored, measures carried out, months of
 * stable income. Policy parameters.
 */
public record RemovalMinimums(int monitoredMonths, int measuresCarriedOut, int incomeStableMonths) {

    public static final RemovalMinimums DEFAULT = new RemovalMinimums(6, 1, 6);

    public RemovalMinimums {
        if (monitoredMonths < 0 || measuresCarriedOut < 0 || incomeStableMonths < 0) {
            throw new IllegalArgumentException("removal minimums cannot be negative");
        }
    }
}
