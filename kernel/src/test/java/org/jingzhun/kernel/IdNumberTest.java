// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.jingzhun.kernel.InvalidIdNumberException.Reason;
import org.jingzhun.kernel.household.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void acceptsTheStandardsExamples() {
        IdNumber a = IdNumber.parse("11010519491231002X", TODAY);
        assertThat(a.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(a.sex()).isEqualTo(Sex.FEMALE);
        assertThat(a.addressCode()).isEqualTo("110105");
        assertThat(IdNumber.parse("36012319800101001X".substring(0, 17) + IdNumber.checkCharacter("36012319800101001"), TODAY)
                .sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void theStandardsSecondExampleHasAValidCheckButABirthBefore1900() {
        assertThat(IdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
        assertThatThrownBy(() -> IdNumber.parse("440524188001010014", TODAY))
                .isInstanceOfSatisfying(InvalidIdNumberException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BAD_BIRTH_DATE));
    }

    @Test
    void acceptsLowerCaseXAndStoresItUpperCase() {
        assertThat(IdNumber.parse(" 11010519491231002x ", TODAY).value()).isEqualTo("11010519491231002X");
    }

    @Test
    void upgradesOldFifteenDigitNumbers() {
        IdNumber id = IdNumber.parse("110105491231002", TODAY);
        assertThat(id.value()).isEqualTo("11010519491231002X");
    }

    @Test
    void computesTheCheckCharacter() {
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @ParameterizedTest
    @CsvSource({
            "'', EMPTY",
            "1101051949123100, WRONG_LENGTH",
            "11010519491231002XX, WRONG_LENGTH",
            "1101051949123A002X, BAD_CHARACTER",
            "11010519491231002Y, BAD_CHARACTER",
            "99010519491231002X, BAD_ADDRESS",
            "110105194902300028, BAD_BIRTH_DATE",
            "110105202701010023, BAD_BIRTH_DATE",
            "110105189912310028, BAD_BIRTH_DATE",
            "110105194912310021, BAD_CHECKSUM"})
    void refusesInvalidNumbersWithTheReason(String text, Reason reason) {
        assertThatThrownBy(() -> IdNumber.parse(text, TODAY))
                .isInstanceOfSatisfying(InvalidIdNumberException.class, e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(IdNumber.isValid(text, TODAY)).isFalse();
    }

    @Test
    void neverPrintsTheFullNumber() {
        assertThat(IdNumber.parse("11010519491231002X", TODAY).toString()).isEqualTo("110105********002X");
    }

    @Test
    void computesAgeOnADate() {
        IdNumber id = IdNumber.parse("11010519491231002X", TODAY);
        assertThat(id.ageOn(LocalDate.of(2026, 12, 30))).isEqualTo(76);
        assertThat(id.ageOn(LocalDate.of(2026, 12, 31))).isEqualTo(77);
    }
}
