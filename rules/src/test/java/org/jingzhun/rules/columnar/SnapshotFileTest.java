// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jingzhun.rules.RandomSubjects;
import org.jingzhun.rules.Rule;
import org.jingzhun.rules.RuleFile;
import org.jingzhun.rules.Evaluation.Status;
import org.jingzhun.rules.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kept snapshot read back, and a snapshot with some households replaced, deleted and added, are the
 * same — household by household, field by field, and in what the engine finds — as a snapshot built
 * afresh from the data after those changes.
 */
class SnapshotFileTest {

    private static final LocalDate DATE = RandomSubjects.SCREENING_DATE;
    private static final SnapshotFile.Meta META = new SnapshotFile.Meta("360000000000", 7, "token", 1234L, 20_000L);

    @TempDir
    Path dir;

    private static void write(Snapshot s, SnapshotFile.Meta meta, Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            SnapshotFile.write(s, meta, ch);
        }
    }

    private static SnapshotFile.Kept open(Path file) throws IOException {
        return SnapshotFile.open(FileChannel.open(file, StandardOpenOption.READ));
    }

    private static long[] keys(int n, int step, int offset) {
        long[] k = new long[n];
        for (int i = 0; i < n; i++) {
            k[i] = 3_608_211_002_010_000L + (long) i * step + offset;
        }
        return k;
    }

    private static Snapshot build(List<Subject> subjects, long[] keys) {
        return Snapshot.fromSubjects(Snapshot.builder(0, 0, 0), subjects, keys);
    }

    /** Every household of {@code got} equals the one of {@code expected} with its key, and the engine agrees. */
    private static void assertSame(Snapshot got, Snapshot expected) {
        assertThat(got.households()).isEqualTo(expected.households());
        assertThat(got.members()).isEqualTo(expected.members());
        assertThat(got.feeds()).isEqualTo(expected.feeds());
        for (int h = 0; h < expected.households(); h++) {
            assertThat(got.key(h)).isEqualTo(expected.key(h));
            // the same records; their order within a household follows the item codes, which may differ
            assertThat(SnapshotTest.normal(got.subject(h, RandomSubjects.params(), DATE))).as("household " + expected.key(h))
                    .isEqualTo(SnapshotTest.normal(expected.subject(h, RandomSubjects.params(), DATE)));
        }
        List<Rule> rules = new ArrayList<>(RuleFile.defaults());
        ColumnarEngine engine = ColumnarEngine.compile(rules, Differential.decimals(RandomSubjects.params()), DATE);
        Status[][] a = Differential.screen(got, engine, 2);
        Status[][] b = Differential.screen(expected, engine, 2);
        for (int h = 0; h < b.length; h++) {
            assertThat(a[h]).as("statuses of household " + expected.key(h)).isEqualTo(b[h]);
        }
        for (String item : List.of("YB01", "YB02", "MZ04", "CL01")) {
            assertThat(got.householdsWith(item)).as("households with " + item).isEqualTo(expected.householdsWith(item));
        }
    }

    @Test
    void aKeptSnapshotReadsBackAsItWasWritten() throws IOException {
        List<Subject> subjects = RandomSubjects.generate(5L, 1500);
        Snapshot s = build(subjects, keys(1500, 10, 0));
        Path file = dir.resolve("s.snap");
        write(s, META, file);
        try (SnapshotFile.Kept kept = open(file)) {
            assertThat(kept.meta()).isEqualTo(META);
            assertThat(kept.households()).isEqualTo(1500);
            assertSame(kept.read(new long[0], null), s);
        }
    }

    @Test
    void replacingDeletingAndAddingHouseholdsGivesWhatAFreshBuildGives() throws IOException {
        int n = 1200;
        List<Subject> before = RandomSubjects.generate(11L, n);
        long[] beforeKeys = keys(n, 10, 0);
        Snapshot base = build(before, beforeKeys);
        // the data after: every 7th household changed, every 11th deleted, a new one after every 13th
        List<Subject> fresh = RandomSubjects.generate(12L, n);
        Random random = new Random(3);
        List<Subject> after = new ArrayList<>();
        List<Long> afterKeys = new ArrayList<>();
        List<Subject> delta = new ArrayList<>();
        List<Long> deltaKeys = new ArrayList<>();
        List<Long> changed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i % 11 == 0) {
                changed.add(beforeKeys[i]);
            } else if (i % 7 == 0) {
                after.add(fresh.get(i));
                afterKeys.add(beforeKeys[i]);
                delta.add(fresh.get(i));
                deltaKeys.add(beforeKeys[i]);
                changed.add(beforeKeys[i]);
            } else {
                after.add(before.get(i));
                afterKeys.add(beforeKeys[i]);
            }
            if (i % 13 == 0) {
                Subject added = fresh.get(random.nextInt(n));
                after.add(added);
                afterKeys.add(beforeKeys[i] + 5);
                delta.add(added);
                deltaKeys.add(beforeKeys[i] + 5);
                changed.add(beforeKeys[i] + 5);
            }
        }
        long[] changedKeys = changed.stream().mapToLong(Long::longValue).sorted().toArray();
        Snapshot expected = build(after, afterKeys.stream().mapToLong(Long::longValue).toArray());

        // in memory
        Snapshot d = Snapshot.fromSubjects(base.builderAfter(0, 0, 0), delta,
                deltaKeys.stream().mapToLong(Long::longValue).toArray());
        assertSame(base.replace(changedKeys, d), expected);

        // from a kept file, merged while it is read
        Path file = dir.resolve("s.snap");
        write(base, META, file);
        try (SnapshotFile.Kept kept = open(file)) {
            Snapshot d2 = Snapshot.fromSubjects(kept.builderAfter(0, 0, 0), delta,
                    deltaKeys.stream().mapToLong(Long::longValue).toArray());
            assertSame(kept.read(changedKeys, d2), expected);
        }
    }

    @Test
    void aDeltaWithoutRecordsOfSomeKeptItemsMergesToo() {
        List<Subject> subjects = RandomSubjects.generate(8L, 200);
        long[] k = keys(200, 10, 0);
        Snapshot base = build(subjects, k);
        // the replacing household has no feed records at all: every kept item is absent from the delta
        Subject bare = new Subject(subjects.get(4).household(), subjects.get(4).members(), List.of(),
                subjects.get(4).params(), subjects.get(4).date());
        Snapshot d = Snapshot.fromSubjects(base.builderAfter(0, 0, 0), List.of(bare), new long[] {k[4]});
        List<Subject> after = new ArrayList<>(subjects);
        after.set(4, bare);
        assertSame(base.replace(new long[] {k[4]}, d), build(after, k));
    }

    @Test
    void aDeltaWithAHouseholdNotNamedAsChangedIsRefused() {
        List<Subject> subjects = RandomSubjects.generate(5L, 20);
        Snapshot base = build(subjects, keys(20, 10, 0));
        Snapshot d = Snapshot.fromSubjects(base.builderAfter(0, 0, 0), subjects.subList(0, 1), new long[] {keys(20, 10, 0)[3]});
        assertThatThrownBy(() -> base.replace(new long[] {1L}, d)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTruncatedOrForeignFileIsRefused() throws IOException {
        Snapshot s = build(RandomSubjects.generate(5L, 300), keys(300, 10, 0));
        Path file = dir.resolve("s.snap");
        write(s, META, file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 100));
        assertThatThrownBy(() -> {
            try (SnapshotFile.Kept kept = open(file)) {
                kept.read(new long[0], null);
            }
        }).isInstanceOf(IOException.class);
        Files.writeString(file, "not a snapshot at all, just some text that is long enough to read a header from it");
        assertThatThrownBy(() -> open(file)).isInstanceOf(IOException.class);
    }

    @Test
    void agesMoveWithTheScreeningDate() {
        int age = Snapshot.field("member.age");
        SnapshotBuilder b = Snapshot.builder(1, 2, 0);
        b.household(1L);
        b.member();
        b.birth(20000301);
        b.set(age, Snapshot.ageAt(20000301, 20260228));
        b.member(); // no birth date known
        Snapshot s = b.build();
        assertThat(s.subject(0, RandomSubjects.params(), DATE).members().get(0).get("age")).hasToString("25");
        Snapshot later = s.atDate(LocalDate.of(2026, 3, 1));
        assertThat(later.subject(0, RandomSubjects.params(), DATE).members().get(0).get("age")).hasToString("26");
        assertThat(later.subject(0, RandomSubjects.params(), DATE).members().get(1).get("age")).isNull();
    }
}
