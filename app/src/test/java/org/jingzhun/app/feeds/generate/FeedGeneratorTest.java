// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jingzhun.app.feeds.generate.FeedFiles.Person;
import org.jingzhun.app.feeds.generate.FeedFiles.Row;
import org.jingzhun.rules.Catalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feed files as a whole: determinism, format, the summary, and that they are about the generated persons. */
class FeedGeneratorTest {

    private static final List<String> SOME_COUNTIES = List.of("360821000000", "360102000000", "361128000000");

    static Path dir;
    static FeedGenerationSummary summary;
    static List<Row> rows;
    static Map<String, Person> persons;

    @BeforeAll
    static void generateTheProvinceAndItsFeeds() {
        GeneratedProvince p = GeneratedProvince.get();
        dir = p.dir();
        summary = p.summary();
        rows = p.rows();
        persons = p.persons();
    }

    @Test
    void sameSeedScaleAndDateGiveByteIdenticalFilesWhateverTheThreads(@TempDir Path out) throws IOException {
        LocalDate asOf = LocalDate.of(2026, 6, 15);
        new FeedGenerator(0.01, 42, asOf).generate(out.resolve("one"), SOME_COUNTIES, 1, FeedGenerator.Progress.NONE);
        new FeedGenerator(0.01, 42, asOf).generate(out.resolve("three"), SOME_COUNTIES, 3, FeedGenerator.Progress.NONE);
        for (String name : List.of("feeds-360821000000.csv", "feeds-360102000000.csv", "feeds-361128000000.csv",
                FeedGenerator.SUMMARY_FILE)) {
            byte[] one = Files.readAllBytes(out.resolve("one").resolve(name));
            assertThat(one.length).isGreaterThan(500);
            assertThat(Files.readAllBytes(out.resolve("three").resolve(name))).as(name).isEqualTo(one);
        }
        ByteArrayOutputStream alone = new ByteArrayOutputStream();
        new FeedGenerator(0.01, 42, asOf).writeCounty("360821", alone);
        assertThat(alone.toByteArray()).isEqualTo(Files.readAllBytes(out.resolve("one").resolve("feeds-360821000000.csv")));
    }

    @Test
    void anotherSeedOrAsOfDateGivesOtherRecords() {
        byte[] base = county(1, FeedGenerator.DEFAULT_AS_OF);
        assertThat(county(2, FeedGenerator.DEFAULT_AS_OF)).isNotEqualTo(base);
        assertThat(county(1, LocalDate.of(2026, 3, 1))).isNotEqualTo(base);
    }

    private static byte[] county(long seed, LocalDate asOf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FeedGenerator(0.01, seed, asOf).writeCounty("360821", out);
        return out.toByteArray();
    }

    @Test
    void everyFileStartsWithExactlyTheLongFormatHeader() throws IOException {
        byte[] expected = "部门,记录编号,证件号码,数据项,发生日期,数值,文本值\r\n".getBytes(StandardCharsets.UTF_8);
        List<Path> files = FeedFiles.files(dir, "feeds");
        assertThat(files).hasSize(100);
        for (Path file : files) {
            byte[] start = new byte[expected.length];
            System.arraycopy(Files.readAllBytes(file), 0, start, 0, expected.length);
            assertThat(start).as(file.toString()).isEqualTo(expected);
        }
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void everyWellFormedRecordIsAboutARegisteredPersonExceptTheDeliberatelyUnmatched() {
        long unmatched = 0;
        Set<String> foreign = Set.of(FlawedRecords.FOREIGN_ADDRESS_CODES);
        for (Row r : rows) {
            if (!r.wellFormed() || persons.containsKey(r.idNumber())) {
                continue;
            }
            assertThat(foreign).as(r.toString()).contains(r.idNumber().substring(0, 6));
            unmatched++;
        }
        assertThat(unmatched).isPositive().isEqualTo(summary.total().unmatched());
        assertThat(persons.keySet()).noneMatch(id -> foreign.contains(id.substring(0, 6)));
        long aboutRegistered = rows.stream().filter(r -> persons.containsKey(r.idNumber())).count();
        assertThat(aboutRegistered).isGreaterThan(rows.size() * 99 / 100);
    }

    @Test
    void summaryCountsEqualTheRowsWritten() throws IOException {
        Map<String, long[]> counted = new HashMap<>();
        List<String> items = FeedCountySummary.ITEMS;
        for (Row r : rows) {
            long[] c = counted.computeIfAbsent(r.county(), k -> new long[2 + items.size()]);
            c[0]++;
            if (r.wellFormed()) {
                c[2 + items.indexOf(r.item())]++;
            } else {
                c[1]++;
            }
        }
        assertThat(summary.counties()).hasSize(100);
        for (FeedCountySummary s : summary.counties()) {
            long[] c = counted.get(s.countyCode());
            assertThat(s.records()).as(s.countyCode()).isEqualTo(c[0]);
            assertThat(s.malformed()).as(s.countyCode()).isEqualTo(c[1]);
            for (int i = 0; i < items.size(); i++) {
                assertThat(s.perItem().get(i)).as(s.countyCode() + " " + items.get(i)).isEqualTo(c[2 + i]);
            }
        }
        List<String> lines = Files.readAllLines(dir.resolve(FeedGenerator.SUMMARY_FILE), StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo(String.join(",", FeedCountySummary.HEADER));
        assertThat(lines).hasSize(102);
        assertThat(lines.getLast()).startsWith("360000000000,合计,").endsWith(
                String.join(",", summary.total().fields().subList(2, FeedCountySummary.HEADER.size())));
        assertThat(summary.total().records()).isEqualTo(rows.size());
    }

    @Test
    void recordIdsAreUniquePerDepartmentAndNameTheDepartmentAndCounty() {
        Set<String> seen = new HashSet<>();
        for (Row r : rows) {
            assertThat(r.recordId()).matches(r.department() + "-" + r.county() + "-\\d{8}");
            assertThat(seen.add(r.recordId())).as(r.recordId()).isTrue();
            if (r.wellFormed()) {
                assertThat(Catalog.department(r.item())).isEqualTo(r.department());
            }
        }
    }

    @Test
    void datesLieInThe24MonthsBeforeTheAsOfDateMostInTheLast12() {
        LocalDate asOf = FeedGenerator.DEFAULT_AS_OF;
        long recent = 0;
        long dated = 0;
        for (Row r : rows) {
            LocalDate d = r.day();
            if (d == null) {
                continue;
            }
            dated++;
            assertThat(d).as(r.toString()).isAfter(asOf.minusMonths(24)).isBefore(asOf);
            recent += d.isAfter(asOf.minusMonths(12)) ? 1 : 0;
        }
        assertThat((double) recent / dated).isBetween(0.55, 0.8);
    }

    @Test
    void valuesAndTextsAreThoseOfTheItem() {
        Set<String> events = Set.of("YB03", "MZ02", "GA01", "GA02", "JY01", "SL01", "RS01");
        Map<String, Set<String>> texts = Map.of("ZJ01", Set.of("B", "C", "D"), "YJ02", Set.of("倒塌", "严重损坏", "一般损坏"),
                "SC01", Set.of("个体工商户", "有限责任公司", "农民专业合作社"), "CG01", Set.of("小型普通客车", "小型轿车", "轻型普通货车"));
        for (Row r : rows) {
            if (!r.wellFormed()) {
                continue;
            }
            boolean noValue = events.contains(r.item()) || r.item().equals("YJ02") || r.item().equals("ZJ01")
                    || r.item().equals("CG01");
            assertThat(r.value().isEmpty()).as(r.toString()).isEqualTo(noValue);
            assertThat(r.text()).as(r.toString()).isIn(texts.getOrDefault(r.item(), Set.of("")));
            if (r.item().equals("CL01")) {
                assertThat(r.value()).isIn("1", "2", "3", "4");
            }
        }
    }

    @Test
    void noOneIsReportedOnBeforeBirthOrAfterDeath() {
        Map<String, LocalDate> deaths = new HashMap<>();
        for (Row r : rows) {
            if (r.wellFormed() && r.item().equals("GA01")) {
                assertThat(deaths.put(r.idNumber(), r.day())).as("died twice: " + r).isNull();
            }
        }
        assertThat(deaths).isNotEmpty();
        for (Row r : rows) {
            if (!r.wellFormed() || !persons.containsKey(r.idNumber())) {
                continue;
            }
            LocalDate birth = LocalDate.parse(r.idNumber().substring(6, 10) + "-" + r.idNumber().substring(10, 12)
                    + "-" + r.idNumber().substring(12, 14));
            assertThat(r.day()).as(r.toString()).isAfterOrEqualTo(birth);
            LocalDate death = deaths.get(r.idNumber());
            if (death != null) {
                assertThat(r.day()).as(r.toString()).isBeforeOrEqualTo(death);
            }
        }
    }

    @Test
    void theItemsAreThoseOfTheRulesCatalogue() {
        assertThat(FeedCountySummary.ITEMS).isEqualTo(new ArrayList<>(Catalog.items().keySet()));
        for (FeedItem item : FeedItem.values()) {
            assertThat(item.label).isEqualTo(Catalog.items().get(item.name()));
        }
    }

    @Test
    void refusesAnUnknownCountyAndAnAsOfDateOutOfRange(@TempDir Path out) {
        FeedGenerator g = new FeedGenerator(0.001, 1, FeedGenerator.DEFAULT_AS_OF);
        assertThatThrownBy(() -> g.generate(out, List.of("369999"), 1, FeedGenerator.Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("369999");
        assertThatThrownBy(() -> new FeedGenerator(0.001, 1, LocalDate.of(1999, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeedGenerator(2, 1, FeedGenerator.DEFAULT_AS_OF))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
