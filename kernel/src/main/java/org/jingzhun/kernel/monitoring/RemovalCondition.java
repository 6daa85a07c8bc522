// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

/**
 * The conditions of risk removal (DOMAIN.md §6.4), each of which can be unmet. The details an
 * {@link Unmet} carries are listed per condition.
 */
public enum RemovalCondition {
    /** The start of monitoring is not known (no recognition on record and none given). */
    MONITORING_START_UNKNOWN,
    /** Monitored at least N months (details: since, months required, the date it is reached). */
    MONITORED_LONG_ENOUGH,
    /** At least N measures carried out (details: carried out, required). */
    MEASURES_CARRIED_OUT,
    /** Income stable at least N months (details: stable since or empty, months required). */
    INCOME_STABLE,
    /** No income on record. */
    INCOME_MISSING,
    /** 参考人均收入 above the current year's line (details: income, its year, line, line year). */
    INCOME_ABOVE_LINE,
    /** Large rigid spending resolved. */
    RIGID_SPENDING_RESOLVED,
    /** 住房安全有保障. */
    HOUSING_SAFE,
    /** 饮水安全有保障. */
    WATER_SAFE,
    /** No child of compulsory-school age out of school. */
    EDUCATION_SECURED,
    /** Every member in the basic medical insurance. */
    MEDICAL_INSURED,
    /** A risk is not gone (details: the risk type). */
    RISK_GONE,
    /** A risk gone "through help" has no measure against it carried out (details: the risk type). */
    HELP_CARRIED_OUT,
    /** A new risk appeared (details: the risk types). */
    NO_NEW_RISK,
    /** 整户无劳动力: never removed. */
    HAS_LABOUR
}
