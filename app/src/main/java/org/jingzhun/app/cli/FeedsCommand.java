// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jingzhun.app.feeds.FeedImportService;
import org.jingzhun.app.feeds.FeedImporter;
import org.jingzhun.app.platform.csv.ImportProblem;
import org.jingzhun.app.platform.jobs.JobProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/** {@code feeds import FILE|DIR...}. */
@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = "Manages department data (部门数据).",
        subcommands = FeedsCommand.Import.class)
public class FeedsCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {
                    "Imports department records in the long feed format (DOMAIN.md §7): .csv (UTF-8 or GBK) or .xlsx",
                    "with the columns 部门,记录编号,证件号码,数据项,发生日期,数值,文本值. A directory imports every",
                    ".csv/.xlsx in it (e.g. the output of 'jingzhun generate feeds'). Records are idempotent by",
                    "(部门, 记录编号); malformed records are rejected and listed, the rest stored; records that match",
                    "no registered person are stored and listed. Exit code 0 when every file was read, 1 otherwise."})
    static class Import implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "files or directories")
        List<Path> paths;

        @Unmatched
        List<String> springArgs = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            List<Path> files = ImportFiles.list(paths, name -> name.contains("summary"));
            if (files == null) {
                return 2;
            }
            return Jobs.run(springArgs, context -> {
                FeedImportService service = context.getBean(FeedImportService.class);
                int exit = 0;
                for (Path f : files) {
                    try {
                        long t0 = System.nanoTime();
                        FeedImporter.Report r = service.importFile(f, JobProgress.NONE);
                        double s = (System.nanoTime() - t0) / 1e9;
                        if (!r.applied()) {
                            exit = 1;
                            System.err.printf("%s：未导入（%d 个问题）%n", f.getFileName(), r.problemCount());
                        } else {
                            var c = r.counts();
                            System.out.printf("%s：%,d 行，新增 %,d，更新 %,d，未变 %,d；匹配 %,d，未匹配 %,d，退回 %,d；%.1f s，%.0f 行/秒%n",
                                    f.getFileName(), r.rows(), c.inserted(), c.updated(), c.unchanged(), c.matched(),
                                    c.unmatched(), r.rejected(), s, r.rows() / s);
                        }
                        r.problems().stream().limit(20).map(ImportProblem::toString).forEach(p -> System.out.println("  " + p));
                        if (r.problemCount() > 20) {
                            System.out.printf("  …共 %,d 条%n", r.problemCount());
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return exit;
            });
        }
    }
}
