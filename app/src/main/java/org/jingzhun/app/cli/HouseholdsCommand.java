// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jingzhun.app.platform.csv.ImportReport;
import org.jingzhun.app.platform.jobs.JobProgress;
import org.jingzhun.app.registry.HouseholdImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/** {@code households import FILE|DIR...}. */
@Command(name = "households", mixinStandardHelpOptions = true,
        description = "Manages the household registry (建档立卡).",
        subcommands = HouseholdsCommand.Import.class)
public class HouseholdsCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {
                    "Imports households in the import template (DOMAIN.md §4): .csv (UTF-8 or GBK) or .xlsx, one row",
                    "per person. A directory imports every .csv/.xlsx in it (e.g. the output of 'jingzhun generate').",
                    "Each file is applied whole or not at all; importing a file again changes nothing.",
                    "Prints progress and every problem with its row and column. Exit code 0 when all files",
                    "were imported, 1 when any had problems."})
    static class Import implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "files or directories")
        List<Path> paths;

        @Unmatched
        List<String> springArgs = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            List<Path> files = ImportFiles.list(paths, name -> name.equals("summary.csv"));
            if (files == null) {
                return 2;
            }
            return Jobs.run(springArgs, context -> {
                HouseholdImportService service = context.getBean(HouseholdImportService.class);
                int exit = 0;
                for (Path f : files) {
                    try {
                        long t0 = System.nanoTime();
                        ImportReport r = service.importFile(f, "cli", JobProgress.NONE);
                        exit = Math.max(exit, ImportPrinter.print(r, System.out, System.err));
                        System.out.printf("  %.1f s, %.0f 行/秒%n", (System.nanoTime() - t0) / 1e9,
                                r.rows() / ((System.nanoTime() - t0) / 1e9));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return exit;
            });
        }
    }
}
