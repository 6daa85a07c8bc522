// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.medical;

/** 四道保障线 — the four lines that pay an inpatient bill, in the order they are applied (DOMAIN.md §8). */
public enum CoverLine {
    /** 基本医保（城乡居民基本医疗保险）. */
    BASIC,
    /** 大病保险. */
    SERIOUS_ILLNESS,
    /** 医疗救助. */
    ASSISTANCE,
    /** 补充保险（政府为脱贫人口、监测对象购买的商业补充医疗保险）. */
    SUPPLEMENTARY
}
