// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel;

/**
 * A region or grid code that is not well formed. Carries a machine-readable {@link Reason} so that
 * the application can render the message in the user's language; {@link #getMessage()} is English
 * for logs.
 */
public final class InvalidCodeException extends IllegalArgumentException {

    /** Why a code was refused. */
    public enum Reason {
        /** null or blank. */
        EMPTY,
        /** contains something other than the digits 0-9. */
        NOT_DIGITS,
        /** wrong number of digits. */
        WRONG_LENGTH,
        /** the province segment is 00. */
        NO_PROVINCE,
        /** a lower segment is set while a higher one that may not be skipped is zero. */
        SKIPPED_LEVEL,
        /** a grid's 3-digit sequence is 000. */
        NO_GRID_SEQUENCE
    }

    private final String input;
    private final Reason reason;

    public InvalidCodeException(String input, Reason reason, String message) {
        super(message + ": '" + input + "'");
        this.input = input;
        this.reason = reason;
    }

    public String input() {
        return input;
    }

    public Reason reason() {
        return reason;
    }
}
