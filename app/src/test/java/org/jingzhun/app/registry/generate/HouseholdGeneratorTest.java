// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jingzhun.app.registry.generate.GeneratedHouseholds.Household;
import org.jingzhun.app.registry.generate.VillageCatalog.County;
import org.jingzhun.app.registry.generate.VillageCatalog.Village;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's files as a whole: determinism, the summary, and the shares of DOMAIN.md §1. */
class HouseholdGeneratorTest {

    static final double SCALE = 0.002;
    private static final List<String> SOME_COUNTIES = List.of("360821000000", "360102000000", "361128000000");

    @TempDir
    static Path dir;
    static GenerationSummary summary;
    static List<Household> households;

    @BeforeAll
    static void generateTheProvince() {
        summary = HouseholdGenerator.generate(SCALE, 7, dir.resolve("province"), ProgressListener.NONE);
        households = GeneratedHouseholds.all(dir.resolve("province"));
    }

    @Test
    void sameSeedAndScaleGiveByteIdenticalFilesWhateverTheThreads(@TempDir Path out) throws IOException {
        HouseholdGenerator generator = new HouseholdGenerator(0.01, 42);
        generator.generate(out.resolve("one"), SOME_COUNTIES, 1, ProgressListener.NONE);
        generator.generate(out.resolve("three"), SOME_COUNTIES, 3, ProgressListener.NONE);
        new HouseholdGenerator(0.01, 42).generate(out.resolve("again"), SOME_COUNTIES, 2, ProgressListener.NONE);
        for (String name : List.of("households-360821000000.csv", "households-360102000000.csv",
                "households-361128000000.csv", "summary.csv")) {
            byte[] one = Files.readAllBytes(out.resolve("one").resolve(name));
            assertThat(one.length).isGreaterThan(200);
            assertThat(Files.readAllBytes(out.resolve("three").resolve(name))).isEqualTo(one);
            assertThat(Files.readAllBytes(out.resolve("again").resolve(name))).isEqualTo(one);
        }
    }

    @Test
    void differentSeedGivesDifferentHouseholds() {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        new HouseholdGenerator(0.01, 1).writeCounty("360821", a);
        new HouseholdGenerator(0.01, 2).writeCounty("360821", b);
        assertThat(b.toByteArray()).isNotEqualTo(a.toByteArray());
    }

    @Test
    void aCountyWrittenAloneIsTheSameAsInTheProvinceRun() throws IOException {
        ByteArrayOutputStream alone = new ByteArrayOutputStream();
        CountySummary counts = new HouseholdGenerator(SCALE, 7).writeCounty("360821000000", alone);
        assertThat(alone.toByteArray())
                .isEqualTo(Files.readAllBytes(HouseholdGenerator.countyFile(dir.resolve("province"), "360821000000")));
        assertThat(counts).isEqualTo(summary.counties().stream()
                .filter(c -> c.countyCode().equals("360821000000")).findFirst().orElseThrow());
    }

    @Test
    void writesOneFilePerCountyAndEveryCountyHasHouseholds() {
        assertThat(GeneratedHouseholds.countyFiles(dir.resolve("province"))).hasSize(100);
        assertThat(summary.counties()).hasSize(100).allSatisfy(c -> assertThat(c.households()).isPositive());
        assertThat(summary.counties()).extracting(CountySummary::countyCode).isSorted();
        assertThat(dir.resolve("province")).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void summaryCountsEqualTheRowsWritten() throws IOException {
        Map<String, long[]> counted = new HashMap<>();
        for (Household h : households) {
            long[] c = counted.computeIfAbsent(h.countyCode(), k -> new long[7]);
            int size = h.rows().size();
            c[0]++;
            c[1] += size;
            switch (h.get("户类型")) {
                case "脱贫户" -> {
                    c[2]++;
                    c[5] += size;
                }
                case "监测户" -> {
                    c[3]++;
                    c[6] += size;
                }
                default -> c[4]++;
            }
        }
        List<String> lines = Files.readAllLines(dir.resolve("province").resolve(HouseholdGenerator.SUMMARY_FILE),
                StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo(String.join(",", CountySummary.HEADER));
        assertThat(lines).hasSize(1 + 100 + 1);
        long[] total = new long[7];
        for (String line : lines.subList(1, 101)) {
            String[] f = line.split(",");
            long[] c = counted.get(f[0]);
            assertThat(c).as(f[0]).isNotNull();
            for (int k = 0; k < 7; k++) {
                assertThat(Long.parseLong(f[2 + k])).as(line).isEqualTo(c[k]);
                total[k] += c[k];
            }
        }
        String[] last = lines.getLast().split(",");
        assertThat(last[0]).isEqualTo("360000000000");
        assertThat(last[1]).isEqualTo(GenerationSummary.TOTAL_NAME);
        for (int k = 0; k < 7; k++) {
            assertThat(Long.parseLong(last[2 + k])).isEqualTo(total[k]);
        }
        assertThat(summary.total().households()).isEqualTo(total[0]);
        assertThat(summary.total().persons()).isEqualTo(total[1]);
    }

    @Test
    void householdAndPersonTotalsFollowTheScale() {
        CountySummary t = summary.total();
        // 14 million households and ~45 million persons at scale 1
        assertThat(t.households()).isBetween(Math.round(14_000_000 * SCALE * 0.97), Math.round(14_000_000 * SCALE * 1.03));
        assertThat((double) t.persons() / t.households()).isBetween(3.1, 3.3);
    }

    @Test
    void categorySharesMatchTheProvince() {
        CountySummary t = summary.total();
        // 脱贫户: 346万 persons at scale 1; 监测户: ~1 % of rural persons (376k at scale 1)
        assertThat(t.exitedPersons()).isBetween(Math.round(3_460_000 * SCALE * 0.93), Math.round(3_460_000 * SCALE * 1.07));
        assertThat(t.monitoredPersons()).isBetween(Math.round(376_000 * SCALE * 0.8), Math.round(376_000 * SCALE * 1.2));
        assertThat(t.ordinaryHouseholds()).isEqualTo(t.households() - t.exitedHouseholds() - t.monitoredHouseholds());
        Map<String, Long> types = new HashMap<>();
        for (Household h : households) {
            types.merge(h.get("监测对象类别"), 1L, Long::sum);
        }
        assertThat(types.get("脱贫不稳定户")).isGreaterThan(types.get("突发严重困难户"));
        assertThat(types.get("边缘易致贫户")).isGreaterThan(types.get("突发严重困难户"));
        assertThat(types.get("突发严重困难户")).isPositive();
    }

    @Test
    void exitedHouseholdsConcentrateInTheFormerPovertyCountiesAndPoorVillages() {
        VillageCatalog catalog = VillageCatalog.jiangxi();
        PovertyGeography geography = PovertyGeography.jiangxi(catalog);
        long[] poverty = new long[2];
        long[] other = new long[2];
        long[] poorVillage = new long[2];
        for (CountySummary c : summary.counties()) {
            long[] into = geography.isFormerPovertyCounty(c.countyCode()) ? poverty : other;
            into[0] += c.exitedPersons();
            into[1] += c.persons();
        }
        for (Household h : households) {
            if (geography.isFormerPoorVillage(h.get("区划代码"))) {
                poorVillage[0] += h.get("户类型").equals("脱贫户") ? h.rows().size() : 0;
                poorVillage[1] += h.rows().size();
            }
        }
        double povertyShare = (double) poverty[0] / poverty[1];
        double otherShare = (double) other[0] / other[1];
        double poorVillageShare = (double) poorVillage[0] / poorVillage[1];
        assertThat(povertyShare).isBetween(0.10, 0.30).isGreaterThan(2.5 * otherShare);
        assertThat(poorVillageShare).isGreaterThan(povertyShare);
    }

    @Test
    void knowsThe25FormerPovertyCountiesAnd3058FormerPoorVillagesMostlyInsideThem() {
        VillageCatalog catalog = VillageCatalog.jiangxi();
        PovertyGeography geography = PovertyGeography.jiangxi(catalog);
        assertThat(geography.formerPovertyCountyCount()).isEqualTo(25);
        assertThat(geography.formerPoorVillageCount()).isEqualTo(3_058);
        assertThat(geography.isFormerPovertyCounty(catalog.countyNamed("井冈山市").orElseThrow().code())).isTrue();
        assertThat(geography.countyExitYear("360881000000")).isEqualTo(2017);
        assertThat(geography.countyExitYear("360428000000")).isEqualTo(2020);
        assertThat(geography.isFormerPovertyCounty(catalog.countyNamed("东湖区").orElseThrow().code())).isFalse();
        long inside = 0;
        for (County c : catalog.counties()) {
            for (Village v : c.villages()) {
                if (geography.isFormerPoorVillage(v.code()) && geography.isFormerPovertyCounty(c.code())) {
                    inside++;
                }
            }
        }
        assertThat(inside).isGreaterThan(3_058 / 2);
        // the same villages whatever the seed or scale: they are a fact of the province
        assertThat(PovertyGeography.jiangxi(catalog).formerPoorVillageCount()).isEqualTo(3_058);
    }

    @Test
    void householdNumbersAreTheVillageCodeAndAUniqueSequence() {
        Set<String> seen = new HashSet<>();
        for (Household h : households) {
            String id = h.get("户编号");
            assertThat(id).hasSize(16).startsWith(h.get("区划代码")).matches("\\d{16}");
            assertThat(id.substring(12)).isNotEqualTo("0000");
            assertThat(seen.add(id)).as("%s appears as two households", id).isTrue();
            assertThat(h.rows()).allSatisfy(r -> assertThat(r.get("户编号")).isEqualTo(id));
        }
    }

    @Test
    void everyRegionIsAVillageAndEveryGridOneOfItsDemoGrids() {
        Map<String, Village> villages = new HashMap<>();
        VillageCatalog.jiangxi().counties().forEach(c -> c.villages().forEach(v -> villages.put(v.code(), v)));
        Map<String, Integer> perGrid = new HashMap<>();
        for (Household h : households) {
            Village v = villages.get(h.get("区划代码"));
            assertThat(v).as(h.get("区划代码")).isNotNull();
            assertThat(v.code()).startsWith(h.countyCode().substring(0, 6));
            String grid = h.get("网格编码");
            assertThat(grid).hasSize(15).startsWith(v.code());
            assertThat(Integer.parseInt(grid.substring(12))).isBetween(1, v.gridCount());
            perGrid.merge(grid, 1, Integer::sum);
        }
        assertThat(perGrid).isNotEmpty();
    }

    @Test
    void theDemoAccountsVillageHasHouseholdsInAtLeastTwoGrids() {
        // the demo's default scale and seed (application.yml): the grid worker `grid` has 厚丰村's first grid,
        // and the access matrix needs households of another grid of the same village
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HouseholdGenerator(0.01, 1).writeCounty("360821000000", out);
        String[] lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).split("\r?\n");
        List<String> header = List.of(lines[0].replace("\uFEFF", "").split(","));
        int village = header.indexOf("区划代码");
        int grid = header.indexOf("网格编码");
        Map<String, Integer> perGrid = new java.util.TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] c = lines[i].split(",", -1);
            if (c.length > grid && c[village].equals("360821100201") && !c[grid].isEmpty()) {
                perGrid.merge(c[grid], 1, Integer::sum);
            }
        }
        assertThat(perGrid).containsKey("360821100201001").hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void scaleMustBeAboveZeroAndAtMostOne() {
        assertThatThrownBy(() -> new HouseholdGenerator(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HouseholdGenerator(1.5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HouseholdGenerator(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HouseholdGenerator(0.01, 1).writeCounty("369999", new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void evenATinyScaleGivesEveryCountyAHousehold(@TempDir Path out) {
        GenerationSummary tiny = new HouseholdGenerator(0.00001, 3).generate(out, List.of("360102", "360428"), 2,
                ProgressListener.NONE);
        assertThat(tiny.counties()).allSatisfy(c -> assertThat(c.households()).isPositive());
    }

    @Test
    void reportsProgressOncePerCounty(@TempDir Path out) {
        List<Integer> done = new ArrayList<>();
        new HouseholdGenerator(0.001, 3).generate(out, SOME_COUNTIES, 2, (county, n, total) -> {
            assertThat(total).isEqualTo(3);
            done.add(n);
        });
        assertThat(done).containsExactly(1, 2, 3);
    }
}
