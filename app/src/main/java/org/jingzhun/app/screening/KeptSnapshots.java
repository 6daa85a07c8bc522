// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.jingzhun.app.platform.jobs.PhaseTimer;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.rules.columnar.Snapshot;
import org.jingzhun.rules.columnar.SnapshotFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The snapshot a full screening run builds is kept in a file ({@code ${jingzhun.data-dir}/snapshots/},
 * one per region) so that the next full run of the region reads it back and re-extracts only the
 * households whose registry entry or feed records changed since, instead of the whole province from
 * PostgreSQL (ADR 0012). Changes are found as incremental runs find them, by {@code household.changed_at}
 * and {@code feed_record.received_at}, against a watermark taken before the kept snapshot was
 * extracted: the start of the oldest transaction then open, less a margin for clock differences between
 * the application and the database, so that a change committed after the extraction began is always
 * found again. A file is used only if the run that kept it is in this database with the same token,
 * for the same region and catalogue, and if fewer than a quarter of its households changed; otherwise the
 * run extracts afresh. Switched off with {@code jingzhun.screening.keep-snapshot-file=false}.
 */
@Component
class KeptSnapshots {

    private static final Logger log = LoggerFactory.getLogger(KeptSnapshots.class);

    /** A snapshot for a run, with where it came from. */
    record Loaded(Snapshot snapshot, boolean kept, int changedHouseholds) {
    }

    private final JdbcClient jdbc;
    private final SnapshotLoader loader;
    private final boolean enabled;
    private final Path directory;
    private final long marginSeconds;

    KeptSnapshots(JdbcClient jdbc, SnapshotLoader loader,
                  @Value("${jingzhun.screening.keep-snapshot-file:true}") boolean enabled,
                  @Value("${jingzhun.data-dir}") Path dataDir,
                  @Value("${jingzhun.screening.kept-snapshot-margin-seconds:600}") long marginSeconds) {
        this.jdbc = jdbc;
        this.loader = loader;
        this.enabled = enabled;
        this.directory = dataDir.resolve("snapshots");
        this.marginSeconds = marginSeconds;
    }

    boolean enabled() {
        return enabled;
    }

    Path file(RegionCode region) {
        return directory.resolve(region.value() + ".snap");
    }

    /** Removes the region's kept snapshot (the next full run extracts afresh). */
    void forget(RegionCode region) throws IOException {
        Files.deleteIfExists(file(region));
    }

    /**
     * A time before every change the data about to be read might not show: the start of the oldest open
     * transaction (or now), less the margin. Take it before extracting.
     */
    Instant watermark() {
        OffsetDateTime t = jdbc.sql("""
                select least(now(), coalesce((select min(xact_start) from pg_stat_activity where xact_start is not null), now()))""")
                .query(OffsetDateTime.class).single();
        return t.toInstant().minusSeconds(marginSeconds);
    }

    /**
     * The region's data as of now for a screening date: the kept snapshot with its changed households
     * re-extracted when a usable one exists, else a fresh extraction.
     */
    Loaded load(RegionCode region, LocalDate date, int expected, LongConsumer progress, PhaseTimer timer)
            throws SQLException {
        if (enabled && Files.isRegularFile(file(region))) {
            try {
                Loaded kept = fromKept(region, date, progress, timer);
                if (kept != null) {
                    return kept;
                }
            } catch (IOException | RuntimeException e) {
                log.warn("The kept snapshot {} cannot be used, extracting afresh: {}", file(region), e.toString());
            }
        }
        Snapshot s = loader.load(SnapshotLoader.Scope.region(region), date, expected, progress);
        timer.lap("extract snapshot");
        return new Loaded(s, false, -1);
    }

    private Loaded fromKept(RegionCode region, LocalDate date, LongConsumer progress, PhaseTimer timer)
            throws IOException, SQLException {
        try (SnapshotFile.Kept kept = SnapshotFile.open(FileChannel.open(file(region),
                StandardOpenOption.READ))) {
            SnapshotFile.Meta meta = kept.meta();
            UUID token = jdbc.sql("select kept_snapshot_token from screening_run where id = :id").param("id", meta.runId())
                    .query(UUID.class).optional().orElse(null);
            if (!region.value().equals(meta.region()) || token == null || !token.toString().equals(meta.token())) {
                log.info("The kept snapshot {} is not this database's (run {}), extracting afresh", file(region), meta.runId());
                return null;
            }
            List<String> changed = ScreeningService.changedHouseholds(jdbc, region,
                    Instant.ofEpochMilli(meta.watermarkMillis()).atOffset(ZoneOffset.UTC));
            timer.lap("find households changed since the kept snapshot");
            if (changed.size() > kept.households() / 4) {
                log.info("{} of {} households changed since the kept snapshot: extracting afresh", changed.size(),
                        kept.households());
                return null;
            }
            Snapshot delta = null;
            if (!changed.isEmpty()) {
                delta = loader.load(SnapshotLoader.Scope.households(changed), date, changed.size(), n -> { }, kept);
            }
            timer.lap("extract changed households");
            long[] keys = changed.stream().mapToLong(Long::parseLong).toArray();
            Snapshot s = kept.read(keys, delta);
            if (meta.epochDay() != date.toEpochDay()) {
                s = s.atDate(date);
            }
            progress.accept(s.households());
            timer.lap("read kept snapshot and merge");
            return new Loaded(s, true, changed.size());
        }
    }

    /** Keeps a full run's snapshot (taken after {@code watermark}) for the region's next full run. */
    void keep(RegionCode region, long runId, Snapshot snapshot, Instant watermark, LocalDate date) {
        if (!enabled || !snapshot.keysAscending()) {
            return;
        }
        UUID token = UUID.randomUUID();
        try {
            write(snapshot, new SnapshotFile.Meta(region.value(), runId, token.toString(), watermark.toEpochMilli(),
                    date.toEpochDay()), file(region));
            jdbc.sql("update screening_run set kept_snapshot_token = :token where id = :id").param("token", token)
                    .param("id", runId).update();
        } catch (IOException | RuntimeException e) {
            // the run itself succeeded; the next one extracts afresh
            log.warn("Could not keep the snapshot of run {} in {}: {}", runId, file(region), e.toString());
        }
    }

    /** Writes to a temporary file, forces it to disk and moves it into place: never a half-written file under the name. */
    private static void write(Snapshot snapshot, SnapshotFile.Meta meta, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            try (FileChannel ch = FileChannel.open(tmp,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                SnapshotFile.write(snapshot, meta, ch);
                ch.force(false);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
