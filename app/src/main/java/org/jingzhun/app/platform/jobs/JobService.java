// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.jingzhun.app.platform.csv.ImportProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs long work (imports, later screening runs) in the background and tracks it. A job's row in
 * {@code job} is written when it starts and when it ends; progress lives in memory meanwhile. The
 * work runs in its own transaction, so a job that fails, is cancelled, or dies with the process
 * writes nothing; at start-up jobs left RUNNING by a dead process are marked FAILED.
 */
@Service
@DependsOnDatabaseInitialization
public class JobService implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobService.class);

    /** The result of a job's work: what to show, and the problems found (none when it succeeded). */
    public record Outcome(JobState state, String message, Object result, long errorCount, List<ImportProblem> errors) {
    }

    /** A job's work. */
    @FunctionalInterface
    public interface Work {
        Outcome run(JobProgress progress) throws Exception;
    }

    private static final class Running implements JobProgress {
        final UUID id;
        final AtomicLong done = new AtomicLong();
        volatile Long total;
        volatile boolean cancel;

        Running(UUID id) {
            this.id = id;
        }

        @Override
        public UUID jobId() {
            return id;
        }

        @Override
        public void rowsTotal(Long t) {
            total = t;
        }

        @Override
        public void rowsDone(long d) {
            done.set(d);
        }

        @Override
        public boolean cancelled() {
            return cancel;
        }
    }

    private final JdbcClient jdbc;
    private final org.springframework.transaction.support.TransactionTemplate tx;
    private final Clock clock;
    private final JsonMapper json;
    /** Two jobs at a time (the machine has two cores; each import holds a connection); more wait their turn. */
    private final ExecutorService executor = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("job-", 1).factory());
    private final Map<UUID, Running> running = new ConcurrentHashMap<>();

    public JobService(JdbcClient jdbc, org.springframework.transaction.support.TransactionTemplate tx, Clock clock,
                      JsonMapper json) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int n = jdbc.sql("update job set state = 'FAILED', finished_at = :now, message = :msg where state = 'RUNNING'")
                .param("now", Instant.now(clock).atOffset(java.time.ZoneOffset.UTC))
                .param("msg", "服务在任务运行中停止，任务中断，未写入任何数据")
                .update();
        if (n > 0) {
            log.warn("Marked {} jobs interrupted by an earlier stop as FAILED", n);
        }
    }

    /** Starts {@code work} in the background and returns the job's id at once. */
    public UUID start(String kind, String source, String createdBy, Work work) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into job (id, kind, state, source, created_by, created_at) values (:id, :kind, 'RUNNING', :source, :by, :at)")
                .param("id", id).param("kind", kind).param("source", source).param("by", createdBy)
                .param("at", Instant.now(clock).atOffset(java.time.ZoneOffset.UTC))
                .update();
        Running state = new Running(id);
        running.put(id, state);
        executor.submit(() -> execute(id, state, work));
        return id;
    }

    private void execute(UUID id, Running state, Work work) {
        Outcome outcome;
        try {
            state.checkCancelled(); // cancelled while waiting for its turn
            outcome = work.run(state);
        } catch (JobCancelledException e) {
            outcome = new Outcome(JobState.CANCELLED, "任务已取消，未写入任何数据", null, 0, List.of());
        } catch (Throwable e) {
            log.error("Job {} failed", id, e);
            outcome = new Outcome(JobState.FAILED, "任务出错，未写入任何数据（" + e.getClass().getSimpleName() + "）", null, 0, List.of());
        }
        try {
            finish(id, state, outcome);
        } finally {
            running.remove(id);
        }
    }

    /** The outcome and its problems become visible together: a reader never sees FAILED without its errors. */
    private void finish(UUID id, Running state, Outcome o) {
        tx.executeWithoutResult(status -> record(id, state, o));
    }

    private void record(UUID id, Running state, Outcome o) {
        int seq = 0;
        for (ImportProblem p : o.errors()) {
            jdbc.sql("insert into job_error (job_id, seq, row_no, column_name, value, message) values (:id, :seq, :row, :col, :val, :msg)")
                    .param("id", id).param("seq", seq++).param("row", p.row()).param("col", p.column())
                    .param("val", p.value()).param("msg", p.message())
                    .update();
        }
        jdbc.sql("""
                update job set state = :state, rows_done = :done, rows_total = :total, error_count = :errors,
                       message = :message, result = cast(:result as jsonb), finished_at = :at where id = :id""")
                .param("state", o.state().name()).param("done", state.done.get()).param("total", state.total)
                .param("errors", o.errorCount()).param("message", o.message())
                .param("result", o.result() == null ? null : json.writeValueAsString(o.result()))
                .param("at", Instant.now(clock).atOffset(java.time.ZoneOffset.UTC)).param("id", id)
                .update();
    }

    /** Asks a running job to stop; false if it is not running (here). */
    public boolean cancel(UUID id) {
        Running r = running.get(id);
        if (r == null) {
            return false;
        }
        r.cancel = true;
        return true;
    }

    public Optional<JobView> find(UUID id) {
        Optional<JobView> stored = jdbc.sql("select * from job where id = :id").param("id", id)
                .query((rs, i) -> new JobView(id, rs.getString("kind"), JobState.valueOf(rs.getString("state")),
                        rs.getString("source"), rs.getLong("rows_done"), (Long) rs.getObject("rows_total"),
                        rs.getLong("error_count"), List.of(), rs.getString("message"),
                        rs.getString("result") == null ? null : json.readTree(rs.getString("result")),
                        rs.getString("created_by"), rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject("finished_at") == null ? null
                                : rs.getObject("finished_at", java.time.OffsetDateTime.class).toInstant()))
                .optional();
        return stored.map(j -> {
            Running r = running.get(id);
            if (r != null && j.state() == JobState.RUNNING) {
                return new JobView(j.id(), j.kind(), j.state(), j.source(), r.done.get(), r.total, 0, List.of(),
                        r.cancel ? "正在取消" : "正在处理", null, j.createdBy(), j.createdAt(), null);
            }
            return new JobView(j.id(), j.kind(), j.state(), j.source(), j.rowsDone(), j.rowsTotal(), j.errorCount(),
                    errors(id), j.message(), j.result(), j.createdBy(), j.createdAt(), j.finishedAt());
        });
    }

    public List<ImportProblem> errors(UUID id) {
        return jdbc.sql("select row_no, column_name, value, message from job_error where job_id = :id order by seq")
                .param("id", id)
                .query((rs, i) -> new ImportProblem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    @Override
    public void destroy() {
        running.values().forEach(r -> r.cancel = true);
        executor.shutdown();
        try {
            // let cancelled work roll back and record itself before the database goes away
            executor.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
