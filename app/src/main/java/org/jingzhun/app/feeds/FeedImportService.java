// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jingzhun.app.platform.csv.TabularSource;
import org.jingzhun.app.platform.csv.Uploads;
import org.jingzhun.app.platform.i18n.Messages;
import org.jingzhun.app.platform.jobs.JobProgress;
import org.jingzhun.app.platform.jobs.JobService;
import org.jingzhun.app.platform.jobs.JobState;
import org.springframework.stereotype.Service;

/** Feed file imports as jobs (upload checked by {@link Uploads}), and synchronously for the command line. */
@Service
public class FeedImportService {

    public static final String JOB_KIND = "feed-import";

    private final FeedImporter importer;
    private final JobService jobs;
    private final Uploads uploads;
    private final Messages messages;

    FeedImportService(FeedImporter importer, JobService jobs, Uploads uploads, Messages messages) {
        this.importer = importer;
        this.jobs = jobs;
        this.uploads = uploads;
        this.messages = messages;
    }

    public UUID start(InputStream upload, String fileName, String actor) throws IOException {
        Uploads.Upload saved = uploads.save(upload, fileName);
        return jobs.start(JOB_KIND, fileName, actor, progress -> {
            try {
                progress.rowsTotal(Uploads.dataRows(saved.file(), saved.format()));
                try (TabularSource source = Uploads.open(saved.file(), saved.format())) {
                    return outcome(importer.importFile(source, fileName, progress.jobId(), progress));
                }
            } finally {
                Files.deleteIfExists(saved.file());
            }
        });
    }

    /** Imports a file synchronously (the command line). */
    public FeedImporter.Report importFile(Path file, JobProgress progress) throws IOException {
        try (TabularSource source = Uploads.open(file)) {
            return importer.importFile(source, file.getFileName().toString(), null, progress);
        }
    }

    /** The job's outcome: the counts as its result, rejected and unmatched records as its listed problems. */
    JobService.Outcome outcome(FeedImporter.Report r) {
        if (!r.applied()) {
            return new JobService.Outcome(JobState.FAILED, messages.get("feeds.import.rejected", r.problemCount()),
                    Map.of("rows", r.rows()), r.problemCount(), r.problems());
        }
        FeedStore.Counts c = r.counts();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rows", r.rows());
        result.put("inserted", c.inserted());
        result.put("updated", c.updated());
        result.put("unchanged", c.unchanged());
        result.put("matched", c.matched());
        result.put("unmatched", c.unmatched());
        result.put("rejected", r.rejected());
        result.put("encoding", r.encoding());
        return new JobService.Outcome(JobState.SUCCEEDED, messages.get("feeds.import.succeeded", c.staged(), c.inserted(),
                c.updated(), c.unchanged(), c.matched(), c.unmatched(), r.rejected()), result, r.problemCount(), r.problems());
    }
}
