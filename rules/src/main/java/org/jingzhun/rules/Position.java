// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

/** A place in rule text: 1-based line and column. */
public record Position(int line, int column) {
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
