// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

/** What a rule's hit means. */
public enum RuleKind {
    /** 预警 — a department-data warning: a lead for the monitoring procedure. */
    WARNING,
    /** 疑似不符合 — an eligibility doubt about a 脱贫/监测 household, for review; never an automatic removal. */
    ELIGIBILITY,
    /** 逻辑校验 — the registry contradicts itself or department data. */
    DATA_QUALITY
}
