// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jingzhun.app.registry.generate.GeneratedHouseholds.Household;
import org.jingzhun.app.registry.generate.GeneratedHouseholds.Row;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link HouseholdGenerator#forEachHousehold}: the households of the county file, without the file. */
class GeneratedHouseholdTest {

    @Test
    void visitsExactlyTheHouseholdsAndPersonsOfTheCountyFile(@TempDir Path dir) throws IOException {
        HouseholdGenerator generator = new HouseholdGenerator(0.01, 11);
        GenerationSummary written = generator.generate(dir, List.of("360821", "360102"), 2, ProgressListener.NONE);
        List<Household> fromFiles = GeneratedHouseholds.all(dir);

        List<String> visited = new ArrayList<>();
        List<CountySummary> counts = new ArrayList<>();
        for (String county : List.of("360102", "360821")) {
            counts.add(generator.forEachHousehold(county, h -> {
                StringBuilder line = new StringBuilder(h.householdNumber()).append(' ').append(h.category().label());
                for (int m = 0; m < h.size(); m++) {
                    line.append(' ').append(h.idNumber(m)).append(' ').append(h.relation(m).label());
                }
                visited.add(line.toString());
            }));
        }
        List<String> expected = new ArrayList<>();
        for (Household h : fromFiles) {
            StringBuilder line = new StringBuilder(h.get("户编号")).append(' ').append(h.get("户类型"));
            for (Row row : h.rows()) {
                line.append(' ').append(row.get("证件号码")).append(' ').append(row.get("与户主关系"));
            }
            expected.add(line.toString());
        }
        assertThat(visited).hasSizeGreaterThan(1_000).isEqualTo(expected);
        assertThat(counts).isEqualTo(written.counties());
    }

    @Test
    void theViewMatchesTheRowsFigures(@TempDir Path dir) {
        HouseholdGenerator generator = new HouseholdGenerator(0.005, 3);
        generator.generate(dir, List.of("360821"), 1, ProgressListener.NONE);
        List<Household> fromFile = GeneratedHouseholds.all(dir);
        List<String> mismatches = new ArrayList<>();
        int[] index = {0};
        generator.forEachHousehold("360821", h -> {
            Household row = fromFile.get(index[0]++);
            long net = Math.round((row.money("工资性收入") + row.money("生产经营性收入") + row.money("财产性收入")
                    + row.money("转移性收入") - row.money("生产经营性支出")) * 100);
            boolean same = h.netIncomeFen() == net
                    && h.outOfPocketFen() == Math.round(row.money("合规自付支出") * 100)
                    && h.dibao() == row.get("低保户").equals("是")
                    && h.housingSafe() == row.get("住房安全").equals("是")
                    && (h.category() == HouseholdCategory.MONITORED) == (h.hardship() != Hardship.NONE)
                    && h.formerPovertyCounty();
            for (int m = 0; m < h.size(); m++) {
                Row member = row.rows().get(m);
                String id = member.get("证件号码");
                same &= LocalDate.ofEpochDay(h.birthEpochDay(m)).toString().replace("-", "").equals(id.substring(6, 14));
                same &= h.health(m).label().equals(member.get("健康状况"));
                same &= h.schoolStatus(m).label().equals(member.get("在校生状况"));
                same &= h.basicMedical(m) == member.get("参加基本医保").equals("是");
                same &= h.workMonths(m) == Integer.parseInt(member.get("务工时间(月)"));
            }
            if (!same) {
                mismatches.add(h.householdNumber());
            }
        });
        assertThat(index[0]).isEqualTo(fromFile.size());
        assertThat(mismatches).isEmpty();
    }

    @Test
    void refusesAnUnknownCounty() {
        assertThatThrownBy(() -> new HouseholdGenerator(0.01, 1).forEachHousehold("369999", h -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("369999");
    }
}
