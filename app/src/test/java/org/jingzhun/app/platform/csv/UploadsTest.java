// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jingzhun.app.platform.web.BadRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks an upload passes before any job starts: size, type by name and by content. */
class UploadsTest {

    @TempDir
    Path dataDir;

    private Uploads service() {
        return new Uploads(dataDir, 1);
    }

    private static ByteArrayInputStream bytes(byte[] b) {
        return new ByteArrayInputStream(b);
    }

    private void assertRefused(byte[] content, String name, String key) throws IOException {
        assertThatThrownBy(() -> service().save(bytes(content), name))
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
        assertThatThrownBy(() -> service().save(bytes("a,b".getBytes(StandardCharsets.UTF_8)), "data.exe"))
                .isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("problem.import.file-type"));
        assertRefused("not a zip".getBytes(StandardCharsets.UTF_8), "fake.xlsx", "problem.import.file-type");
        assertRefused(new byte[] {'P', 'K', 3, 4, 0, 0}, "zip.csv", "problem.import.file-type");
        assertRefused(new byte[] {'a', 0, 'b'}, "binary.csv", "problem.import.file-type");
        assertRefused(new byte[0], "empty.csv", "problem.import.file-empty");
    }
}
