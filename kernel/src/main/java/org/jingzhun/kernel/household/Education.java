// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.household;

/** 文化程度 — highest education completed. */
public enum Education implements Labelled {
    PRESCHOOL_CHILD("学龄前儿童"), ILLITERATE("文盲或半文盲"), PRIMARY("小学"), JUNIOR_SECONDARY("初中"),
    SENIOR_SECONDARY("高中"), SECONDARY_VOCATIONAL("中专"), JUNIOR_COLLEGE("大专"), BACHELOR_OR_ABOVE("本科及以上");

    private final String label;

    Education(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
