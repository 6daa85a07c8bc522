// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

    private static final String TEXT = "code,name\n360821000000,吉安县\n";

    private static String read(byte[] bytes) throws IOException {
        TextDecoding.Decoded d = TextDecoding.open(new ByteArrayInputStream(bytes));
        try (Reader r = d.reader()) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[1024];
            int n;
            while ((n = r.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        }
    }

    @Test
    void readsUtf8() throws IOException {
        assertThat(read(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
        assertThat(TextDecoding.open(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8))).charset())
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void dropsTheUtf8ByteOrderMark() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.write(TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(read(out.toByteArray())).isEqualTo(TEXT);
    }

    @Test
    void recognisesGbkAsSavedByChineseExcel() throws IOException {
        byte[] gbk = TEXT.getBytes(TextDecoding.GBK);
        assertThat(TextDecoding.open(new ByteArrayInputStream(gbk)).charset()).isEqualTo(TextDecoding.GBK);
        assertThat(read(gbk)).isEqualTo(TEXT);
    }

    @Test
    void decidesOnALargeUtf8FileWhoseSampleEndsInsideACharacter() throws IOException {
        String big = "吉".repeat(30_000) + "\n"; // 90,000 bytes: the 64 KiB sample cuts a character
        assertThat(read(big.getBytes(StandardCharsets.UTF_8))).isEqualTo(big);
    }

    @Test
    void failsLoudlyOnBytesValidInNeitherEncoding() {
        byte[] bad = {'a', ',', (byte) 0x81, (byte) 0x20, '\n'}; // 0x81 0x20 is not GBK either
        assertThatThrownBy(() -> read(bad)).isInstanceOf(CharacterCodingException.class);
    }
}
