// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import java.util.Arrays;

/**
 * Combines a base snapshot with a delta of replaced households ({@link Snapshot#replace}): the new
 * household order is the merge of the base's households not replaced and the delta's, both by
 * ascending key, described as runs ("segments") of consecutive rows from one side; each column is
 * then the concatenation of those runs, at household, member and feed level alike. The base may be
 * in memory or read column by column from a kept file ({@link SnapshotFile}), so that the base and
 * the result need not both be whole in memory.
 */
final class SnapshotMerge {

    private static final int BASE = 0;
    private static final int DELTA = 1;

    private final int[] baseMemberStart;
    private final int[] baseFeedStart;
    private final Snapshot delta;
    private int segments;
    private int[] side = new int[64];
    private int[] from = new int[64];
    private int[] length = new int[64];
    final int households;
    final int members;
    final int feeds;
    final long[] keys;
    final int[] memberStart;
    final int[] feedStart;

    SnapshotMerge(long[] baseKeys, int baseHouseholds, int[] baseMemberStart, int[] baseFeedStart, long[] changed,
                  Snapshot delta) {
        this.baseMemberStart = baseMemberStart;
        this.baseFeedStart = baseFeedStart;
        this.delta = delta;
        for (int i = 1; i < changed.length; i++) {
            if (changed[i - 1] >= changed[i]) {
                throw new IllegalArgumentException("the replaced keys must ascend");
            }
        }
        for (int i = 1; i < baseHouseholds; i++) {
            if (baseKeys[i - 1] >= baseKeys[i]) {
                throw new IllegalArgumentException("a snapshot is patched only when its keys ascend");
            }
        }
        if (!delta.keysAscending()) {
            throw new IllegalArgumentException("the replacing households' keys must ascend");
        }
        for (int j = 0; j < delta.households; j++) {
            if (Arrays.binarySearch(changed, delta.keys[j]) < 0) {
                throw new IllegalArgumentException("household " + delta.keys[j] + " is in the delta but not among the replaced");
            }
        }
        int i = 0;
        int j = 0;
        int c = 0;
        int n = 0;
        while (i < baseHouseholds || j < delta.households) {
            long bk = i < baseHouseholds ? baseKeys[i] : Long.MAX_VALUE;
            long dk = j < delta.households ? delta.keys[j] : Long.MAX_VALUE;
            if (i < baseHouseholds && bk <= dk) {
                while (c < changed.length && changed[c] < bk) {
                    c++;
                }
                if (c < changed.length && changed[c] == bk) {
                    i++; // replaced (or deleted when the delta has no household of this key)
                    continue;
                }
                add(BASE, i++);
            } else {
                add(DELTA, j++);
            }
            n++;
        }
        households = n;
        keys = new long[n];
        memberStart = new int[n + 1];
        feedStart = new int[n + 1];
        int row = 0;
        int m = 0;
        int f = 0;
        for (int s = 0; s < segments; s++) {
            long[] k = side[s] == BASE ? baseKeys : delta.keys;
            int[] ms = side[s] == BASE ? baseMemberStart : delta.memberStart;
            int[] fs = side[s] == BASE ? baseFeedStart : delta.feedStart;
            System.arraycopy(k, from[s], keys, row, length[s]);
            for (int h = 0; h < length[s]; h++) {
                memberStart[row + h] = m + ms[from[s] + h] - ms[from[s]];
                feedStart[row + h] = f + fs[from[s] + h] - fs[from[s]];
            }
            m += ms[from[s] + length[s]] - ms[from[s]];
            f += fs[from[s] + length[s]] - fs[from[s]];
            row += length[s];
        }
        memberStart[n] = m;
        feedStart[n] = f;
        members = m;
        feeds = f;
    }

    private void add(int which, int row) {
        if (segments > 0 && side[segments - 1] == which && from[segments - 1] + length[segments - 1] == row) {
            length[segments - 1]++;
            return;
        }
        if (segments == side.length) {
            side = Arrays.copyOf(side, segments * 2);
            from = Arrays.copyOf(from, segments * 2);
            length = Arrays.copyOf(length, segments * 2);
        }
        side[segments] = which;
        from[segments] = row;
        length[segments] = 1;
        segments++;
    }

    /** Household, member or feed level. */
    enum Level { HOUSEHOLD, MEMBER, FEED }

    private int start(int s, Level level, int household) {
        return switch (level) {
            case HOUSEHOLD -> household;
            case MEMBER -> (side[s] == BASE ? baseMemberStart : delta.memberStart)[household];
            case FEED -> (side[s] == BASE ? baseFeedStart : delta.feedStart)[household];
        };
    }

    private int total(Level level) {
        return switch (level) {
            case HOUSEHOLD -> households;
            case MEMBER -> members;
            case FEED -> feeds;
        };
    }

    /** Appends, segment by segment, the rows of one side or the other. */
    private interface Appender {
        void append(boolean fromBase, int first, int count);
    }

    private void forEachRange(Level level, Appender appender) {
        for (int s = 0; s < segments; s++) {
            int a = start(s, level, from[s]);
            int b = start(s, level, from[s] + length[s]);
            if (b > a) {
                appender.append(side[s] == BASE, a, b - a);
            }
        }
    }

    FieldColumn field(Level level, FieldColumn base, FieldColumn replacing) {
        FieldColumn out = replacing.emptyLike(total(level), false); // the delta's dictionary extends the base's
        forEachRange(level, (fromBase, first, count) -> out.appendRange(fromBase ? base : replacing, first, count));
        return out;
    }

    CodeColumn codes(CodeColumn base, CodeColumn replacing) {
        CodeColumn out = new CodeColumn(feeds);
        forEachRange(Level.FEED, (fromBase, first, count) -> out.appendRange(fromBase ? base : replacing, first, count));
        return out;
    }

    NumberColumn numbers(NumberColumn base, NumberColumn replacing) {
        NumberColumn out = new NumberColumn(feeds);
        forEachRange(Level.FEED, (fromBase, first, count) -> out.appendRange(fromBase ? base : replacing, first, count));
        return out;
    }

    KeyColumn recordIds(KeyColumn base, KeyColumn replacing) {
        KeyColumn out = new KeyColumn(replacing.shape(), feeds, replacing.others());
        forEachRange(Level.FEED, (fromBase, first, count) -> out.appendRange(fromBase ? base : replacing, first, count));
        return out;
    }

    int[] ints(Level level, int[] base, int[] replacing) {
        int[] out = new int[total(level)];
        int[] at = {0};
        forEachRange(level, (fromBase, first, count) -> {
            System.arraycopy(fromBase ? base : replacing, first, out, at[0], count);
            at[0] += count;
        });
        return out;
    }

    /** Birth dates, when both sides have them (else the result has none and cannot move to another date). */
    int[] birth(int[] base) {
        return base == null || delta.birth == null ? null : ints(Level.MEMBER, base, delta.birth);
    }

    /** The merged snapshot of a base held in memory. */
    Snapshot merge(Snapshot base) {
        FieldColumn[] household = new FieldColumn[base.household.length];
        for (int i = 0; i < household.length; i++) {
            household[i] = field(Level.HOUSEHOLD, base.household[i], delta.household[i]);
        }
        FieldColumn[] member = new FieldColumn[base.member.length];
        for (int i = 0; i < member.length; i++) {
            member[i] = field(Level.MEMBER, base.member[i], delta.member[i]);
        }
        Snapshot.Feeds b = base.feed;
        Snapshot.Feeds d = delta.feed;
        Snapshot.Feeds feed = new Snapshot.Feeds(codes(b.item(), d.item()), d.items(), codes(b.member(), d.member()),
                d.orphanIds(), ints(Level.FEED, b.date(), d.date()), numbers(b.value(), d.value()),
                codes(b.text(), d.text()), d.texts(), codes(b.department(), d.department()), d.departments(),
                recordIds(b.record(), d.record()));
        return build(household, member, feed, birth(base.birth));
    }

    Snapshot build(FieldColumn[] household, FieldColumn[] member, Snapshot.Feeds feed, int[] birth) {
        return new Snapshot(households, members, feeds, keys, household, member, memberStart, feedStart, feed,
                itemHouseholds(feed.item(), feedStart, households, feed.items().size()), birth);
    }

    /** Per item, the ascending households with a record of it (a household's records are sorted by item). */
    static int[][] itemHouseholds(CodeColumn item, int[] feedStart, int households, int items) {
        int[] counts = new int[items];
        for (int pass = 0; pass < 2; pass++) {
            int[][] lists = pass == 1 ? new int[items][] : null;
            if (lists != null) {
                for (int k = 0; k < items; k++) {
                    lists[k] = new int[counts[k]];
                }
                Arrays.fill(counts, 0);
            }
            for (int h = 0; h < households; h++) {
                int last = -1;
                for (int f = feedStart[h]; f < feedStart[h + 1]; f++) {
                    int it = item.get(f);
                    if (it != last) {
                        if (lists != null) {
                            lists[it][counts[it]] = h;
                        }
                        counts[it]++;
                        last = it;
                    }
                }
            }
            if (lists != null) {
                return lists;
            }
        }
        throw new AssertionError();
    }
}
