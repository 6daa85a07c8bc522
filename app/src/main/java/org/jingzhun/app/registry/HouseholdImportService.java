// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jingzhun.app.platform.csv.CsvSource;
import org.jingzhun.app.platform.csv.ImportProblem;
import org.jingzhun.app.platform.csv.ImportReport;
import org.jingzhun.app.platform.csv.TabularSource;
import org.jingzhun.app.platform.csv.XlsxSource;
import org.jingzhun.app.platform.jobs.JobProgress;
import org.jingzhun.app.platform.jobs.JobService;
import org.jingzhun.app.platform.jobs.JobState;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.kernel.Masking;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Household imports as jobs: the upload is checked (type by extension and content, size), kept
 * under the data directory while the job runs, imported atomically, and deleted afterwards.
 */
@Service
public class HouseholdImportService {

    public static final String JOB_KIND = "household-import";

    private final HouseholdImporter importer;
    private final JobService jobs;
    private final org.jingzhun.app.platform.i18n.Messages messages;
    private final Path uploads;
    private final long maxBytes;

    HouseholdImportService(HouseholdImporter importer, JobService jobs, org.jingzhun.app.platform.i18n.Messages messages,
                           @Value("${jingzhun.data-dir}") Path dataDir,
                           @Value("${jingzhun.import.max-megabytes:512}") long maxMegabytes) {
        this.importer = importer;
        this.jobs = jobs;
        this.messages = messages;
        this.uploads = dataDir.resolve("uploads");
        this.maxBytes = maxMegabytes * 1024 * 1024;
    }

    /** The kinds of file an import takes. */
    enum Format { CSV, XLSX }

    /** Saves the upload and starts its import job; returns the job id. */
    public UUID start(InputStream upload, String fileName, String actor) throws IOException {
        Format format = formatOf(fileName);
        Files.createDirectories(uploads);
        Path file = uploads.resolve(UUID.randomUUID() + "." + format.name().toLowerCase(Locale.ROOT));
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
        return jobs.start(JOB_KIND, fileName, actor, progress -> {
            try {
                progress.rowsTotal(format == Format.CSV ? countLines(file) - 1 : null);
                ImportReport r = importFile(file, format, fileName, actor, progress);
                return outcome(r);
            } finally {
                Files.deleteIfExists(file);
            }
        });
    }

    /** Imports a file synchronously (the command line). */
    public ImportReport importFile(Path file, String actor, JobProgress progress) throws IOException {
        return importFile(file, formatOf(file.getFileName().toString()), file.getFileName().toString(), actor, progress);
    }

    private ImportReport importFile(Path file, Format format, String name, String actor, JobProgress progress) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             TabularSource source = format == Format.CSV ? new CsvSource(in) : new XlsxSource(new BufferedInputStream(in))) {
            return importer.importFile(source, name, actor, progress);
        }
    }

    private JobService.Outcome outcome(ImportReport r) {
        if (r.applied()) {
            return new JobService.Outcome(JobState.SUCCEEDED,
                    messages.get("registry.import.succeeded", r.inserted(), r.updated(), r.unchanged(), r.rows()),
                    Map.of("rows", r.rows(), "inserted", r.inserted(), "updated", r.updated(), "unchanged", r.unchanged(),
                            "encoding", r.encoding()),
                    0, java.util.List.of());
        }
        return new JobService.Outcome(JobState.FAILED, messages.get("registry.import.rejected", r.problemCount()),
                Map.of("rows", r.rows()), r.problemCount(), r.problems().stream().map(HouseholdImportService::masked).toList());
    }

    /**
     * Problems kept with a job are readable through the API, so personal values in them are masked
     * like everywhere else; the row and column still lead the uploader to the cell.
     */
    static ImportProblem masked(ImportProblem p) {
        if (p.value() == null || p.column() == null) {
            return p;
        }
        String v = p.value();
        if (p.column().equals(HouseholdTemplate.ID_NUMBER.label())) {
            v = Masking.idNumber(v);
        } else if (p.column().equals(HouseholdTemplate.NAME.label())) {
            v = Masking.name(v);
        } else if (p.column().equals(HouseholdTemplate.PHONE.label())) {
            v = Masking.phone(v);
        }
        return new ImportProblem(p.row(), p.column(), v, p.message());
    }

    static Format formatOf(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Format.CSV;
        }
        if (lower.endsWith(".xlsx")) {
            return Format.XLSX;
        }
        throw new BadRequestException("problem.import.file-type", fileName);
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
        return new java.io.FilterInputStream(in) {
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

    private static long countLines(Path file) throws IOException {
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
        return lines;
    }
}
