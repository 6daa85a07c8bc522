// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionCodeTest {

    @ParameterizedTest
    @CsvSource({
            "360000000000, PROVINCE",
            "360800000000, CITY",
            "360821000000, COUNTY",
            "360821100000, TOWNSHIP",
            "360821100201, VILLAGE",
            "441900003000, TOWNSHIP",
            "441900003001, VILLAGE"})
    void derivesTheLevelFromTheTrailingZeroSegments(String code, RegionLevel level) {
        assertThat(new RegionCode(code).level()).isEqualTo(level);
    }

    @Test
    void walksUpToTheProvince() {
        assertThat(new RegionCode("360821100201").lineage()).extracting(RegionCode::value)
                .containsExactly("360000000000", "360800000000", "360821000000", "360821100000", "360821100201");
    }

    @Test
    void townshipOfACityWithoutCountiesHangsUnderTheCity() {
        assertThat(new RegionCode("441900003000").parent()).isEqualTo(new RegionCode("441900000000"));
        assertThat(new RegionCode("441900000000").parent()).isEqualTo(new RegionCode("440000000000"));
        assertThat(new RegionCode("440000000000").parent()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"36, 360000000000", "3608, 360800000000", "360821, 360821000000",
            "360821100, 360821100000", "' 360821100201 ', 360821100201"})
    void padsShortFormsToTwelveDigits(String input, String expected) {
        assertThat(RegionCode.parse(input).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "36082110020, WRONG_LENGTH",
            "3608211002011, WRONG_LENGTH",
            "36082110020X, NOT_DIGITS",
            "００0821100201, NOT_DIGITS",
            "000821100201, NO_PROVINCE",
            "360021000000, SKIPPED_LEVEL",
            "360821000201, SKIPPED_LEVEL"})
    void refusesMalformedCodesWithAReason(String input, InvalidCodeException.Reason reason) {
        assertThatThrownBy(() -> RegionCode.parse(input))
                .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.input()).isEqualTo(input.strip());
                });
        assertThat(RegionCode.isValid(input)).isFalse();
    }

    @Test
    void refusesEmptyInput() {
        assertThatThrownBy(() -> RegionCode.parse(" "))
                .isInstanceOfSatisfying(InvalidCodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidCodeException.Reason.EMPTY));
        assertThat(RegionCode.isValid(null)).isFalse();
    }

    @Test
    void prefixSelectsExactlyTheSubtree() {
        RegionCode city = new RegionCode("360800000000");
        assertThat(city.descendantPrefix()).isEqualTo("3608");
        assertThat(city.contains(new RegionCode("360821100201"))).isTrue();
        assertThat(city.contains(city)).isTrue();
        assertThat(city.contains(new RegionCode("360900000000"))).isFalse();
        assertThat(new RegionCode("360821100000").descendantPrefix()).isEqualTo("360821100");
        assertThat(new RegionCode("441900000000").contains(new RegionCode("441900003001"))).isTrue();
    }

    @Test
    void gridCodeIsAVillageCodeAndASequence() {
        GridCode grid = GridCode.of(new RegionCode("360821100201"), 7);
        assertThat(grid.value()).isEqualTo("360821100201007");
        assertThat(grid.village()).isEqualTo(new RegionCode("360821100201"));
        assertThat(grid.sequence()).isEqualTo(7);
        assertThatThrownBy(() -> GridCode.parse("360821100000001"))
                .isInstanceOfSatisfying(InvalidCodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidCodeException.Reason.SKIPPED_LEVEL));
        assertThatThrownBy(() -> GridCode.parse("360821100201000"))
                .isInstanceOfSatisfying(InvalidCodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidCodeException.Reason.NO_GRID_SEQUENCE));
        assertThatThrownBy(() -> GridCode.parse("36082110020100"))
                .isInstanceOfSatisfying(InvalidCodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidCodeException.Reason.WRONG_LENGTH));
    }
}
