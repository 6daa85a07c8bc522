// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds.generate;

import org.jingzhun.app.registry.generate.GeneratedHousehold;

/**
 * Writes the records about one household's members while the generator holds it: keeps each
 * member's ID number as bytes and the span of days in which a department can still report about
 * them — from birth to death or moving out — so that no one is in hospital before being born or
 * gets student aid after the police recorded the death. Records dated outside the feed's 24 months
 * or outside a member's span are dropped. After each record written, {@link FlawedRecords} may add
 * an unmatched or malformed one.
 */
final class HouseholdRecords {

    static final int ID_LENGTH = 18;
    private static final int MAX_MEMBERS = 16;

    final FeedDates dates;
    private final FeedWriter out;
    private final FlawedRecords flaws;
    private final byte[] ids = new byte[MAX_MEMBERS * ID_LENGTH];
    private final int[] from = new int[MAX_MEMBERS];
    private final int[] until = new int[MAX_MEMBERS];
    private GeneratedHousehold household;

    HouseholdRecords(FeedDates dates, FeedWriter out, FlawedRecords flaws) {
        this.dates = dates;
        this.out = out;
        this.flaws = flaws;
    }

    /** Starts the next household; the view is valid until the next call. */
    void start(GeneratedHousehold h) {
        if (h.size() > MAX_MEMBERS) {
            throw new IllegalStateException("household of " + h.size() + " members");
        }
        household = h;
        for (int m = 0; m < h.size(); m++) {
            h.idNumber(m, ids, m * ID_LENGTH);
            from[m] = h.birthEpochDay(m);
            until[m] = Integer.MAX_VALUE;
        }
    }

    GeneratedHousehold household() {
        return household;
    }

    int size() {
        return household.size();
    }

    /** From {@code day} on the member is dead or has moved away: no later record is about them. */
    void gone(int member, int day) {
        until[member] = Math.min(until[member], day + 1);
    }

    /** Whether the member was born and had not died or left on {@code day}. */
    boolean present(int member, int day) {
        return day >= from[member] && day < until[member];
    }

    /** Whether a department could report about the member on {@code day}. */
    boolean reportable(int member, int day) {
        return dates.covers(day) && present(member, day);
    }

    /**
     * A record about {@code member} on {@code day}, unless the day is outside the feed or the
     * member's span; {@code value} in hundredths or {@link FeedWriter#NO_VALUE}. Returns whether
     * it was written.
     */
    boolean person(FeedItem item, int member, int day, long value, byte[] text) {
        if (!reportable(member, day)) {
            return false;
        }
        byte[] date = dates.format(day);
        out.record(item, ids, member * ID_LENGTH, date, value, text);
        flaws.after(item, ids, member * ID_LENGTH, day, value, text);
        return true;
    }

    /**
     * A record about the household as a whole (a house, a disaster, a loan), filed under the head
     * or, if the head is no longer there on that day, the first adult who is.
     */
    boolean household(FeedItem item, int day, long value, byte[] text) {
        int holder = holder(day);
        return holder >= 0 && person(item, holder, day, value, text);
    }

    /** The member a household record of {@code day} is filed under, or −1 when there is none. */
    int holder(int day) {
        if (present(0, day)) {
            return 0;
        }
        for (int m = 1; m < size(); m++) {
            if (household.age(m) >= 18 && present(m, day)) {
                return m;
            }
        }
        return -1;
    }
}
