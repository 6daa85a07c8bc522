// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

/** Rule text that does not parse; says where (line and column) and what was expected. */
public final class RuleSyntaxException extends RuntimeException {

    private final Position position;
    private final String reason;

    public RuleSyntaxException(Position position, String message) {
        super("line " + position.line() + ", column " + position.column() + ": " + message);
        this.position = position;
        this.reason = message;
    }

    /** What is wrong, without the position. */
    public String reason() {
        return reason;
    }

    public Position position() {
        return position;
    }
}
