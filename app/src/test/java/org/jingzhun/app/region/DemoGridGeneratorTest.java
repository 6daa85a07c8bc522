// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoGridGeneratorTest {

    @Test
    void writesGridNumbersInChinese() {
        assertThat(DemoGridGenerator.chineseNumber(1)).isEqualTo("一");
        assertThat(DemoGridGenerator.chineseNumber(10)).isEqualTo("十");
        assertThat(DemoGridGenerator.chineseNumber(12)).isEqualTo("十二");
        assertThat(DemoGridGenerator.chineseNumber(20)).isEqualTo("二十");
        assertThat(DemoGridGenerator.chineseNumber(99)).isEqualTo("九十九");
    }

    @Test
    void shortensCommitteeNamesToThePlace() {
        assertThat(DemoGridGenerator.shortName("罗家村委会")).isEqualTo("罗家村");
        assertThat(DemoGridGenerator.shortName("八一社区居委会")).isEqualTo("八一社区");
        assertThat(DemoGridGenerator.shortName("城南居民委员会")).isEqualTo("城南居");
        assertThat(DemoGridGenerator.shortName("罗家村民委员会")).isEqualTo("罗家村");
        assertThat(DemoGridGenerator.shortName("福州路社区")).isEqualTo("福州路社区");
    }

    @Test
    void givesEveryVillageGridsOfPlausibleSizeDeterministically() {
        for (long v = 360821100001L; v < 360821100400L; v++) {
            String code = Long.toString(v);
            int rural = DemoGridGenerator.gridCount(code, GridKind.RURAL);
            int urban = DemoGridGenerator.gridCount(code, GridKind.URBAN);
            assertThat(rural).isBetween(2, 6).isEqualTo(DemoGridGenerator.gridCount(code, GridKind.RURAL));
            assertThat(urban).isBetween(2, 5);
        }
    }

    @Test
    void tellsCommunitiesFromVillagesByName() {
        assertThat(GridKind.ofVillageName("梨山居委会")).isEqualTo(GridKind.URBAN);
        assertThat(GridKind.ofVillageName("福州路社区")).isEqualTo(GridKind.URBAN);
        assertThat(GridKind.ofVillageName("罗家村委会")).isEqualTo(GridKind.RURAL);
        assertThat(GridKind.parse(" 城市 ")).isEqualTo(GridKind.URBAN);
        assertThat(GridKind.parse("rural")).isEqualTo(GridKind.RURAL);
        assertThat(GridKind.parse("乡下")).isNull();
    }
}
