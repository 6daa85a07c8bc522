// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.household;

/** 与户主关系 — a member's relation to the head of household. */
public enum Relation implements Labelled {
    HEAD("户主"), SPOUSE("配偶"), SON("之子"), DAUGHTER("之女"), DAUGHTER_IN_LAW("之儿媳"), SON_IN_LAW("之女婿"),
    GRANDSON("之孙子"), GRANDDAUGHTER("之孙女"), FATHER("之父"), MOTHER("之母"), SIBLING("兄弟姐妹"), OTHER("其他");

    private final String label;

    Relation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
