// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.household;

/** 残疾等级 — disability grade, 一级 the most severe. */
public enum DisabilityGrade implements Labelled {
    GRADE_1("一级"), GRADE_2("二级"), GRADE_3("三级"), GRADE_4("四级");

    private final String label;

    DisabilityGrade(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
