// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.household;

/** 户类型 — a household's category in the registry (DOMAIN.md §2). */
public enum HouseholdCategory implements Labelled {
    /** 脱贫户 — exited poverty (registered poor household that has exited). */
    EXITED("脱贫户"),
    /** 监测户 — under return-to-poverty monitoring (监测对象). */
    MONITORED("监测户"),
    /** 一般农户 — ordinary rural household. */
    ORDINARY("一般农户");

    private final String label;

    HouseholdCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
