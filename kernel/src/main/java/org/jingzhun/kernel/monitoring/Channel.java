// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import org.jingzhun.kernel.household.Labelled;

/** 线索渠道 — the three ways a case starts (DOMAIN.md §6.2). */
public enum Channel implements Labelled {
    /** 农户自主申报: the household applies, in writing or by phone or app. */
    HOUSEHOLD_APPLICATION("农户自主申报"),
    /** 基层干部排查: cadres' and work teams' visits, grid workers' reports. */
    CADRE_REPORT("基层干部排查"),
    /** 部门筛查预警: a warning from department data. */
    DEPARTMENT_WARNING("部门筛查预警");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
