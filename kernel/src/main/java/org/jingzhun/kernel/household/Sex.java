// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.household;

/** 性别, as the ID number's sequence digit gives it (odd = male). */
public enum Sex implements Labelled {
    MALE("男"), FEMALE("女");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
