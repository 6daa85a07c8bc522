// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds.generate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.jingzhun.kernel.IdNumber;

/**
 * The records a real feed also carries and an importer must report rather than drop (DOMAIN.md §7):
 * about 0.3 % whose ID number is valid but belongs to no registered person, and about 0.05 % that
 * are malformed — a wrong check character, an impossible date, an item code no one defined, a value
 * that is not a number. Each follows a real record of the same item, as a department's copy of a
 * case it also sent correctly would. They are drawn from their own random stream, so that they do
 * not shift the records of the households that follow.
 *
 * <p>Unmatched ID numbers carry address codes that no generated person has: codes of Jiangxi's
 * former prefectures (赣州地区 3621…, 吉安地区 3624…, abolished in the 1990s but still on the cards
 * of people born before) and of neighbouring provinces — people whom a department knows but who are
 * not in this registry, such as a spouse registered elsewhere.
 */
final class FlawedRecords {

    static final double UNMATCHED = 0.003;
    static final double MALFORMED = 0.0005;

    static final String[] FOREIGN_ADDRESS_CODES = {
            "362101", "362121", "362132", "362202", "362322", "362330", "362421", "362426", "362502", "362528",
            "430181", "430524", "350702", "350823", "441481", "441424", "330781", "341003", "421182", "420222"};
    private static final String[] NOT_A_NUMBER = {"约3000", "3000元", "N/A", "--", "1.234.5", "壹仟"};
    private static final char[] CHECK_CHARACTERS = "0123456789X".toCharArray();

    private final FeedWriter out;
    private final FeedDates dates;
    private final SplittableRandom r;
    private final byte[] id = new byte[HouseholdRecords.ID_LENGTH];
    private final StringBuilder first17 = new StringBuilder(17);

    FlawedRecords(FeedWriter out, FeedDates dates, SplittableRandom r) {
        this.out = out;
        this.dates = dates;
        this.r = r;
    }

    /** Called after each record written; now and then writes a flawed one after it. */
    void after(FeedItem item, byte[] ids, int offset, int day, long value, byte[] text) {
        double u = r.nextDouble();
        if (u < UNMATCHED) {
            unregisteredId(day);
            int d = Math.max(dates.olderFirst, Math.min(dates.recentLast, day - 30 + r.nextInt(61)));
            out.record(item, id, 0, dates.format(d), value, text);
            out.countUnmatched();
        } else if (u < UNMATCHED + MALFORMED) {
            malformed(item, new String(ids, offset, HouseholdRecords.ID_LENGTH, StandardCharsets.US_ASCII), day, value, text);
        }
    }

    /** A valid ID number (GB 11643) that no generated person has, of someone born before {@code day}. */
    private void unregisteredId(int day) {
        String code = FOREIGN_ADDRESS_CODES[r.nextInt(FOREIGN_ADDRESS_CODES.length)];
        // cards with a former prefecture's code were issued to people born before it was abolished
        int minimumAge = code.startsWith("362") ? 30 : 1;
        LocalDate birth = LocalDate.ofEpochDay(day).minusYears(minimumAge + r.nextInt(60)).minusDays(r.nextInt(365));
        first17.setLength(0);
        first17.append(code);
        first17.append(birth.getYear() * 10_000 + birth.getMonthValue() * 100 + birth.getDayOfMonth());
        int seq = 1 + r.nextInt(999);
        first17.append((char) ('0' + seq / 100)).append((char) ('0' + seq / 10 % 10)).append((char) ('0' + seq % 10));
        for (int c = 0; c < 17; c++) {
            id[c] = (byte) first17.charAt(c);
        }
        id[17] = (byte) IdNumber.checkCharacter(first17);
    }

    private void malformed(FeedItem item, String idNumber, int day, long value, byte[] textBytes) {
        String itemCode = item.name();
        String date = LocalDate.ofEpochDay(day).toString();
        String valueText = value == FeedWriter.NO_VALUE ? "" : plain(value);
        String text = textBytes == null ? "" : new String(textBytes, StandardCharsets.UTF_8);
        String badId = idNumber;
        int kinds = value == FeedWriter.NO_VALUE ? 3 : 4;
        switch (r.nextInt(kinds)) {
            case 0 -> badId = withWrongCheckCharacter(idNumber);
            case 1 -> date = impossibleDate(LocalDate.ofEpochDay(day));
            case 2 -> itemCode = item.department() + (r.nextBoolean() ? "99" : "00");
            default -> valueText = NOT_A_NUMBER[r.nextInt(NOT_A_NUMBER.length)];
        }
        out.malformed(item.department, badId, itemCode, date, valueText, text);
    }

    private String withWrongCheckCharacter(String idNumber) {
        char right = idNumber.charAt(17);
        char wrong;
        do {
            wrong = CHECK_CHARACTERS[r.nextInt(CHECK_CHARACTERS.length)];
        } while (wrong == right);
        return idNumber.substring(0, 17) + wrong;
    }

    /** A date of the record's year that no calendar has: 30 February, month 13, 31 April, day 32. */
    private String impossibleDate(LocalDate d) {
        int y = d.getYear();
        return switch (r.nextInt(4)) {
            case 0 -> y + "-02-30";
            case 1 -> y + "-13-" + String.format("%02d", d.getDayOfMonth());
            case 2 -> y + "-04-31";
            default -> String.format("%d-%02d-32", y, d.getMonthValue());
        };
    }

    private static String plain(long hundredths) {
        long cents = hundredths % 100;
        return cents == 0 ? Long.toString(hundredths / 100) : String.format("%d.%02d", hundredths / 100, cents);
    }
}
