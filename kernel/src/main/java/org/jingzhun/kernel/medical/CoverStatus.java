// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.medical;

/**
 * 参保人身份 — what entitles a patient to more than an ordinary resident's cover. A person may have
 * several (a 脱贫 person who is also a 低保 recipient); an ordinary resident has none. Declared in
 * the order in which medical assistance (医疗救助) looks for the group that covers a person: the
 * first one the person has that the parameters give a rate applies.
 */
public enum CoverStatus {
    /** 特困人员. */
    TEKUN,
    /** 低保对象. */
    DIBAO,
    /** 监测对象（防止返贫监测对象）. */
    MONITORED,
    /** 脱贫人口. */
    EXITED
}
