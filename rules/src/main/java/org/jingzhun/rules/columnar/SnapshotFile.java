// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.List;
import org.jingzhun.rules.Catalog;

/**
 * A snapshot kept on disk between screening runs, so that the next run reads it back in seconds and
 * re-extracts only the households that changed since ({@link Kept#read}) instead of the whole
 * province. The file is the snapshot's primitive arrays in one sequential binary layout: a header
 * ({@link Meta}, the catalogue it was built for, the sizes), every dictionary, the household keys and
 * CSR offsets, then one column after another. Reading merges the changed households in column by
 * column, so that the kept and the new snapshot are never both whole in memory.
 *
 * <p>The module does no file handling of its own: it reads and writes channels the application
 * opens. A file of another format version or catalogue, or a truncated one, is refused with an
 * {@link IOException} (the caller then extracts afresh).
 */
public final class SnapshotFile {

    private static final long MAGIC = 0x4a5a534e41503031L; // "JZSNAP01"
    private static final int VERSION = 1;

    /**
     * What the application records with a kept snapshot: the region, the run that kept it and a token
     * that the run's database row must also hold (a file from another database, or from before a restore,
     * is thus never used), the change watermark (epoch milliseconds: every change not in the snapshot was
     * made at or after it) and the screening date its ages are for.
     */
    public record Meta(String region, long runId, String token, long watermarkMillis, long epochDay) {
    }

    private SnapshotFile() {
    }

    /**
     * Writes a snapshot to a channel (the application writes to a temporary file, forces it to disk and moves
     * it into place, so that a crash never leaves a half-written file under the real name).
     */
    public static void write(Snapshot s, Meta meta, WritableByteChannel channel) throws IOException {
        try (SnapshotIo.Out out = new SnapshotIo.Out(channel)) {
            out.writeLong(MAGIC);
            out.writeInt(VERSION);
            out.writeString(catalogue());
            out.writeString(meta.region());
            out.writeLong(meta.runId());
            out.writeString(meta.token());
            out.writeLong(meta.watermarkMillis());
            out.writeLong(meta.epochDay());
            out.writeInt(s.households);
            out.writeInt(s.members);
            out.writeInt(s.feeds);
            out.writeByte(s.birth != null ? 1 : 0);
            for (FieldColumn c : s.household) {
                c.writeDictionary(out);
            }
            for (FieldColumn c : s.member) {
                c.writeDictionary(out);
            }
            s.feed.items().write(out);
            s.feed.texts().write(out);
            s.feed.departments().write(out);
            s.feed.orphanIds().write(out);
            s.feed.record().others().write(out);
            out.writeLongs(s.keys, s.households);
            out.writeInts(s.memberStart, s.households + 1);
            out.writeInts(s.feedStart, s.households + 1);
            for (FieldColumn c : s.household) {
                c.writeData(out);
            }
            for (FieldColumn c : s.member) {
                c.writeData(out);
            }
            if (s.birth != null) {
                out.writeInts(s.birth, s.members);
            }
            s.feed.item().write(out);
            s.feed.member().write(out);
            out.writeInts(s.feed.date(), s.feeds);
            s.feed.value().write(out);
            s.feed.text().write(out);
            s.feed.department().write(out);
            s.feed.record().write(out);
            out.writeLong(MAGIC); // a complete file ends as it starts
        }
    }

    /** Opens a kept snapshot: reads its header, dictionaries and layout; the columns follow in {@link Kept#read}. */
    public static Kept open(ReadableByteChannel channel) throws IOException {
        try {
            return new Kept(channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The fields a snapshot has, in order, with their types: a file for another catalogue is not read. */
    private static String catalogue() {
        StringBuilder b = new StringBuilder();
        for (List<Catalog.FieldDef> defs : List.of(Catalog.householdFields(), Catalog.memberFields())) {
            for (Catalog.FieldDef d : defs) {
                b.append(d.name()).append(':').append(d.type()).append(',');
            }
            b.append(';');
        }
        return b.toString();
    }

    /** An open kept snapshot, read once. */
    public static final class Kept implements AutoCloseable {
        private final ReadableByteChannel channel;
        private final SnapshotIo.In in;
        private final Meta meta;
        private final int households;
        private final int members;
        private final int feeds;
        private final boolean hasBirth;
        private final Snapshot.Dictionaries dictionaries;
        private final long[] keys;
        private final int[] memberStart;
        private final int[] feedStart;
        private boolean read;

        private Kept(ReadableByteChannel channel) throws IOException {
            this.channel = channel;
            this.in = new SnapshotIo.In(channel);
            if (in.readLong() != MAGIC) {
                throw new IOException("not a kept snapshot file");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IOException("a kept snapshot of format " + version + ", this version reads " + VERSION);
            }
            if (!in.readString().equals(catalogue())) {
                throw new IOException("the kept snapshot was made for another field catalogue");
            }
            meta = new Meta(in.readString(), in.readLong(), in.readString(), in.readLong(), in.readLong());
            households = in.readInt();
            members = in.readInt();
            feeds = in.readInt();
            hasBirth = in.readByte() == 1;
            List<Catalog.FieldDef> hd = Catalog.householdFields();
            FieldColumn[] h = new FieldColumn[hd.size()];
            for (int i = 0; i < h.length; i++) {
                h[i] = FieldColumn.readDictionary(hd.get(i), in);
            }
            List<Catalog.FieldDef> md = Catalog.memberFields();
            FieldColumn[] m = new FieldColumn[md.size()];
            for (int i = 0; i < m.length; i++) {
                m[i] = FieldColumn.readDictionary(md.get(i), in);
            }
            dictionaries = new Snapshot.Dictionaries(h, m, Dictionary.read(in), Dictionary.read(in), Dictionary.read(in),
                    Dictionary.read(in), Dictionary.read(in));
            keys = in.readLongs(households);
            memberStart = in.readInts(households + 1);
            feedStart = in.readInts(households + 1);
        }

        public Meta meta() {
            return meta;
        }

        public int households() {
            return households;
        }

        /** A builder for the changed households, speaking this snapshot's codes ({@link Snapshot#builderAfter}). */
        public SnapshotBuilder builderAfter(int expectedHouseholds, int expectedMembers, int expectedFeeds) {
            return new SnapshotBuilder(dictionaries, expectedHouseholds, expectedMembers, expectedFeeds);
        }

        /**
         * Reads the kept snapshot with the households of {@code changed} (ascending keys) replaced by those of
         * {@code delta} (built by {@link #builderAfter}); with no changes, {@code changed} empty and {@code delta}
         * null.
         */
        public Snapshot read(long[] changed, Snapshot delta) throws IOException {
            if (read) {
                throw new IllegalStateException("a kept snapshot is read once");
            }
            read = true;
            SnapshotMerge merge = delta == null ? null
                    : new SnapshotMerge(keys, households, memberStart, feedStart, changed, delta);
            if (delta == null && changed.length > 0) {
                throw new IllegalArgumentException("changed households need their new rows");
            }
            FieldColumn[] h = new FieldColumn[dictionaries.household().length];
            for (int i = 0; i < h.length; i++) {
                FieldColumn base = dictionaries.household()[i].readData(in);
                h[i] = merge == null ? base : merge.field(SnapshotMerge.Level.HOUSEHOLD, base, delta.household[i]);
            }
            FieldColumn[] m = new FieldColumn[dictionaries.member().length];
            for (int i = 0; i < m.length; i++) {
                FieldColumn base = dictionaries.member()[i].readData(in);
                m[i] = merge == null ? base : merge.field(SnapshotMerge.Level.MEMBER, base, delta.member[i]);
            }
            int[] birth = hasBirth ? in.readInts(members) : null;
            if (merge != null) {
                birth = merge.birth(birth);
            }
            Snapshot.Feeds d = delta == null ? null : delta.feed;
            // each column merged as soon as it is read: the kept and the new column are in memory together, no more
            CodeColumn item = merge == null ? CodeColumn.read(in) : merge.codes(CodeColumn.read(in), d.item());
            CodeColumn member = merge == null ? CodeColumn.read(in) : merge.codes(CodeColumn.read(in), d.member());
            int[] date = merge == null ? in.readInts(feeds) : merge.ints(SnapshotMerge.Level.FEED, in.readInts(feeds), d.date());
            NumberColumn value = merge == null ? NumberColumn.read(in) : merge.numbers(NumberColumn.read(in), d.value());
            CodeColumn text = merge == null ? CodeColumn.read(in) : merge.codes(CodeColumn.read(in), d.text());
            CodeColumn department = merge == null ? CodeColumn.read(in) : merge.codes(CodeColumn.read(in), d.department());
            KeyColumn kept = KeyColumn.read(in, KeyColumn.Shape.DECIMAL, dictionaries.recordIds());
            KeyColumn record = merge == null ? kept : merge.recordIds(kept, d.record());
            if (in.readLong() != MAGIC) {
                throw new IOException("the kept snapshot file is incomplete");
            }
            if (merge == null) {
                Snapshot.Feeds feed = new Snapshot.Feeds(item, dictionaries.items(), member, dictionaries.orphanIds(), date,
                        value, text, dictionaries.texts(), department, dictionaries.departments(), record);
                return new Snapshot(households, members, feeds, keys, h, m, memberStart, feedStart, feed,
                        SnapshotMerge.itemHouseholds(item, feedStart, households, dictionaries.items().size()), birth);
            }
            Snapshot.Feeds feed = new Snapshot.Feeds(item, d.items(), member, d.orphanIds(), date, value, text, d.texts(),
                    department, d.departments(), record);
            return merge.build(h, m, feed, birth);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
