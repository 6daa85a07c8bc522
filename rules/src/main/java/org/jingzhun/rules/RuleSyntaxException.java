// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

/** Rule text that does not parse; says where (line and column) and what was expected. */
public final class RuleSyntaxException extends RuntimeException {

    private final Position position;

    public RuleSyntaxException(Position position, String message) {
        super("line " + position.line() + ", column " + position.column() + ": " + message);
        this.position = position;
    }

    public Position position() {
        return position;
    }
}
