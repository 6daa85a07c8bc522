// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jingzhun.app.screening.ScreeningCompleted;
import org.jingzhun.app.screening.ScreeningQueries;
import org.jingzhun.app.screening.ScreeningQueries.NewWarning;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.monitoring.Channel;
import org.jingzhun.kernel.monitoring.RiskType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 部门筛查预警 → 线索: after a screening run, each warning it found first becomes a department-warning
 * lead of its household (once per run, rule and household), in pages of households, each page in its own
 * transaction; a run taken twice adds nothing. Runs as the system.
 */
@Component
class WarningLeads {

    private static final Logger log = LoggerFactory.getLogger(WarningLeads.class);
    private static final int HOUSEHOLDS_PER_PAGE = 500;

    private final ScreeningQueries screening;
    private final LeadService leads;
    private final MonitoringParameters parameters;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;

    WarningLeads(ScreeningQueries screening, LeadService leads, MonitoringParameters parameters, TransactionTemplate tx,
                 Clock clock, @Value("${jingzhun.monitoring.warning-leads:true}") boolean enabled) {
        this.enabled = enabled;
        this.screening = screening;
        this.leads = leads;
        this.parameters = parameters;
        this.tx = tx;
        this.clock = clock;
    }

    /** Counts of one run's intake. */
    record Intake(long warnings, long leads) {
    }

    @EventListener
    void on(ScreeningCompleted event) {
        if (event.newFindings() == 0) {
            return;
        }
        if (!enabled) {
            log.info("Screening run {}: {} new findings not taken as leads (jingzhun.monitoring.warning-leads=false)",
                    event.runId(), event.newFindings());
            return;
        }
        long started = System.nanoTime();
        Intake intake;
        try {
            intake = take(event.runId());
        } catch (RuntimeException e) {
            // the run's findings are stored; its leads can be taken again (a lead is taken once per run and rule)
            log.error("Screening run {}: taking its warnings as leads failed", event.runId(), e);
            return;
        }
        log.info("Screening run {}: {} new warnings taken as {} leads in {} ms", event.runId(), intake.warnings(),
                intake.leads(), (System.nanoTime() - started) / 1_000_000);
    }

    Intake take(long runId) {
        LocalDate today = LocalDate.now(clock);
        String after = "";
        long warnings = 0;
        long taken = 0;
        while (true) {
            List<NewWarning> page = screening.newWarnings(runId, after, HOUSEHOLDS_PER_PAGE);
            if (page.isEmpty()) {
                return new Intake(warnings, taken);
            }
            warnings += page.size();
            List<NewWarning> rows = page;
            Long n = tx.execute(s -> {
                var inForce = parameters.on(today);
                long count = 0;
                for (NewWarning w : rows) {
                    var lead = new LeadService.Lead(w.householdId(), Channel.DEPARTMENT_WARNING, today, source(runId, w),
                            "run:" + runId + ":" + w.ruleCode() + ":" + w.householdId(), w.riskType() == null ? null : RiskType.valueOf(w.riskType()),
                            w.ruleCode(), w.ruleVersion(), w.parameterVersion(), null);
                    count += leads.take(lead, HouseholdCategory.valueOf(w.householdCategory()), "system", null, today, inForce)
                            .isPresent() ? 1 : 0;
                }
                return count;
            });
            taken += n == null ? 0 : n;
            after = page.getLast().householdId();
        }
    }

    private static String source(long runId, NewWarning w) {
        List<String> parts = new ArrayList<>();
        parts.add("筛查批次 " + runId + "（筛查日期 " + w.screeningDate() + "）");
        parts.add(w.title() + "（规则 " + w.ruleCode() + " 第 " + w.ruleVersion() + " 版，参数第 " + w.parameterVersion() + " 版）");
        return String.join("：", parts);
    }
}
