// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel;

/** An ID number that is not a valid GB 11643-1999 citizen identity number, with the reason why. */
public final class InvalidIdNumberException extends IllegalArgumentException {

    /** Why an ID number was refused; the application renders each in Chinese. */
    public enum Reason {
        EMPTY,
        /** not 18 characters (or 15 digits for an old number). */
        WRONG_LENGTH,
        /** a character other than a digit, or an X anywhere but the check position. */
        BAD_CHARACTER,
        /** the first two digits are not a province-level code. */
        BAD_ADDRESS,
        /** digits 7–14 are not a real date, or the date is in the future or before 1900. */
        BAD_BIRTH_DATE,
        /** the check character does not match the first 17 digits. */
        BAD_CHECKSUM
    }

    private final Reason reason;

    public InvalidIdNumberException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
