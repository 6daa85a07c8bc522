// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.household;

/** 监测对象类别 — why a monitored household is monitored (DOMAIN.md §6.1). */
public enum MonitoringType implements Labelled {
    /** 脱贫不稳定户 — an exited household at risk of falling back. */
    UNSTABLE_EXITED("脱贫不稳定户"),
    /** 边缘易致贫户 — an ordinary household at risk of becoming poor. */
    MARGINAL("边缘易致贫户"),
    /** 突发严重困难户 — any household in sudden serious hardship. */
    SUDDEN_HARDSHIP("突发严重困难户");

    private final String label;

    MonitoringType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
