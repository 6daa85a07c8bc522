// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.household;

/** 健康状况 — health. */
public enum Health implements Labelled {
    HEALTHY("健康"), CHRONIC_ILLNESS("长期慢性病"), SERIOUS_ILLNESS("患有大病"), DISABLED("残疾");

    private final String label;

    Health(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
