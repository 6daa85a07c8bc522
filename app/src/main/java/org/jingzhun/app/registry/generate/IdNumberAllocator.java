// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.jingzhun.kernel.IdNumber;

/**
 * Hands out ID numbers (公民身份号码, GB 11643) in one county: the county's 6-digit address code,
 * a birth date that matches the member's age, a 3-digit sequence (odd for men, even for women)
 * and the check character. A counter per (birth date, sex) makes every number unique in the
 * county, and the address code makes it unique in the province. Sequences are spread over
 * 001–999 by a fixed permutation, so that they do not all read 001, 003, ….
 */
final class IdNumberAllocator {

    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final int FIRST_DAY = (int) EARLIEST_BIRTH.toEpochDay();
    private static final int LAST_DAY = (int) HouseholdGenerator.REFERENCE_DATE.toEpochDay();
    private static final int DAYS = LAST_DAY - FIRST_DAY + 1;
    /** yyyymmdd of every day from 1900-01-01 to the reference date, so the hot path does no date arithmetic. */
    private static final int[] YMD = new int[DAYS];
    /** First and last day index of a birth that gives each age on the reference date. */
    private static final int[] AGE_FIRST = new int[FamilyBuilder.MAX_AGE + 1];
    private static final int[] AGE_LAST = new int[FamilyBuilder.MAX_AGE + 1];
    private static final int MALE_SLOTS = 500;   // 001, 003, …, 999
    private static final int FEMALE_SLOTS = 499; // 002, 004, …, 998
    private static final int STRIDE = 337;       // coprime with 500 and 499, so k → k·337 mod n is a permutation

    static {
        LocalDate d = EARLIEST_BIRTH;
        for (int i = 0; i < DAYS; i++, d = d.plusDays(1)) {
            YMD[i] = d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
        }
        LocalDate ref = HouseholdGenerator.REFERENCE_DATE;
        for (int age = 0; age <= FamilyBuilder.MAX_AGE; age++) {
            AGE_FIRST[age] = (int) ref.minusYears(age + 1L).plusDays(1).toEpochDay() - FIRST_DAY;
            AGE_LAST[age] = (int) ref.minusYears(age).toEpochDay() - FIRST_DAY;
        }
    }

    private final String addressCode;
    private final int salt;
    private final short[] used = new short[DAYS * 2];
    private final StringBuilder first17 = new StringBuilder(17);

    IdNumberAllocator(String addressCode) {
        if (addressCode.length() != 6) {
            throw new IllegalArgumentException("address code must have 6 digits: " + addressCode);
        }
        this.addressCode = addressCode;
        this.salt = Integer.parseInt(addressCode);
    }

    /** Gives member {@code i} a birth day that fits its age and a sequence no one else in the county has. */
    void assign(Family f, int i, SplittableRandom random) {
        int age = f.age[i];
        int day = AGE_FIRST[age] + random.nextInt(AGE_LAST[age] - AGE_FIRST[age] + 1);
        int sex = f.male[i] ? 1 : 0;
        int slots = f.male[i] ? MALE_SLOTS : FEMALE_SLOTS;
        // a full day is practically impossible (≥ 499 people of one sex born on one day in one
        // county) but would move the birth by a day rather than repeat a number
        while (used[day * 2 + sex] >= slots) {
            day = day == DAYS - 1 ? AGE_FIRST[age] : day + 1;
        }
        int k = used[day * 2 + sex]++;
        int p = (int) ((k * (long) STRIDE + mix(day)) % slots);
        f.birthDay[i] = day;
        f.idSequence[i] = f.male[i] ? 2 * p + 1 : 2 * p + 2;
    }

    private int mix(int day) {
        long h = (day + 31L * salt) * 0x9E3779B97F4A7C15L;
        return (int) ((h >>> 40) & 0xFFFF);
    }

    /** Writes member {@code i}'s 18-character number as one field. */
    void write(CsvBytes out, Family f, int i) {
        fillFirst17(f, i);
        char check = IdNumber.checkCharacter(first17);
        out.startField();
        for (int c = 0; c < 17; c++) {
            out.rawAscii(first17.charAt(c));
        }
        out.rawAscii(check);
    }

    /** Puts member {@code i}'s 18-character number into {@code dst} from {@code offset}, as ASCII bytes. */
    void idNumber(Family f, int i, byte[] dst, int offset) {
        fillFirst17(f, i);
        for (int c = 0; c < 17; c++) {
            dst[offset + c] = (byte) first17.charAt(c);
        }
        dst[offset + 17] = (byte) IdNumber.checkCharacter(first17);
    }

    private void fillFirst17(Family f, int i) {
        first17.setLength(0);
        first17.append(addressCode).append(YMD[f.birthDay[i]]);
        int seq = f.idSequence[i];
        first17.append((char) ('0' + seq / 100)).append((char) ('0' + seq / 10 % 10)).append((char) ('0' + seq % 10));
    }

    /** The birth date of member {@code i} as an epoch day, once assigned. */
    static int birthEpochDay(Family f, int i) {
        return FIRST_DAY + f.birthDay[i];
    }

    /** The birth year of member {@code i}, once assigned. */
    static int birthYear(Family f, int i) {
        return YMD[f.birthDay[i]] / 10_000;
    }
}
