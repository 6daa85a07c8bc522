// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void idNumbersKeepFirstSixAndLastFour() {
        assertThat(Masking.idNumber("36012319800101123X")).isEqualTo("360123********123X");
        assertThat(Masking.idNumber(null)).isNull();
    }

    @Test
    void namesKeepTheSurname() {
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("张三丰")).isEqualTo("张**");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧阳**");
        assertThat(Masking.name("欧阳")).isEqualTo("欧*");
        assertThat(Masking.name("李")).isEqualTo("李");
        assertThat(Masking.name("王\uD840\uDC00")).isEqualTo("王*"); // a supplementary-plane character counts once
    }

    @Test
    void phonesKeepFirstThreeAndLastFour() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("07968123456")).isEqualTo("079****3456");
        assertThat(Masking.phone("8123456")).isEqualTo("*****56");
    }
}
