// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jingzhun.app.platform.jobs.JobService;
import org.jingzhun.app.platform.jobs.JobState;
import org.jingzhun.app.platform.jobs.JobView;
import org.jingzhun.app.screening.ScreeningService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code screen --region CODE}: one screening run, waited for, with its progress printed. */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {
                "Screens a region's households (筛查预警) with the active rule set and parameters, stores the",
                "findings with their explanations, and prints the run's figures. --incremental re-screens only",
                "the households whose registry entry or department records changed since the last complete run.",
                "Exit code 0 when the run succeeded, 1 otherwise."})
public class ScreenCommand implements Callable<Integer> {

    @Option(names = "--region", paramLabel = "CODE", defaultValue = "360000000000",
            description = "region code (default: ${DEFAULT-VALUE}, the province)")
    String region;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "screening date (default: today)")
    LocalDate date;

    @Option(names = "--incremental", description = "only households changed since the last complete run")
    boolean incremental;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() {
        return Jobs.run(springArgs, context -> {
            ScreeningService screening = context.getBean(ScreeningService.class);
            JobService jobs = context.getBean(JobService.class);
            ScreeningService.Started started = screening.start(new ScreeningService.RunRequest(region, date, incremental), "cli");
            System.out.println("筛查批次 " + started.runId() + "，任务 " + started.id());
            long last = -1;
            while (true) {
                JobView job = jobs.find(started.id()).orElseThrow();
                if (job.state() != JobState.RUNNING) {
                    System.out.println(job.message());
                    System.out.println(job.result());
                    return job.state() == JobState.SUCCEEDED ? 0 : 1;
                }
                if (job.rowsDone() != last) {
                    last = job.rowsDone();
                    System.out.printf("  %,d / %s 户%n", job.rowsDone(), job.rowsTotal() == null ? "?" : String.format("%,d", job.rowsTotal()));
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 1;
                }
            }
        });
    }
}
