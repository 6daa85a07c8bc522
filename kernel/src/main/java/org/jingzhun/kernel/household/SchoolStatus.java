// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.household;

/** 在校生状况 — school status; 失学辍学 is a dropout. */
public enum SchoolStatus implements Labelled {
    PRESCHOOL("学前教育"), PRIMARY("小学"), JUNIOR_SECONDARY("初中"), SENIOR_SECONDARY("高中"),
    SECONDARY_VOCATIONAL("中职"), HIGHER_VOCATIONAL("高职高专"), BACHELOR_OR_ABOVE("本科及以上"),
    NOT_IN_SCHOOL("非在校生"), DROPOUT("失学辍学");

    private final String label;

    SchoolStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
