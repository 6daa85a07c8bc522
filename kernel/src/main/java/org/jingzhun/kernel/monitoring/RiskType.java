// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import org.jingzhun.kernel.household.Labelled;

/** 风险类型 — why a household is at risk (DOMAIN.md §6.1); a monitored household carries one to five. */
public enum RiskType implements Labelled {
    ILLNESS("因病"),
    EDUCATION("因学"),
    DISABILITY("因残"),
    DISASTER("因灾"),
    ACCIDENT("因意外事故"),
    INDUSTRY_FAILURE("因产业项目失败"),
    UNSTABLE_EMPLOYMENT("因务工就业不稳"),
    LACK_OF_LABOUR("缺劳动力"),
    UNSAFE_HOUSING("住房出现安全问题"),
    UNSAFE_WATER("饮水出现安全问题"),
    OTHER("其他");

    /** A household carries at most this many risk types. */
    public static final int MAX_PER_HOUSEHOLD = 5;

    private final String label;

    RiskType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
