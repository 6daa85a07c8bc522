// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jingzhun.app.platform.db.CopyWriter;
import org.jingzhun.app.platform.jobs.JobProgress;
import org.jingzhun.app.platform.jobs.JobService;
import org.jingzhun.app.platform.jobs.JobState;
import org.jingzhun.app.platform.jobs.PhaseTimer;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.region.RegionService;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.rules.Rule;
import org.jingzhun.rules.columnar.Snapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Screening runs (筛查): pin the active rule set and parameter version, build the columnar snapshot
 * of the region from the registry and the feeds, screen it with the bulk engine, explain each hit
 * with the evaluator, and replace the region's findings — in one transaction, as a job with
 * progress. An incremental run re-screens only the households whose registry entry or feed
 * records changed since the last complete run of a region that contains it (with the same rule
 * set, parameters and screening date; otherwise it is a full run). A full run keeps its snapshot on
 * disk and the next full run of the region starts from it, re-extracting only the households that
 * changed since ({@link KeptSnapshots}).
 */
@Service
public class ScreeningService implements org.springframework.beans.factory.SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ScreeningService.class);
    public static final String JOB_KIND = "screening-run";

    /** What a caller asks for. */
    public record RunRequest(String region, LocalDate date, Boolean incremental) {
    }

    /** A started run. */
    public record Started(UUID id, String state, long runId) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final JobService jobs;
    private final RuleStore rules;
    private final ParameterStore parameters;
    private final SnapshotLoader loader;
    private final HitExplainer explainer;
    private final FindingWriter writer;
    private final SnapshotCache cache;
    private final KeptSnapshots kept;
    private final RegionService regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json;

    ScreeningService(JdbcClient jdbc, TransactionTemplate tx, JobService jobs, RuleStore rules, ParameterStore parameters,
                     SnapshotLoader loader, HitExplainer explainer, FindingWriter writer, SnapshotCache cache, KeptSnapshots kept,
                     RegionService regions, ApplicationEventPublisher events, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.jobs = jobs;
        this.rules = rules;
        this.parameters = parameters;
        this.loader = loader;
        this.explainer = explainer;
        this.writer = writer;
        this.cache = cache;
        this.kept = kept;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
        this.json = json;
    }

    /** Runs left RUNNING by a process that died stored nothing (one transaction): they are marked FAILED. */
    @Override
    public void afterSingletonsInstantiated() {
        int n = jdbc.sql("update screening_run set state = 'FAILED', finished_at = :at where state = 'RUNNING'")
                .param("at", Instant.now(clock).atOffset(ZoneOffset.UTC)).update();
        if (n > 0) {
            log.warn("Marked {} screening runs interrupted by an earlier stop as FAILED", n);
        }
    }

    /** Records the run and starts its job. */
    public Started start(RunRequest request, String actor) {
        if (request == null || request.region() == null) {
            throw new BadRequestException("problem.screening.region-required");
        }
        RegionCode region = RegionCode.parse(regions.get(request.region()).code());
        LocalDate date = request.date() == null ? LocalDate.now(clock) : request.date();
        if (date.isAfter(LocalDate.now(clock))) {
            throw new BadRequestException("problem.screening.future-date", date);
        }
        RuleStore.RuleSet ruleSet = rules.active();
        ParameterStore.ParameterVersion params = parameters.current();
        Long base = Boolean.TRUE.equals(request.incremental()) ? baseRun(region, ruleSet.version(), params.version(), date) : null;
        long runId = jdbc.sql("""
                insert into screening_run (region_code, rule_set_version, parameter_version, screening_date, incremental,
                                           base_run_id, state, created_by, started_at)
                values (:region, :rs, :pv, :date, :inc, :base, 'RUNNING', :by, :at) returning id""")
                .param("region", region.value()).param("rs", ruleSet.version()).param("pv", params.version())
                .param("date", date).param("inc", base != null).param("base", base).param("by", actor)
                .param("at", Instant.now(clock).atOffset(ZoneOffset.UTC)).query(Long.class).single();
        UUID job = jobs.start(JOB_KIND, "筛查 " + region.value() + (base != null ? "（增量）" : ""), actor, progress -> {
            try {
                return run(runId, region, date, ruleSet, params, base, progress);
            } catch (Exception | Error e) {
                String state = e instanceof org.jingzhun.app.platform.jobs.JobCancelledException ? "CANCELLED" : "FAILED";
                jdbc.sql("update screening_run set state = :state, finished_at = :at where id = :id and state = 'RUNNING'")
                        .param("state", state).param("at", Instant.now(clock).atOffset(ZoneOffset.UTC)).param("id", runId)
                        .update();
                throw e;
            }
        });
        jdbc.sql("update screening_run set job_id = :job where id = :id").param("job", job).param("id", runId).update();
        return new Started(job, "RUNNING", runId);
    }

    /** The last complete run whose region contains {@code region}, with the same versions and date; or null. */
    private Long baseRun(RegionCode region, int ruleSet, int paramVersion, LocalDate date) {
        return jdbc.sql("""
                select id, region_code from screening_run where state = 'SUCCEEDED' and rule_set_version = :rs
                  and parameter_version = :pv and screening_date = :date order by id desc limit 100""")
                .param("rs", ruleSet).param("pv", paramVersion).param("date", date)
                .query((rs, i) -> RegionCode.parse(rs.getString(2)).contains(region) ? rs.getLong(1) : null).list()
                .stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private JobService.Outcome run(long runId, RegionCode region, LocalDate date, RuleStore.RuleSet ruleSet,
                                   ParameterStore.ParameterVersion pv, Long baseRun, JobProgress progress) throws SQLException {
        PhaseTimer timer = new PhaseTimer(log);
        Map<String, BigDecimal> params = ParameterStore.forYear(pv, date.getYear());
        SnapshotLoader.Scope scope = SnapshotLoader.Scope.region(region);
        if (baseRun != null) {
            List<String> changed = changedHouseholds(region, baseRun);
            scope = SnapshotLoader.Scope.households(changed);
            timer.lap("find changed households");
        }
        long expected = scope.householdIds() != null ? scope.householdIds().size()
                : jdbc.sql("select count(*) from household where " + scope.condition("id")).query(Long.class).single();
        progress.rowsTotal(expected);
        int expectedInt = (int) Math.min(expected, Integer.MAX_VALUE - 16);
        Instant watermark = null;
        Snapshot snapshot;
        int changedSinceKept = -1;
        if (baseRun == null) {
            watermark = kept.watermark(); // before anything is read: what the next full run must look at again
            KeptSnapshots.Loaded loaded = kept.load(region, date, expectedInt, progress::rowsDone, timer);
            snapshot = loaded.snapshot();
            changedSinceKept = loaded.changedHouseholds();
        } else {
            snapshot = loader.load(scope, date, expectedInt, progress::rowsDone);
            timer.lap("extract snapshot");
        }
        progress.checkCancelled();
        List<Rule> ruleList = ruleSet.rules();
        HitList hits = new HitList();
        BulkScreen.Counts counts = BulkScreen.screen(snapshot, ruleList, params, date, hits, progress::cancelled);
        timer.lap("screen");
        progress.checkCancelled();
        hits.sort();
        SnapshotLoader.Scope finalScope = scope;
        long[] outcome = tx.execute(status -> {
            // runs over overlapping regions store one after the other, never interleaved
            jdbc.sql("select pg_advisory_xact_lock(hashtext('finding'))").query().singleRow();
            try (CopyWriter out = writer.open()) {
                HitExplainer.Outcome o = explainer.explain(snapshot, hits, ruleList, params, date, out, i -> { });
                out.finish();
                timer.lap("explain and stage findings");
                java.util.Optional<Long> previous = baseRun == null ? java.util.Optional.empty() : writer.currentCounts(region);
                if (previous.isPresent()) {
                    writer.countBefore(finalScope);
                }
                long fresh = writer.merge(runId, finalScope);
                if (previous.isPresent()) {
                    writer.countIncrementally(runId, previous.get(), finalScope);
                } else {
                    writer.count(runId, SnapshotLoader.Scope.region(region));
                }
                writer.markStored(runId);
                timer.lap("store findings and counts");
                return new long[] {o.hits(), o.errors(), o.disagreements(), fresh, previous.orElse(-1L)};
            } catch (SQLException e) {
                throw new IllegalStateException("storing findings failed: " + e.getMessage(), e);
            }
        });
        if (baseRun == null) {
            cache.put(region, date, ruleSet.version(), pv.version(), snapshot,
                    cache.enabled() ? warningHits(hits, ruleList, snapshot.households()) : null);
            kept.keep(region, runId, snapshot, watermark, date);
            timer.lap("keep snapshot for the next run");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("runId", runId);
        result.put("households", snapshot.households());
        result.put("members", snapshot.members());
        result.put("feedRecords", snapshot.feeds());
        result.put("hits", outcome[0]);
        result.put("errors", outcome[1]);
        result.put("newFindings", outcome[3]);
        result.put("incremental", baseRun != null);
        // a full run that started from the kept snapshot of the last one: how many households it re-extracted
        if (changedSinceKept >= 0) {
            result.put("changedSinceKeptSnapshot", changedSinceKept);
        }
        if (outcome[4] >= 0) {
            result.put("countsDerivedFrom", outcome[4]); // the run whose counts this one's were derived from
        }
        result.put("engineHitsByRule", counts.byRule());
        if (outcome[2] > 0) {
            result.put("engineEvaluatorDisagreements", outcome[2]);
        }
        result.put("millis", timer.laps());
        jdbc.sql("""
                update screening_run set state = 'SUCCEEDED', households = :h, hits = :hits, errors = :errors,
                    finished_at = :at, timings = cast(:timings as jsonb) where id = :id""")
                .param("h", snapshot.households()).param("hits", outcome[0]).param("errors", outcome[1])
                .param("at", OffsetDateTime.now(clock)).param("timings", json.writeValueAsString(timer.laps()))
                .param("id", runId).update();
        events.publishEvent(new ScreeningCompleted(runId, region.value(), outcome[3]));
        progress.rowsDone(snapshot.households());
        return new JobService.Outcome(JobState.SUCCEEDED, "筛查完成：" + snapshot.households() + " 户，命中 " + outcome[0]
                + " 条，无法判定 " + outcome[1] + " 条，新发现 " + outcome[3] + " 条", result, 0, List.of());
    }

    /** Per household, which warning rules hit in this run (what-if's base), from the engine's hits. */
    private static long[] warningHits(HitList hits, List<Rule> rules, int households) {
        int[] warningIndex = new int[rules.size()];
        int w = 0;
        for (int r = 0; r < rules.size(); r++) {
            warningIndex[r] = rules.get(r).kind() == org.jingzhun.rules.RuleKind.WARNING ? w++ : -1;
        }
        long[] masks = new long[households];
        for (int i = 0; i < hits.size(); i++) {
            int r = warningIndex[hits.rule(i)];
            if (r >= 0 && hits.status(i) == HitList.HIT) {
                masks[hits.household(i)] |= BulkScreen.bit(r);
            }
        }
        return masks;
    }

    /** Households of the region whose registry entry or feed records changed since the base run started. */
    private List<String> changedHouseholds(RegionCode region, long baseRun) {
        OffsetDateTime since = jdbc.sql("select started_at from screening_run where id = :id").param("id", baseRun)
                .query(OffsetDateTime.class).single();
        return changedHouseholds(jdbc, region, since);
    }

    /** Households of the region whose registry entry or feed records changed at or after {@code since}, ascending. */
    static List<String> changedHouseholds(JdbcClient jdbc, RegionCode region, OffsetDateTime since) {
        String prefix = region.descendantPrefix() + "%";
        return jdbc.sql("""
                select f.household_id from feed_record f
                where f.received_at >= :since and f.household_id like :prefix
                union
                select id from household where changed_at >= :since and id like :prefix
                order by 1""").param("since", since).param("prefix", prefix).query(String.class).list();
    }
}
