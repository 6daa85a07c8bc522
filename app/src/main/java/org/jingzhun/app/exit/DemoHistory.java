// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.exit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jingzhun.app.audit.AuditLog;
import org.jingzhun.app.exit.generate.GeneratedHistory;
import org.jingzhun.app.exit.generate.PovertyHistoryGenerator;
import org.jingzhun.app.platform.db.Datasets;
import org.jingzhun.app.platform.i18n.Messages;
import org.jingzhun.app.platform.jobs.JobService;
import org.jingzhun.app.platform.jobs.JobState;
import org.jingzhun.app.registry.HouseholdService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code jingzhun serve --demo-history} ({@code jingzhun.demo.history=true}): loads the demo poverty
 * history of 2013–2020 at the demo scale and seed — the same as the demo households' — as a background
 * job, once. It loads only into an empty history, and only next to an empty registry or the demo
 * households of the same scale and seed: history about other households would be nonsense.
 */
@Component
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    static final String JOB_KIND = "demo-history";
    static final String ACTOR = "system";

    private final HistoryStore store;
    private final HouseholdService households;
    private final Datasets datasets;
    private final JobService jobs;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final Messages messages;
    private final boolean enabled;
    private final double scale;
    private final long seed;

    DemoHistory(HistoryStore store, HouseholdService households, Datasets datasets, JobService jobs, TransactionTemplate tx,
                AuditLog audit, Messages messages,
                @Value("${jingzhun.demo.history:false}") boolean enabled,
                @Value("${jingzhun.demo.scale:0.01}") double scale,
                @Value("${jingzhun.demo.seed:1}") long seed) {
        this.store = store;
        this.households = households;
        this.datasets = datasets;
        this.jobs = jobs;
        this.tx = tx;
        this.audit = audit;
        this.messages = messages;
        this.enabled = enabled;
        this.scale = scale;
        this.seed = seed;
    }

    String datasetName() {
        return "history:demo:scale=" + scale + ":seed=" + seed;
    }

    /** The marker the demo households of the same scale and seed leave (see registry's DemoHouseholds). */
    private String householdsDatasetName() {
        return "households:demo:scale=" + scale + ":seed=" + seed;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!enabled) {
            return;
        }
        if (datasets.loaded(datasetName()).isPresent()) {
            return; // loaded before
        }
        if (!store.isEmpty()) {
            log.info("The poverty history already holds data; the demo history is not loaded");
            return;
        }
        Optional<String> demoHouseholds = datasets.loaded(householdsDatasetName());
        if (demoHouseholds.isEmpty() && !households.isEmpty()) {
            log.warn(messages.get("demo.history.refused"));
            return;
        }
        jobs.start(JOB_KIND, messages.get("demo.history.source", String.valueOf(scale), String.valueOf(seed)), ACTOR, progress -> {
            GeneratedHistory h = PovertyHistoryGenerator.generate(scale, seed);
            progress.rowsTotal((long) h.households().size());
            HistoryStore.Loaded loaded = tx.execute(status -> {
                try {
                    HistoryStore.Loaded l = store.load(h, "demo:scale=" + scale + ":seed=" + seed, ACTOR);
                    String province = h.households().isEmpty() ? null : h.households().getFirst().villageCode().substring(0, 2) + "0000000000";
                    audit.record(ACTOR, null, "exit.history.load", "history:" + datasetName(), province,
                            messages.get("demo.history.source", String.valueOf(scale), String.valueOf(seed)), null, l);
                    datasets.record(datasetName(), "generator-v1", l.households());
                    return l;
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("loading the demo history failed: " + e.getMessage(), e);
                }
            });
            progress.rowsDone(loaded.households());
            if (!loaded.failingCounties().isEmpty()) {
                log.warn("At scale {} the assessed year's evaluation of {} does not pass (too few households for stable rates)",
                        scale, loaded.failingCounties());
            }
            log.info("Demo history loaded: {}", loaded);
            return new JobService.Outcome(JobState.SUCCEEDED, messages.get("demo.history.loaded", loaded.households(),
                    loaded.poorVillages(), loaded.counties(), loaded.counties()), Map.of("loaded", loaded), 0, List.of());
        });
        log.info("Loading the demo poverty history (scale {}, seed {}) in the background; see /api/v1/jobs", scale, seed);
    }
}
