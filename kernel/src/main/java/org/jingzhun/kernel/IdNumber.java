// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import org.jingzhun.kernel.household.Sex;

/**
 * 公民身份号码 — a citizen identity number per GB 11643-1999: 6-digit address code, 8-digit birth
 * date, 3-digit sequence (odd for men), and a check character computed from the first 17 digits
 * (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11 → {@code 1 0 X 9 8 7 6 5 4 3 2}).
 * Old 15-digit numbers (no century, no check) are upgraded to 18 digits. A lower-case x is
 * accepted and stored upper-case. The value never appears in {@link #toString()}: it is masked.
 */
public final class IdNumber implements Comparable<IdNumber> {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** Province-level codes of GB/T 2260 (and 71 台湾, 81 香港, 82 澳门). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final String value;
    private final LocalDate birthDate;

    private IdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Parses and validates an 18-digit (or old 15-digit) number. {@code today} bounds the birth
     * date: a number of someone not yet born is invalid.
     */
    public static IdNumber parse(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw new InvalidIdNumberException(InvalidIdNumberException.Reason.EMPTY, "ID number is empty");
        }
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (t.length() == 15) {
            requireDigits(t, 15);
            String body = t.substring(0, 6) + "19" + t.substring(6);
            return validated(body + checkCharacter(body), today);
        }
        if (t.length() != 18) {
            throw new InvalidIdNumberException(InvalidIdNumberException.Reason.WRONG_LENGTH,
                    "ID number must have 18 characters (or 15 digits), has " + t.length());
        }
        requireDigits(t, 17);
        char last = t.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            throw new InvalidIdNumberException(InvalidIdNumberException.Reason.BAD_CHARACTER,
                    "the last character must be a digit or X");
        }
        IdNumber id = validated(t, today);
        char expected = checkCharacter(t.substring(0, 17));
        if (expected != last) {
            throw new InvalidIdNumberException(InvalidIdNumberException.Reason.BAD_CHECKSUM,
                    "check character is " + last + ", the first 17 digits give " + expected);
        }
        return id;
    }

    /** Whether {@code text} is a valid number on {@code today}; never throws. */
    public static boolean isValid(String text, LocalDate today) {
        try {
            parse(text, today);
            return true;
        } catch (InvalidIdNumberException e) {
            return false;
        }
    }

    /** The GB 11643 check character of the first 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 digits, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit at position " + (i + 1));
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static IdNumber validated(String v, LocalDate today) {
        if (!PROVINCES.contains(v.substring(0, 2))) {
            throw new InvalidIdNumberException(InvalidIdNumberException.Reason.BAD_ADDRESS,
                    "address code " + v.substring(0, 6) + " is not in a province");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new InvalidIdNumberException(InvalidIdNumberException.Reason.BAD_BIRTH_DATE,
                    "birth date " + v.substring(6, 14) + " is not a date");
        }
        if (birth.isBefore(EARLIEST) || birth.isAfter(today)) {
            throw new InvalidIdNumberException(InvalidIdNumberException.Reason.BAD_BIRTH_DATE,
                    "birth date " + birth + " is before 1900 or after " + today);
        }
        return new IdNumber(v, birth);
    }

    private static void requireDigits(String t, int count) {
        for (int i = 0; i < count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidIdNumberException(InvalidIdNumberException.Reason.BAD_CHARACTER,
                        "character " + (i + 1) + " is not a digit");
            }
        }
    }

    /** The full 18-character number. Handle with care: show {@link Masking#idNumber} to users. */
    public String value() {
        return value;
    }

    /** The 6-digit administrative code of the place of first registration. */
    public String addressCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** Age in whole years on {@code date}. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(IdNumber o) {
        return value.compareTo(o.value);
    }

    /** Masked, so that an ID number never reaches a log by accident. */
    @Override
    public String toString() {
        return Masking.idNumber(value);
    }
}
