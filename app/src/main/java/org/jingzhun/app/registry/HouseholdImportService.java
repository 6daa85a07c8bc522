// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import org.jingzhun.app.platform.security.DataScope;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.jingzhun.app.platform.csv.ImportProblem;
import org.jingzhun.app.platform.csv.ImportReport;
import org.jingzhun.app.platform.csv.TabularSource;
import org.jingzhun.app.platform.csv.Uploads;
import org.jingzhun.app.platform.jobs.JobProgress;
import org.jingzhun.app.platform.jobs.JobService;
import org.jingzhun.app.platform.jobs.JobState;
import org.jingzhun.kernel.Masking;
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
    private final Uploads uploads;

    HouseholdImportService(HouseholdImporter importer, JobService jobs, org.jingzhun.app.platform.i18n.Messages messages,
                           Uploads uploads) {
        this.importer = importer;
        this.jobs = jobs;
        this.messages = messages;
        this.uploads = uploads;
    }

    /** Saves the upload and starts its import job; returns the job id. */
    public UUID start(InputStream upload, String fileName, String actor, DataScope scope) throws IOException {
        Uploads.Upload saved = uploads.save(upload, fileName);
        return jobs.start(JOB_KIND, fileName, actor, progress -> {
            try {
                progress.rowsTotal(Uploads.dataRows(saved.file(), saved.format()));
                ImportReport r = importFile(saved.file(), saved.format(), fileName, actor, scope, progress);
                return outcome(r);
            } finally {
                Files.deleteIfExists(saved.file());
            }
        });
    }

    /** Imports a file synchronously (the command line). */
    public ImportReport importFile(Path file, String actor, JobProgress progress) throws IOException {
        return importFile(file, Uploads.formatOf(file.getFileName().toString()), file.getFileName().toString(), actor,
                DataScope.EVERYTHING, progress);
    }

    private ImportReport importFile(Path file, Uploads.Format format, String name, String actor, DataScope scope,
                                    JobProgress progress) throws IOException {
        try (TabularSource source = Uploads.open(file, format)) {
            return importer.importFile(source, name, actor, scope, progress);
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
}
