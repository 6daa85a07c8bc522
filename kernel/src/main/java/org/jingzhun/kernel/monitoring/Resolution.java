// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import org.jingzhun.kernel.household.Labelled;

/** How a risk went away (DOMAIN.md §6.4). */
public enum Resolution implements Labelled {
    /** 帮扶消除 — through help; a measure against that risk must be carried out. */
    THROUGH_HELP("帮扶消除"),
    /** 自然消除 — on its own. */
    NATURALLY("自然消除");

    private final String label;

    Resolution(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
