// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"1234, 123400", "1234.5, 123450", "1234.50, 123450", "0.01, 1", "-12.34, -1234", "7600.000, 760000"})
    void parsesYuanToFen(String text, long fen) {
        assertThat(Money.parseYuan(text).fen()).isEqualTo(fen);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234", "abc", "", "1e400", "99999999999999999999"})
    void refusesWhatIsNotAnAmountOfFen(String text) {
        assertThatThrownBy(() -> Money.parseYuan(text)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void dividesHalfUpToTheFen() {
        assertThat(Money.parseYuan("10").dividedBy(3)).isEqualTo(new Money(333));
        assertThat(Money.parseYuan("0.05").dividedBy(2)).isEqualTo(new Money(3));
        assertThat(Money.ofYuan(7600).minus(Money.parseYuan("0.5")).toString()).isEqualTo("7599.50");
    }
}
