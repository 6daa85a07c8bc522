// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jingzhun.app.platform.csv.ImportProblem;
import org.jingzhun.app.platform.web.BadRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks an upload passes before any job starts: size, type by name and by content. */
class HouseholdImportServiceTest {

    @TempDir
    Path dataDir;

    private HouseholdImportService service() {
        return new HouseholdImportService(null, null, null, dataDir, 1);
    }

    private static ByteArrayInputStream bytes(byte[] b) {
        return new ByteArrayInputStream(b);
    }

    private void assertRefused(byte[] content, String name, String key) throws IOException {
        assertThatThrownBy(() -> service().start(bytes(content), name, "test"))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
        try (var left = Files.list(dataDir.resolve("uploads"))) {
            assertThat(left).as("a refused upload is not kept").isEmpty();
        }
    }

    @Test
    void refusesFilesOverTheSizeLimitWhileReadingThem() throws IOException {
        assertRefused(new byte[2 * 1024 * 1024], "big.csv", "problem.import.too-large");
    }

    @Test
    void refusesOtherFileTypesByNameAndByContent() throws IOException {
        assertThatThrownBy(() -> service().start(bytes("a,b".getBytes(StandardCharsets.UTF_8)), "data.exe", "test"))
                .isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("problem.import.file-type"));
        assertRefused("not a zip".getBytes(StandardCharsets.UTF_8), "fake.xlsx", "problem.import.file-type");
        assertRefused(new byte[] {'P', 'K', 3, 4, 0, 0}, "zip.csv", "problem.import.file-type");
        assertRefused(new byte[] {'a', 0, 'b'}, "binary.csv", "problem.import.file-type");
        assertRefused(new byte[0], "empty.csv", "problem.import.file-empty");
    }

    @Test
    void masksPersonalValuesInStoredProblems() {
        assertThat(HouseholdImportService.masked(new ImportProblem(3, "证件号码", "36082119630303202Y", "x")).value())
                .isEqualTo("360821********202Y");
        assertThat(HouseholdImportService.masked(new ImportProblem(3, "姓名", "欧阳娜娜", "x")).value()).isEqualTo("欧阳**");
        assertThat(HouseholdImportService.masked(new ImportProblem(3, "联系电话", "13812345678", "x")).value())
                .isEqualTo("138****5678");
        assertThat(HouseholdImportService.masked(new ImportProblem(3, "民族", "火星族", "x")).value()).isEqualTo("火星族");
    }
}
