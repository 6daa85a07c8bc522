// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.household;

/** 务工状况 — where a member works. */
public enum WorkStatus implements Labelled {
    IN_TOWNSHIP("乡镇内务工"), IN_COUNTY("县内务工"), IN_PROVINCE("省内县外务工"), OUT_OF_PROVINCE("省外务工"),
    NOT_WORKING("未务工");

    private final String label;

    WorkStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
