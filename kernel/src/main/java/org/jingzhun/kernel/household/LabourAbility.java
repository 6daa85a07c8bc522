// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.household;

/** 劳动技能 — labour ability. */
public enum LabourAbility implements Labelled {
    SKILLED("技能劳动力"), ORDINARY("普通劳动力"), WEAK("弱劳动力或半劳动力"), LOST("丧失劳动力"), NONE("无劳动力");

    private final String label;

    LabourAbility(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
