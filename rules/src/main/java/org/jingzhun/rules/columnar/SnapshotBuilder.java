// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jingzhun.rules.Catalog;

/**
 * Fills a {@link Snapshot} row by row while the application streams the registry and the feed
 * table, without holding any row as an object. The order is one household at a time:
 * <pre>
 *   int category = Snapshot.field("household.category");      // handles: look up once
 *   int age = Snapshot.field("member.age");
 *   SnapshotBuilder b = Snapshot.builder(14_000_000, 45_000_000, 50_000_000);  // capacity hints
 *   for each household (any order; ascending keys make {@link Snapshot#indexOf} a binary search):
 *       b.household(3601020304050607L);              // its external number
 *       b.set(category, "EXITED"); …                 // fields not set stay null
 *       for each of its members:  b.member(); b.set(age, 12); …
 *       for each feed record about one of its members:
 *           b.feed(idNumber, "YB01", epochDay, hundredths, text, "YB", recordKey);
 * </pre>
 * The application merges three cursors ordered by household (households, members, feed records
 * joined to the person's household). A feed record names its person by ID number, which is looked
 * up among the current household's members (a record about nobody in the household is kept and
 * counts for household-level aggregates only, as in the evaluator). When a household is complete,
 * its feed records are sorted by item, member and date, and it is entered in the per-item
 * household lists. Not thread-safe; {@link #build()} once.
 */
public final class SnapshotBuilder {

    /** {@link #feed} value meaning "no value". */
    public static final long NO_VALUE = Long.MIN_VALUE;
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000};

    private final List<Catalog.FieldDef> householdDefs = Catalog.householdFields();
    private final List<Catalog.FieldDef> memberDefs = Catalog.memberFields();
    private final FieldColumn[] household;
    private final FieldColumn[] member;
    private final FieldColumn.Id memberIds;
    private long[] keys;
    private int households;
    private int[] memberStart;
    private int members;
    private int[] feedStart;
    private final CodeColumn feedItem;
    private final CodeColumn feedMember;
    private int[] feedDate;
    private final NumberColumn feedValue;
    private final CodeColumn feedText;
    private final CodeColumn feedDepartment;
    private final KeyColumn feedRecord;
    private final CodeColumn[] feedCodes;
    private final Dictionary items;
    private final Dictionary texts;
    private final Dictionary departments;
    private final Dictionary orphanIds;
    private int[] birth;
    private boolean anyBirth;
    private int feeds;
    private int[][] itemHouseholds = new int[0][];
    private int[] itemCounts = new int[0];
    private int[] order = new int[64];
    private int[] scratchInt = new int[64];
    private long[] scratchLong = new long[64];
    private Integer[] scratchPerm = new Integer[64];
    private boolean built;

    SnapshotBuilder(int expectedHouseholds, int expectedMembers, int expectedFeeds) {
        this(null, expectedHouseholds, expectedMembers, expectedFeeds);
    }

    /**
     * A builder whose dictionaries start as copies of {@code like}'s, so that the snapshot it builds uses
     * the same codes for the same values (and new codes only for new values): the rows of the two can
     * then be combined without translating a code ({@link Snapshot#replace}).
     */
    SnapshotBuilder(Snapshot.Dictionaries like, int expectedHouseholds, int expectedMembers, int expectedFeeds) {
        household = new FieldColumn[householdDefs.size()];
        for (int i = 0; i < household.length; i++) {
            household[i] = like == null ? FieldColumn.of(householdDefs.get(i), expectedHouseholds)
                    : like.household()[i].emptyLike(expectedHouseholds, true);
        }
        member = new FieldColumn[memberDefs.size()];
        FieldColumn.Id ids = null;
        for (int i = 0; i < member.length; i++) {
            member[i] = like == null ? FieldColumn.of(memberDefs.get(i), expectedMembers)
                    : like.member()[i].emptyLike(expectedMembers, true);
            if (member[i] instanceof FieldColumn.Id id) {
                ids = id;
            }
        }
        memberIds = ids;
        items = like == null ? new Dictionary() : like.items().copy();
        texts = like == null ? new Dictionary() : like.texts().copy();
        departments = like == null ? new Dictionary() : like.departments().copy();
        orphanIds = like == null ? new Dictionary() : like.orphanIds().copy();
        birth = new int[Math.max(16, expectedMembers)];
        keys = new long[Math.max(16, expectedHouseholds)];
        memberStart = new int[Math.max(16, expectedHouseholds + 1)];
        feedStart = new int[Math.max(16, expectedHouseholds + 1)];
        feedItem = new CodeColumn(expectedFeeds);
        feedMember = new CodeColumn(expectedFeeds);
        feedDate = new int[Math.max(16, expectedFeeds)];
        feedValue = new NumberColumn(expectedFeeds);
        feedText = new CodeColumn(expectedFeeds);
        feedDepartment = new CodeColumn(expectedFeeds);
        feedRecord = new KeyColumn(KeyColumn.Shape.DECIMAL, expectedFeeds,
                like == null ? new Dictionary() : like.recordIds().copy());
        feedCodes = new CodeColumn[] {feedItem, feedMember, feedText, feedDepartment};
    }

    /** Starts the next household, closing the previous one; returns its index in the snapshot. */
    public int household(long key) {
        check();
        closeHousehold();
        if (households == keys.length) {
            int cap = households + (households >> 1) + 16;
            keys = Arrays.copyOf(keys, cap);
            memberStart = Arrays.copyOf(memberStart, cap + 1);
            feedStart = Arrays.copyOf(feedStart, cap + 1);
        }
        keys[households] = key;
        memberStart[households] = members;
        feedStart[households] = feeds;
        for (FieldColumn c : household) {
            c.appendNull();
        }
        return households++;
    }

    /** Adds a member to the current household; returns its ordinal within the household. */
    public int member() {
        requireHousehold();
        if (feeds > feedStart[households - 1]) {
            throw new IllegalStateException("a household's members come before its feed records");
        }
        for (FieldColumn c : member) {
            c.appendNull();
        }
        if (members == birth.length) {
            birth = Arrays.copyOf(birth, members + (members >> 1) + 16);
        }
        birth[members] = 0;
        members++;
        return members - 1 - memberStart[households - 1];
    }

    /**
     * The current member's birth date as {@code yyyymmdd}: kept so that the snapshot can be moved to another
     * screening date ({@link Snapshot#atDate}), which recomputes {@code member.age} from it.
     */
    public void birth(int yyyymmdd) {
        requireHousehold();
        if (members == memberStart[households - 1]) {
            throw new IllegalStateException("no member started in the current household");
        }
        birth[members - 1] = yyyymmdd;
        anyBirth = true;
    }

    /** Sets a field of the current household or member ({@link Snapshot#field} handle) to a number. */
    public void set(int field, BigDecimal value) {
        column(field).set(row(field), value);
    }

    /** Sets a number given as {@code unscaled × 10^-scale} ({@code set(income, 789950, 2)} is 7899.50). */
    public void set(int field, long unscaled, int scale) {
        if (!(column(field) instanceof FieldColumn.Num n)) {
            throw new IllegalArgumentException("not a number field: " + column(field).def.name());
        }
        long value;
        if (scale >= 0 && scale <= Fixed.SCALE && Math.abs(unscaled) < 100_000_000_000_000L) {
            value = unscaled * POWERS[Fixed.SCALE - scale];
        } else {
            value = NumberColumn.fromDecimal(BigDecimal.valueOf(unscaled, scale));
        }
        n.column.set(row(field), value);
    }

    /** Sets a whole number (age, year, size). */
    public void set(int field, int value) {
        set(field, value, 0);
    }

    public void set(int field, String value) {
        column(field).set(row(field), value);
    }

    public void set(int field, boolean value) {
        column(field).set(row(field), value);
    }

    /** Sets any field from an evaluator value ({@link BigDecimal}, {@link String}, {@link Boolean} or null). */
    public void setValue(int field, Object value) {
        column(field).set(row(field), value);
    }

    /**
     * Adds a feed record about the member of the current household with this ID number.
     *
     * @param epochDay   the record's date, {@link LocalDate#toEpochDay()}
     * @param hundredths the value in hundredths (fen for money), or {@link #NO_VALUE}
     * @param recordKey  a non-negative number identifying the record in the application's feed
     *                   table; {@link Snapshot#subject} gives it back as the record id's decimal text
     */
    public void feed(String idNumber, String item, int epochDay, long hundredths, String text, String department,
                     long recordKey) {
        addFeed(idNumber, item, epochDay, hundredths == NO_VALUE ? Fixed.NULL : Math.multiplyExact(hundredths, 100L),
                text, department);
        feedRecord.append(recordKey);
    }

    /** Adds a feed record with the evaluator's types; the record id is kept exactly (compactly when numeric). */
    public void feed(String idNumber, String item, LocalDate date, BigDecimal value, String text, String department,
                     String recordId) {
        if (date == null) {
            throw new IllegalArgumentException("a feed record has a date");
        }
        addFeed(idNumber, item, Math.toIntExact(date.toEpochDay()), NumberColumn.fromDecimal(value), text, department);
        feedRecord.append(recordId);
    }

    private void addFeed(String idNumber, String item, int epochDay, long value, String text, String department) {
        requireHousehold();
        if (item == null) {
            throw new IllegalArgumentException("a feed record has an item");
        }
        if (feeds == feedDate.length) {
            feedDate = Arrays.copyOf(feedDate, feeds + (feeds >> 1) + 16);
        }
        feedItem.append(items.code(item));
        feedMember.append(ordinalOf(idNumber));
        feedDate[feeds] = epochDay;
        feedValue.appendNull();
        feedValue.set(feeds, value);
        feedText.append(text == null ? -1 : texts.code(text));
        feedDepartment.append(department == null ? -1 : departments.code(department));
        feeds++;
    }

    /** The member of the current household with this ID number; else -1 (no ID) or -2 - its orphan code. */
    private int ordinalOf(String idNumber) {
        if (idNumber == null) {
            return -1;
        }
        int h = households - 1;
        long code = memberIds.keys.find(idNumber);
        for (int m = memberStart[h]; m < members; m++) {
            if (memberIds.keys.code(m) == code && code != KeyColumn.NULL) {
                return m - memberStart[h];
            }
        }
        return -2 - orphanIds.code(idNumber);
    }

    /** The finished snapshot. */
    public Snapshot build() {
        check();
        closeHousehold();
        built = true;
        memberStart = Arrays.copyOf(memberStart, households + 1);
        memberStart[households] = members;
        feedStart = Arrays.copyOf(feedStart, households + 1);
        feedStart[households] = feeds;
        keys = Arrays.copyOf(keys, households);
        feedDate = Arrays.copyOf(feedDate, feeds);
        for (FieldColumn c : household) {
            c.trim();
        }
        for (FieldColumn c : member) {
            c.trim();
        }
        for (CodeColumn c : feedCodes) {
            c.trim();
        }
        feedValue.trim();
        feedRecord.trim();
        int[][] lists = new int[items.size()][];
        for (int i = 0; i < lists.length; i++) {
            // an item of a dictionary the builder started from may have no record here
            lists[i] = i < itemHouseholds.length && itemHouseholds[i] != null ? Arrays.copyOf(itemHouseholds[i], itemCounts[i])
                    : new int[0];
        }
        return new Snapshot(households, members, feeds, keys, household, member, memberStart, feedStart,
                new Snapshot.Feeds(feedItem, items, feedMember, orphanIds, feedDate, feedValue, feedText, texts,
                        feedDepartment, departments, feedRecord), lists, anyBirth ? Arrays.copyOf(birth, members) : null);
    }

    /** Sorts the finished household's feed records by item, member and date and indexes its items. */
    private void closeHousehold() {
        if (households == 0) {
            return;
        }
        int h = households - 1;
        int from = feedStart[h];
        int n = feeds - from;
        if (n == 0) {
            return;
        }
        if (n > scratchInt.length) {
            order = new int[n * 2];
            scratchInt = new int[n * 2];
            scratchLong = new long[n * 2];
            scratchPerm = new Integer[n * 2];
        }
        sortOrder(from, n);
        if (!isIdentity(order, n)) {
            int[] copy = order;
            for (CodeColumn c : feedCodes) {
                c.permute(from, copy, n, scratchInt);
            }
            for (int i = 0; i < n; i++) {
                scratchInt[i] = feedDate[from + copy[i]];
            }
            System.arraycopy(scratchInt, 0, feedDate, from, n);
            feedValue.permute(from, copy, n, scratchLong);
            feedRecord.permute(from, copy, n, scratchLong);
        }
        int last = -1;
        for (int f = from; f < feeds; f++) {
            int item = feedItem.get(f);
            if (item != last) {
                indexItem(item, h);
                last = item;
            }
        }
    }

    /** Fills {@link #order} with the sorted order of the household's records, allocating nothing for small households. */
    private void sortOrder(int from, int n) {
        int[] perm = order;
        if (n <= 32) {
            for (int i = 0; i < n; i++) {
                int cur = i;
                int j = i - 1;
                while (j >= 0 && compareFeeds(from + perm[j], from + cur) > 0) {
                    perm[j + 1] = perm[j];
                    j--;
                }
                perm[j + 1] = cur;
            }
            return;
        }
        Integer[] boxed = scratchPerm;
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, 0, n, (a, b) -> compareFeeds(from + a, from + b));
        for (int i = 0; i < n; i++) {
            perm[i] = boxed[i];
        }
    }

    private int compareFeeds(int a, int b) {
        int c = Integer.compare(feedItem.get(a), feedItem.get(b));
        if (c == 0) {
            c = Integer.compare(feedMember.get(a), feedMember.get(b));
        }
        return c != 0 ? c : Integer.compare(feedDate[a], feedDate[b]);
    }

    private static boolean isIdentity(int[] perm, int n) {
        for (int i = 0; i < n; i++) {
            if (perm[i] != i) {
                return false;
            }
        }
        return true;
    }

    private void indexItem(int item, int h) {
        if (item >= itemHouseholds.length) {
            itemHouseholds = Arrays.copyOf(itemHouseholds, item + 8);
            itemCounts = Arrays.copyOf(itemCounts, item + 8);
        }
        int[] list = itemHouseholds[item];
        if (list == null) {
            list = itemHouseholds[item] = new int[1024];
        } else if (itemCounts[item] == list.length) {
            list = itemHouseholds[item] = Arrays.copyOf(list, list.length + (list.length >> 1));
        }
        list[itemCounts[item]++] = h;
    }

    private FieldColumn column(int field) {
        requireHousehold();
        int index = field & 0xFFFF;
        if ((field >>> 16) == 1) {
            if (members == memberStart[households - 1]) {
                throw new IllegalStateException("no member started in the current household");
            }
            return member[index];
        }
        return household[index];
    }

    private int row(int field) {
        return (field >>> 16) == 1 ? members - 1 : households - 1;
    }

    private void requireHousehold() {
        check();
        if (households == 0) {
            throw new IllegalStateException("start a household first");
        }
    }

    private void check() {
        if (built) {
            throw new IllegalStateException("the snapshot is already built");
        }
    }
}
