// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.MonitoringType;

/** How the monitoring category relates to the household's type (DOMAIN.md §6.1). */
public final class Categories {

    private Categories() {
    }

    /**
     * Whether a household of type {@code household} may be recognised as {@code category}: 脱贫不稳定户
     * only from 脱贫户, 边缘易致贫户 only from 一般农户, 突发严重困难户 from either.
     */
    public static boolean fits(MonitoringType category, HouseholdCategory household) {
        return switch (category) {
            case UNSTABLE_EXITED -> household == HouseholdCategory.EXITED;
            case MARGINAL -> household == HouseholdCategory.ORDINARY;
            case SUDDEN_HARDSHIP -> household == HouseholdCategory.EXITED || household == HouseholdCategory.ORDINARY;
        };
    }

    /**
     * The household's type once its risk is removed: what it was before monitoring — a 脱贫户 for
     * 脱贫不稳定户, an ordinary household for 边缘易致贫户, and for 突发严重困难户 a 脱贫户 if it has a
     * year of exit.
     */
    public static HouseholdCategory afterRemoval(MonitoringType category, Integer exitYear) {
        return switch (category) {
            case UNSTABLE_EXITED -> HouseholdCategory.EXITED;
            case MARGINAL -> HouseholdCategory.ORDINARY;
            case SUDDEN_HARDSHIP -> exitYear != null ? HouseholdCategory.EXITED : HouseholdCategory.ORDINARY;
        };
    }
}
