// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.exit;

/** The criteria of 贫困退出 (DOMAIN.md §9), each with how its value is compared with its threshold. */
public enum ExitCriterion {
    /** 一达标（含两不愁）: 人均纯收入 above the year's national poverty line. */
    INCOME(Comparison.ABOVE),
    /** 住房安全有保障. */
    HOUSING(Comparison.HOLDS),
    /** 义务教育有保障: no member of 6–15 out of school. */
    EDUCATION(Comparison.HOLDS),
    /** 基本医疗有保障: every member has basic medical insurance. */
    MEDICAL(Comparison.HOLDS),
    /** 饮水安全有保障. */
    WATER(Comparison.HOLDS),
    /** 贫困发生率 = poor persons / rural registered persons, below the threshold (2 % in central provinces). */
    INCIDENCE(Comparison.BELOW),
    /** 错退率 = wrongly exited persons / sampled exited persons (third-party survey), below the threshold. */
    WRONG_EXIT(Comparison.BELOW),
    /** 漏评率 = wrongly omitted persons / sampled non-registered persons, below the threshold. */
    MISSED(Comparison.BELOW),
    /** 群众认可度 = households that approve / households asked, at least the threshold. */
    RECOGNITION(Comparison.AT_LEAST);

    /** How a value passes against its threshold. */
    public enum Comparison {
        ABOVE, BELOW, AT_LEAST, HOLDS
    }

    private final Comparison comparison;

    ExitCriterion(Comparison comparison) {
        this.comparison = comparison;
    }

    public Comparison comparison() {
        return comparison;
    }
}
