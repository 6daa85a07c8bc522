// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.cli;

import java.io.PrintStream;
import org.jingzhun.app.platform.csv.ImportProblem;
import org.jingzhun.app.platform.csv.ImportReport;

/** Prints an import's outcome for a person at a terminal; returns the command's exit code. */
final class ImportPrinter {

    static final int PRINTED_PROBLEMS = 50;

    private ImportPrinter() {
    }

    static int print(ImportReport r, PrintStream out, PrintStream err) {
        if (r.applied()) {
            out.printf("%s：已导入。读取 %d 行（编码 %s），新增 %d，更新 %d，未变 %d。%n",
                    r.source(), r.rows(), r.encoding(), r.inserted(), r.updated(), r.unchanged());
            return 0;
        }
        err.printf("%s：发现 %d 个问题，未导入任何数据（整个文件要么全部导入，要么都不导入）。%n", r.source(), r.problemCount());
        r.problems().stream().limit(PRINTED_PROBLEMS).map(ImportProblem::toString).forEach(p -> err.println("  " + p));
        if (r.problemCount() > PRINTED_PROBLEMS) {
            err.printf("  ……另有 %d 个问题未列出%n", r.problemCount() - PRINTED_PROBLEMS);
        }
        return 1;
    }
}
