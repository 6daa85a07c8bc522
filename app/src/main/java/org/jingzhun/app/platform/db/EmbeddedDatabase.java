// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server Jingzhun runs for itself when no external database is configured
 * (ADR 0002). It keeps its cluster under the data directory across restarts, refuses to share that
 * directory with a second live Jingzhun process, and stops a postmaster orphaned by a
 * {@code kill -9} of an earlier JVM before starting its own.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final String database;
    private final Path clusterDir;

    private EmbeddedDatabase(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock,
                             String database, Path clusterDir) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.database = database;
        this.clusterDir = clusterDir;
    }

    /** Starts (and on first use creates) the cluster under {@code dataDir}. */
    public static EmbeddedDatabase start(Path dataDir, EmbeddedDatabaseProperties props) {
        try {
            Files.createDirectories(dataDir);
            Path lockFile = dataDir.resolve("jingzhun.lock");
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("数据目录 " + dataDir.toAbsolutePath()
                        + " 正被另一个 Jingzhun 进程使用 (the data directory is in use by another Jingzhun process;"
                        + " stop it, or set JINGZHUN_DATA_DIR to another directory)");
            }
            Path cluster = dataDir.resolve("postgres");
            stopOrphanedPostmaster(cluster);
            boolean fresh = !Files.exists(cluster.resolve("postgresql.conf"));
            long t0 = System.nanoTime();
            Path serverLog = dataDir.resolve("postgres.log");
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(props.ephemeral())
                    // Spring closes this bean after the connection pool; a second hook would race it.
                    .setRegisterShutdownHook(false)
                    .setPort(props.port())
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setServerConfig("timezone", "UTC")
                    // zonky turns this off for speed; a kept cluster must not lose committed work in a crash
                    .setServerConfig("synchronous_commit", props.ephemeral() ? "off" : "on")
                    // bulk imports write GBs of WAL: avoid checkpoints in the middle, give sorts and
                    // index builds room (PostgreSQL's defaults are sized for a tiny machine)
                    .setServerConfig("shared_buffers", props.sharedBuffers())
                    .setServerConfig("max_wal_size", "8GB")
                    .setServerConfig("checkpoint_timeout", "15min")
                    .setServerConfig("wal_buffers", "64MB")
                    .setServerConfig("work_mem", "32MB")
                    .setServerConfig("maintenance_work_mem", "512MB")
                    // imports stage a file in temporary tables: keep them in memory (allocated only when used)
                    .setServerConfig("temp_buffers", "1GB")
                    // Server output goes to a file so that it survives the JVM (and a kill -9 of it).
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            createDatabaseIfMissing(pg, props.database());
            log.info("Embedded PostgreSQL {} on port {} ({} cluster {}, {} ms); server log {}",
                    serverVersion(pg), pg.getPort(), fresh ? "new" : "existing", cluster.toAbsolutePath(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), serverLog.toAbsolutePath());
            return new EmbeddedDatabase(pg, channel, lock, props.database(), cluster);
        } catch (IOException e) {
            throw new UncheckedIOException("无法启动内置 PostgreSQL (could not start the embedded PostgreSQL under "
                    + dataDir.toAbsolutePath() + "): " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", database);
    }

    public int port() {
        return postgres.getPort();
    }

    public Path clusterDir() {
        return clusterDir;
    }

    /** The postmaster's process id as PostgreSQL wrote it to {@code postmaster.pid}. */
    public Optional<Long> postmasterPid() {
        return readPid(clusterDir);
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    /**
     * A JVM killed with SIGKILL cannot stop its postmaster, which keeps the cluster and would make
     * our start fail. We hold the data directory's lock, so a live postmaster there is an orphan.
     */
    static void stopOrphanedPostmaster(Path cluster) {
        Optional<ProcessHandle> orphan = readPid(cluster).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle p = orphan.get();
        log.warn("Stopping PostgreSQL (pid {}) left running by an earlier Jingzhun process on {}", p.pid(), cluster);
        p.destroy(); // SIGTERM: smart shutdown; the old JVM's connections are gone with it
        try {
            p.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("PostgreSQL pid {} did not stop within {}; killing it", p.pid(), ORPHAN_STOP_WAIT);
            p.destroyForcibly();
            p.onExit().join();
        }
    }

    private static Optional<Long> readPid(Path cluster) {
        Path pidFile = cluster.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres pg, String database) throws IOException {
        try (Connection c = pg.getPostgresDatabase().getConnection();
             PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement s = c.createStatement()) {
                // The name comes from configuration, not from users; quote it all the same.
                s.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
            }
        } catch (SQLException e) {
            throw new IOException("could not create database " + database + ": " + e.getMessage(), e);
        }
    }

    private static String serverVersion(EmbeddedPostgres pg) {
        try (Connection c = pg.getPostgresDatabase().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show server_version")) {
            return rs.next() ? rs.getString(1) : "?";
        } catch (SQLException e) {
            return "?";
        }
    }
}
