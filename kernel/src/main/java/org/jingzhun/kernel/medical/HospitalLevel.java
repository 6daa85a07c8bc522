// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.medical;

/** 医疗机构级别 — the level of the hospital that settles a stay; deductibles and rates depend on it. */
public enum HospitalLevel {
    /** 一级及以下（乡镇卫生院、社区卫生服务中心）. */
    PRIMARY,
    /** 二级（县级医院）. */
    SECONDARY,
    /** 三级（市级、省级医院）. */
    TERTIARY
}
