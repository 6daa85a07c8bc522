// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.rules.Catalog;
import org.jingzhun.rules.FeedRecord;
import org.jingzhun.rules.Subject;

/**
 * 快照 — the whole province's screening data held column by column in primitive arrays, so that the
 * {@link ColumnarEngine} can screen every household without a database round trip and without an
 * object per row. Households are rows {@code 0 … households()-1}, each with an external key (the
 * application's 16-digit household number as a {@code long}) and one column per
 * {@link Catalog#householdFields() household field}. Members and department feed records are stored
 * in CSR layout: household {@code h}'s members are rows {@code memberStart[h] … memberStart[h+1]-1}
 * of the member columns, its feed records rows {@code feedStart[h] … feedStart[h+1]-1} of the feed
 * columns, sorted by item, member and date so that one item's records, and one member's records of
 * that item, are adjacent. For each item a sorted list of the households having at least one record
 * of it lets the engine visit only those households for a rule that needs the item.
 *
 * <p>Numbers are {@link NumberColumn}s (2, 4 or 8 bytes a value), vocabulary text is dictionary
 * codes (1 byte), booleans one byte, dates an {@code int} epoch day, ID numbers and record ids one
 * {@code long}. Immutable once built; safe to read from many threads.
 */
public final class Snapshot {

    /** The feed record columns. {@code member} is the ordinal within the household, -1 for a record about no
     * member and without ID, or {@code -2 - code} of its ID in {@code orphanIds} for one about nobody in the household. */
    record Feeds(CodeColumn item, Dictionary items, CodeColumn member, Dictionary orphanIds, int[] date,
                 NumberColumn value, CodeColumn text, Dictionary texts, CodeColumn department,
                 Dictionary departments, KeyColumn record) {
    }

    private static final List<Catalog.FieldDef> HOUSEHOLD_FIELDS = Catalog.householdFields();
    private static final List<Catalog.FieldDef> MEMBER_FIELDS = Catalog.memberFields();

    final int households;
    final int members;
    final int feeds;
    final long[] keys;
    final FieldColumn[] household;
    final FieldColumn[] member;
    final int[] memberStart;
    final int[] feedStart;
    final Feeds feed;
    /** Per item code, the ascending indices of the households with at least one record of the item. */
    final int[][] itemHouseholds;
    /** Per member row its birth date {@code yyyymmdd} (0 unknown), or null when the builder was given none. */
    final int[] birth;
    private final boolean keysAscending;
    private volatile long[] sortedKeys;
    private volatile int[] sortedIndex;

    Snapshot(int households, int members, int feeds, long[] keys, FieldColumn[] household, FieldColumn[] member,
             int[] memberStart, int[] feedStart, Feeds feed, int[][] itemHouseholds, int[] birth) {
        this.households = households;
        this.members = members;
        this.feeds = feeds;
        this.keys = keys;
        this.household = household;
        this.member = member;
        this.memberStart = memberStart;
        this.feedStart = feedStart;
        this.feed = feed;
        this.itemHouseholds = itemHouseholds;
        this.birth = birth;
        boolean ascending = true;
        for (int i = 1; i < households && ascending; i++) {
            ascending = keys[i - 1] < keys[i];
        }
        this.keysAscending = ascending;
    }

    /** A builder for the streaming load; the expected sizes avoid regrowing arrays and may be 0. */
    public static SnapshotBuilder builder(int expectedHouseholds, int expectedMembers, int expectedFeeds) {
        return new SnapshotBuilder(expectedHouseholds, expectedMembers, expectedFeeds);
    }

    /**
     * The dictionaries of a snapshot's columns: what a builder needs to give its values the same codes
     * ({@link #builderAfter}). The column arrays hold empty columns of each field carrying its dictionary.
     */
    record Dictionaries(FieldColumn[] household, FieldColumn[] member, Dictionary items, Dictionary texts,
                               Dictionary departments, Dictionary orphanIds, Dictionary recordIds) {
    }

    Dictionaries dictionaries() {
        FieldColumn[] h = new FieldColumn[household.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = household[i].emptyLike(0, false);
        }
        FieldColumn[] m = new FieldColumn[member.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = member[i].emptyLike(0, false);
        }
        return new Dictionaries(h, m, feed.items(), feed.texts(), feed.departments(), feed.orphanIds(),
                feed.record().others());
    }

    /**
     * A builder for households that will {@link #replace replace} some of this snapshot's: its values get
     * the codes they have here, so the rows of both combine without translation.
     */
    public SnapshotBuilder builderAfter(int expectedHouseholds, int expectedMembers, int expectedFeeds) {
        return new SnapshotBuilder(dictionaries(), expectedHouseholds, expectedMembers, expectedFeeds);
    }

    /**
     * This snapshot with the households whose keys are in {@code changed} (ascending) taken out and the
     * households of {@code delta} put in, in key order: what the data looks like after those households
     * changed, were added or were deleted. {@code delta} must come from {@link #builderAfter} of this
     * snapshot, and both must have ascending keys. Columns are copied in ranges, not row by row.
     */
    public Snapshot replace(long[] changed, Snapshot delta) {
        return new SnapshotMerge(keys, households, memberStart, feedStart, changed, delta).merge(this);
    }

    /**
     * This snapshot as of another screening date: {@code member.age} recomputed from the kept birth dates
     * (everything else is independent of the date). The same snapshot if the builder was given no birth dates.
     */
    public Snapshot atDate(LocalDate date) {
        if (birth == null) {
            return this;
        }
        int today = date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
        FieldColumn[] m = member.clone();
        for (int i = 0; i < m.length; i++) {
            if (m[i].def.name().equals("age")) {
                NumberColumn ages = new NumberColumn(members);
                for (int r = 0; r < members; r++) {
                    ages.appendNull();
                    if (birth[r] != 0) {
                        ages.set(r, ageAt(birth[r], today) * Fixed.ONE);
                    }
                }
                m[i] = new FieldColumn.Num(m[i].def, ages);
            }
        }
        return new Snapshot(households, members, feeds, keys, household, m, memberStart, feedStart, feed, itemHouseholds,
                birth);
    }

    /** Whole years from a birth date to a date, both {@code yyyymmdd}: the age the registry's rules mean. */
    public static int ageAt(int birthYmd, int todayYmd) {
        return todayYmd / 10000 - birthYmd / 10000 - (todayYmd % 10000 < birthYmd % 10000 ? 1 : 0);
    }

    /** Whether keys ascend, as {@link #replace} needs. */
    public boolean keysAscending() {
        return keysAscending;
    }

    /**
     * The handle of a field for {@link SnapshotBuilder#set}: {@code household.category}, {@code member.age}, …
     * Look it up once, not per row.
     */
    public static int field(String qualifiedName) {
        int dot = qualifiedName.indexOf('.');
        String scope = dot < 0 ? "" : qualifiedName.substring(0, dot);
        String name = qualifiedName.substring(dot + 1);
        List<Catalog.FieldDef> defs = switch (scope) {
            case "household" -> HOUSEHOLD_FIELDS;
            case "member" -> MEMBER_FIELDS;
            default -> throw new IllegalArgumentException("a field is household.name or member.name: " + qualifiedName);
        };
        for (int i = 0; i < defs.size(); i++) {
            if (defs.get(i).name().equals(name)) {
                return scope.equals("member") ? 1 << 16 | i : i;
            }
        }
        throw new IllegalArgumentException("no such field in the catalogue: " + qualifiedName);
    }

    /**
     * A snapshot of evaluator subjects, household {@code i} being {@code subjects.get(i)} with key {@code i}. A
     * field missing from a subject's maps is read as null; fields outside the catalogue are not kept; the
     * subjects' parameters and dates are not part of a snapshot.
     */
    public static Snapshot fromSubjects(List<Subject> subjects) {
        int m = 0;
        int f = 0;
        for (Subject s : subjects) {
            m += s.members().size();
            f += s.feeds().size();
        }
        return fromSubjects(builder(subjects.size(), m, f), subjects, null);
    }

    /** The snapshot of the subjects built by {@code b}, household {@code i} with key {@code keys[i]} (or {@code i}). */
    static Snapshot fromSubjects(SnapshotBuilder b, List<Subject> subjects, long[] keys) {
        for (int i = 0; i < subjects.size(); i++) {
            Subject s = subjects.get(i);
            b.household(keys == null ? i : keys[i]);
            for (int k = 0; k < HOUSEHOLD_FIELDS.size(); k++) {
                b.setValue(k, s.household().get(HOUSEHOLD_FIELDS.get(k).name()));
            }
            List<String> ids = new ArrayList<>();
            for (Map<String, Object> member : s.members()) {
                b.member();
                for (int k = 0; k < MEMBER_FIELDS.size(); k++) {
                    b.setValue(1 << 16 | k, member.get(MEMBER_FIELDS.get(k).name()));
                }
                Object id = member.get("id_number");
                if (id != null && ids.contains(id)) {
                    throw new IllegalArgumentException("household " + i + " lists ID number " + id + " twice");
                }
                ids.add((String) id);
            }
            for (FeedRecord r : s.feeds()) {
                b.feed(r.idNumber(), r.item(), r.date(), r.value(), r.text(), r.department(), r.recordId());
            }
        }
        return b.build();
    }

    public int households() {
        return households;
    }

    public int members() {
        return members;
    }

    public int feeds() {
        return feeds;
    }

    /** The external key of a household (the application's household number). */
    public long key(int household) {
        return keys[household];
    }

    /** The household with this external key, or -1. A binary search when keys were added in ascending order. */
    public int indexOf(long key) {
        if (keysAscending) {
            int i = Arrays.binarySearch(keys, 0, households, key);
            return i < 0 ? -1 : i;
        }
        if (sortedKeys == null) {
            sortKeys();
        }
        int i = Arrays.binarySearch(sortedKeys, key);
        return i < 0 ? -1 : sortedIndex[i];
    }

    private synchronized void sortKeys() {
        if (sortedKeys != null) {
            return;
        }
        Integer[] order = new Integer[households];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        long[] sk = new long[households];
        int[] si = new int[households];
        for (int i = 0; i < households; i++) {
            sk[i] = keys[order[i]];
            si[i] = order[i];
        }
        sortedIndex = si;
        sortedKeys = sk;
    }

    /** How many households have at least one record of the item (0 for an item never seen). */
    public int householdsWith(String item) {
        int code = feed.items().find(item);
        return code < 0 ? 0 : itemHouseholds[code].length;
    }

    /** The number of members of a household. */
    public int memberCount(int household) {
        return memberStart[household + 1] - memberStart[household];
    }

    /**
     * The household as the {@link org.jingzhun.rules.Evaluator} takes it, for explaining a hit and for
     * differential tests: every catalogue field (numbers as {@link BigDecimal} without needless trailing
     * zeros), the members in their order, the feed records sorted by item, member and date.
     */
    public Subject subject(int household, Map<String, Object> params, LocalDate date) {
        Map<String, Object> h = new LinkedHashMap<>();
        for (FieldColumn c : this.household) {
            h.put(c.def.name(), c.value(household));
        }
        int first = memberStart[household];
        int last = memberStart[household + 1];
        List<Map<String, Object>> ms = new ArrayList<>(last - first);
        for (int m = first; m < last; m++) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (FieldColumn c : member) {
                fields.put(c.def.name(), c.value(m));
            }
            ms.add(fields);
        }
        List<FeedRecord> fs = new ArrayList<>(feedStart[household + 1] - feedStart[household]);
        for (int f = feedStart[household]; f < feedStart[household + 1]; f++) {
            fs.add(feedRecord(household, f, ms));
        }
        return new Subject(h, List.copyOf(ms), List.copyOf(fs), params, date);
    }

    private FeedRecord feedRecord(int household, int f, List<Map<String, Object>> ms) {
        int ordinal = feed.member().get(f);
        String id = ordinal >= 0 ? (String) ms.get(ordinal).get("id_number")
                : ordinal == -1 ? null : feed.orphanIds().value(-2 - ordinal);
        int text = feed.text().get(f);
        int department = feed.department().get(f);
        return new FeedRecord(department < 0 ? null : feed.departments().value(department), feed.record().value(f),
                id, feed.items().value(feed.item().get(f)), LocalDate.ofEpochDay(feed.date()[f]),
                feed.value().decimal(f), text < 0 ? null : feed.texts().value(text));
    }

    /** The household field column of this name, or null. */
    FieldColumn householdColumn(String name) {
        for (FieldColumn c : household) {
            if (c.def.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** The member field column of this name, or null. */
    FieldColumn memberColumn(String name) {
        for (FieldColumn c : member) {
            if (c.def.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** The snapshot's arrays in bytes (the dictionaries' few strings not counted). */
    public long bytes() {
        long b = 8L * keys.length + 4L * memberStart.length + 4L * feedStart.length + 4L * feed.date().length;
        for (FieldColumn c : household) {
            b += c.bytes();
        }
        for (FieldColumn c : member) {
            b += c.bytes();
        }
        b += feed.item().bytes() + feed.member().bytes() + feed.value().bytes() + feed.text().bytes()
                + feed.department().bytes() + feed.record().bytes();
        for (int[] list : itemHouseholds) {
            b += 4L * list.length;
        }
        return b;
    }
}
