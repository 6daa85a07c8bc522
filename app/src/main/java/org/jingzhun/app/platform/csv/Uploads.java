// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.csv;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.UUID;
import org.jingzhun.app.platform.web.BadRequestException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploaded table files (CSV or XLSX) for imports: the type is checked by extension and content,
 * the size is limited while copying, and the file is kept under the data directory until its job
 * has read it. Shared by every feature that imports files, so all uploads are checked alike.
 */
@Component
public class Uploads {

    /** The kinds of file an import takes. */
    public enum Format { CSV, XLSX }

    /** A saved upload: where it is, what it is, and the name the user gave it. */
    public record Upload(Path file, Format format, String name) {
    }

    private final Path directory;
    private final long maxBytes;

    Uploads(@Value("${jingzhun.data-dir}") Path dataDir,
            @Value("${jingzhun.import.max-megabytes:512}") long maxMegabytes) {
        this.directory = dataDir.resolve("uploads");
        this.maxBytes = maxMegabytes * 1024 * 1024;
    }

    /** Saves an upload after checking its type and size; a rejected upload leaves no file. */
    public Upload save(InputStream upload, String fileName) throws IOException {
        Format format = formatOf(fileName);
        Files.createDirectories(directory);
        Path file = directory.resolve(UUID.randomUUID() + "." + format.name().toLowerCase(Locale.ROOT));
        try (InputStream in = upload) {
            long copied = Files.copy(limited(in), file, StandardCopyOption.REPLACE_EXISTING);
            if (copied == 0) {
                throw new BadRequestException("problem.import.file-empty");
            }
            checkContent(file, format, fileName);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new Upload(file, format, fileName);
    }

    /** Opens a file's rows; the format follows the file's name. */
    public static TabularSource open(Path file) throws IOException {
        return open(file, formatOf(file.getFileName().toString()));
    }

    public static TabularSource open(Path file, Format format) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return format == Format.CSV ? new CsvSource(in) : new XlsxSource(new BufferedInputStream(in));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    public static Format formatOf(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Format.CSV;
        }
        if (lower.endsWith(".xlsx")) {
            return Format.XLSX;
        }
        throw new BadRequestException("problem.import.file-type", fileName);
    }

    /** Data rows of a CSV file (lines less the header), for progress; null for XLSX (unknown until read). */
    public static Long dataRows(Path file, Format format) throws IOException {
        if (format != Format.CSV) {
            return null;
        }
        long lines = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            int last = '\n';
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
                last = buf[n - 1];
            }
            if (last != '\n') {
                lines++;
            }
        }
        return Math.max(0, lines - 1);
    }

    /** An .xlsx is a zip; a .csv is text (no NUL bytes in its first 64 KiB). */
    private static void checkContent(Path file, Format format, String fileName) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(64 * 1024);
        }
        boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        boolean binary = false;
        for (byte b : head) {
            binary |= b == 0;
        }
        if ((format == Format.XLSX && !zip) || (format == Format.CSV && (zip || binary))) {
            throw new BadRequestException("problem.import.file-type", fileName);
        }
    }

    private InputStream limited(InputStream in) {
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                count += n;
                if (count > maxBytes) {
                    throw new BadRequestException("problem.import.too-large", maxBytes / 1024 / 1024);
                }
            }
        };
    }
}
