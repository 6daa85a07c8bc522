// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jingzhun.app.platform.csv.ImportProblem;
import org.jingzhun.app.platform.xlsx.SafeCells;

/** The downloadable problem report of an import: one row per problem. */
final class ProblemWorkbook {

    private ProblemWorkbook() {
    }

    static void write(List<ImportProblem> problems, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Jingzhun", "1.0");
        Worksheet ws = wb.newWorksheet("问题清单");
        String[] headers = {"行号", "列", "值", "问题说明"};
        for (int c = 0; c < headers.length; c++) {
            ws.value(0, c, headers[c]);
            ws.style(0, c).bold().set();
        }
        int r = 1;
        for (ImportProblem p : problems) {
            ws.value(r, 0, p.row());
            SafeCells.text(ws, r, 1, p.column());
            SafeCells.text(ws, r, 2, p.value());
            SafeCells.text(ws, r, 3, p.message());
            r++;
        }
        ws.width(3, 80);
        wb.finish();
    }
}
