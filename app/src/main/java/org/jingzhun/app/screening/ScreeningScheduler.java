// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Screens the province on a schedule ({@code jingzhun.screening.cron}; off by default): an
 * incremental run, which becomes a full run when no earlier run with the same rules, parameters
 * and date exists — so the first run of a day is full and later ones only look at what changed.
 */
@Configuration
@EnableScheduling
class ScreeningScheduler {

    private static final Logger log = LoggerFactory.getLogger(ScreeningScheduler.class);

    private final ScreeningService screening;
    private final String region;

    ScreeningScheduler(ScreeningService screening,
                       @org.springframework.beans.factory.annotation.Value("${jingzhun.screening.region:360000000000}") String region) {
        this.screening = screening;
        this.region = region;
    }

    @Scheduled(cron = "${jingzhun.screening.cron:-}", zone = "Asia/Shanghai")
    void screenProvince() {
        var started = screening.start(new ScreeningService.RunRequest(region, null, true), "schedule");
        log.info("Scheduled screening run {} started (job {})", started.runId(), started.id());
    }
}
