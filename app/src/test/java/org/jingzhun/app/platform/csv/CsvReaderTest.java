// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<List<String>> readAll(String text, List<Long> lines) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader r = new CsvReader(new StringReader(text))) {
            List<String> rec;
            while ((rec = r.next()) != null) {
                records.add(rec);
                lines.add(r.recordLine());
            }
        }
        return records;
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        List<Long> lines = new ArrayList<>();
        List<List<String>> records = readAll("code,name\r\n1,\"a,b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,last", lines);
        assertThat(records).containsExactly(
                List.of("code", "name"), List.of("1", "a,b"), List.of("2", "say \"hi\""),
                List.of("3", "two\nlines"), List.of("4", "last"));
        assertThat(lines).containsExactly(1L, 2L, 3L, 4L, 6L);
    }

    @Test
    void skipsBlankLinesButCountsThem() throws IOException {
        List<Long> lines = new ArrayList<>();
        List<List<String>> records = readAll("a,b\n\n1,2\n\n", lines);
        assertThat(records).containsExactly(List.of("a", "b"), List.of("1", "2"));
        assertThat(lines).containsExactly(1L, 3L);
    }

    @Test
    void keepsEmptyTrailingField() throws IOException {
        assertThat(readAll("a,\n", new ArrayList<>())).containsExactly(List.of("a", ""));
    }

    @Test
    void reportsAnUnclosedQuoteAtTheLineWhereItStarted() {
        assertThatThrownBy(() -> readAll("a,b\n1,\"open\n2,3\n", new ArrayList<>()))
                .isInstanceOfSatisfying(CsvReader.CsvFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.messageKey()).isEqualTo("csv.unclosed-quote");
                });
    }

    @Test
    void refusesAbsurdlyLongFields() {
        String huge = "x".repeat(CsvReader.MAX_FIELD_CHARS + 1);
        assertThatThrownBy(() -> readAll("a\n" + huge + "\n", new ArrayList<>()))
                .isInstanceOfSatisfying(CsvReader.CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(2));
    }
}
