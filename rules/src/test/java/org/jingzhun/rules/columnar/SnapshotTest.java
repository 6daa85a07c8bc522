// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.rules.FeedRecord;
import org.jingzhun.rules.RandomSubjects;
import org.jingzhun.rules.Subject;
import org.junit.jupiter.api.Test;

class SnapshotTest {

    private static final LocalDate DATE = RandomSubjects.SCREENING_DATE;

    /** Numbers as plain text without trailing zeros, feed records sorted by id: what a round trip must keep. */
    private static Object normal(Object v) {
        return switch (v) {
            case BigDecimal d -> d.stripTrailingZeros().toPlainString();
            case Map<?, ?> m -> {
                Map<Object, Object> out = new LinkedHashMap<>();
                m.forEach((k, x) -> out.put(k, normal(x)));
                yield out;
            }
            case List<?> l -> l.stream().map(SnapshotTest::normal).toList();
            case FeedRecord f -> List.of(String.valueOf(f.department()), String.valueOf(f.recordId()),
                    String.valueOf(f.idNumber()), f.item(), f.date(), String.valueOf(normal(f.value())),
                    String.valueOf(f.text()));
            case null -> "null";
            default -> v;
        };
    }

    static Object normal(Subject s) {
        List<FeedRecord> feeds = s.feeds().stream()
                .sorted(Comparator.comparing(FeedRecord::recordId, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        return List.of(normal(s.household()), normal(s.members()), normal(feeds));
    }

    @Test
    void aSubjectComesBackFromTheSnapshotWithEveryFieldMemberAndFeedRecord() {
        List<Subject> subjects = RandomSubjects.generate(99L, 2000);
        Snapshot snapshot = Snapshot.fromSubjects(subjects);
        assertThat(snapshot.households()).isEqualTo(2000);
        assertThat(snapshot.members()).isEqualTo(subjects.stream().mapToInt(s -> s.members().size()).sum());
        assertThat(snapshot.feeds()).isEqualTo(subjects.stream().mapToInt(s -> s.feeds().size()).sum());
        for (int h = 0; h < subjects.size(); h++) {
            Subject back = snapshot.subject(h, RandomSubjects.params(), DATE);
            assertThat(normal(back)).as("household " + h).isEqualTo(normal(subjects.get(h)));
            assertThat(back.params()).isEqualTo(RandomSubjects.params());
            assertThat(back.date()).isEqualTo(DATE);
            assertThat(snapshot.key(h)).isEqualTo(h);
        }
    }

    @Test
    void theStreamingBuilderTakesPrimitiveValuesAndKeepsUnusualOnesExactly() {
        int category = Snapshot.field("household.category");
        int income = Snapshot.field("household.net_income");
        int dibao = Snapshot.field("household.dibao");
        int id = Snapshot.field("member.id_number");
        int age = Snapshot.field("member.age");
        int grade = Snapshot.field("member.disability_grade");
        SnapshotBuilder b = Snapshot.builder(2, 3, 4);
        assertThat(b.household(3601020304050607L)).isZero();
        b.set(category, "EXITED");
        b.set(income, 789_950, 2);
        b.set(dibao, true);
        assertThat(b.member()).isZero();
        b.set(id, "36010219800101123X");
        b.set(age, 44);
        assertThat(b.member()).isEqualTo(1);
        b.set(id, "A-not-a-standard-id");
        b.set(grade, new BigDecimal("2.5"));
        int day = (int) LocalDate.of(2026, 5, 4).toEpochDay();
        b.feed("A-not-a-standard-id", "CL01", day, 200, null, "CL", 77L);
        b.feed("36010219800101123X", "YB01", day, 12_345_678_901L, "C", "YB", 9_000_000_000L);
        b.feed("somebody-else", "YB01", day - 1, SnapshotBuilder.NO_VALUE, null, null, 5L);
        assertThat(b.household(3601020304050608L)).isEqualTo(1);
        b.member();
        b.set(age, 70_000);
        b.feed(null, "ZJ01", LocalDate.of(2026, 1, 1), new BigDecimal("0.0001"), "D", "ZJ", "ZJ-2026-0001");
        Snapshot s = b.build();

        assertThat(s.indexOf(3601020304050608L)).isEqualTo(1);
        assertThat(s.indexOf(42L)).isEqualTo(-1);
        assertThat(s.householdsWith("YB01")).isEqualTo(1);
        assertThat(s.householdsWith("ZJ01")).isEqualTo(1);
        assertThat(s.householdsWith("GA01")).isZero();
        Subject first = s.subject(0, Map.of(), DATE);
        assertThat(first.household()).containsEntry("category", "EXITED").containsEntry("dibao", true)
                .containsEntry("net_income", new BigDecimal("7899.5")).containsEntry("reference_income", null);
        assertThat(first.members()).extracting(m -> m.get("id_number"))
                .containsExactly("36010219800101123X", "A-not-a-standard-id");
        assertThat(first.members().get(1)).containsEntry("disability_grade", new BigDecimal("2.5"))
                .containsEntry("age", null);
        assertThat(first.feeds()).containsExactlyInAnyOrder(
                new FeedRecord("CL", "77", "A-not-a-standard-id", "CL01", LocalDate.ofEpochDay(day), new BigDecimal("2"), null),
                new FeedRecord("YB", "9000000000", "36010219800101123X", "YB01", LocalDate.ofEpochDay(day),
                        new BigDecimal("123456789.01"), "C"),
                new FeedRecord(null, "5", "somebody-else", "YB01", LocalDate.ofEpochDay(day - 1), null, null));
        Subject second = s.subject(1, Map.of(), DATE);
        assertThat(second.members().getFirst()).containsEntry("age", new BigDecimal("70000"));
        assertThat(second.feeds()).containsExactly(new FeedRecord("ZJ", "ZJ-2026-0001", null, "ZJ01",
                LocalDate.of(2026, 1, 1), new BigDecimal("0.0001"), "D"));
    }

    @Test
    void theBuilderRefusesWhatItCannotHoldOrRowsOutOfOrder() {
        SnapshotBuilder b = Snapshot.builder(0, 0, 0);
        assertThatThrownBy(b::member).isInstanceOf(IllegalStateException.class);
        b.household(1);
        assertThatThrownBy(() -> b.set(Snapshot.field("member.age"), 3)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> b.set(Snapshot.field("household.net_income"), new BigDecimal("1.00001")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.set(Snapshot.field("household.category"), new BigDecimal("1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Snapshot.field("household.nope")).isInstanceOf(IllegalArgumentException.class);
        b.member();
        b.feed("x", "YB01", 0, 1, null, null, 1L);
        assertThatThrownBy(b::member).isInstanceOf(IllegalStateException.class);
        b.build();
        assertThatThrownBy(() -> b.household(2)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aHouseholdListingAnIdNumberTwiceIsRefused() {
        Subject s = RandomSubjects.generate(5L, 1).getFirst();
        Map<String, Object> twin = new HashMap<>(s.members().getFirst());
        List<Map<String, Object>> members = new java.util.ArrayList<>(s.members());
        members.add(twin);
        assertThatThrownBy(() -> Snapshot.fromSubjects(List.of(new Subject(s.household(), members, s.feeds(),
                s.params(), s.date())))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void columnsWidenWhenAValueDoesNotFitAndKeepEarlierValues() {
        NumberColumn c = new NumberColumn(2);
        long[] values = {12 * Fixed.ONE, Fixed.NULL, 123_456, 3_000_000_000_00L * 100, -5 * Fixed.ONE, 1};
        for (long v : values) {
            c.appendNull();
            c.set(c.size() - 1, v);
        }
        for (int i = 0; i < values.length; i++) {
            assertThat(c.get(i)).as("row " + i).isEqualTo(values[i]);
        }
        CodeColumn codes = new CodeColumn(1);
        int[] ints = {-1, 5, 300, -2, 70_000, -40_000};
        for (int v : ints) {
            codes.append(v);
        }
        for (int i = 0; i < ints.length; i++) {
            assertThat(codes.get(i)).isEqualTo(ints[i]);
        }
    }
}
