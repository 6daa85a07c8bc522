// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import org.jingzhun.kernel.household.Labelled;

/** What a case decides: whether a household becomes monitored, or whether its risk is removed. */
public enum CaseKind implements Labelled {
    /** 识别认定 — from a lead to a monitored household. */
    RECOGNITION("识别认定"),
    /** 风险消除 — from a monitored household to one whose risk is removed. */
    REMOVAL("风险消除");

    private final String label;

    CaseKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
