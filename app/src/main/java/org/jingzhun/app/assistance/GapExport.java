// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.assistance;

import java.io.OutputStream;
import java.time.LocalDate;
import org.jingzhun.app.assistance.AssistanceViews.GapView;
import org.jingzhun.app.assistance.AssistanceViews.RiskLabel;
import org.jingzhun.app.platform.export.TableFile;
import org.jingzhun.app.platform.i18n.Messages;
import org.jingzhun.app.platform.security.DataScope;
import org.jingzhun.app.platform.security.Disclosure;
import org.jingzhun.kernel.RegionCode;
import org.springframework.stereotype.Component;

/**
 * 帮扶缺口 as a file (.xlsx or .csv): every monitored household with a risk still without a measure
 * after the time limit, streamed, in the caller's scope and with names as the list shows them.
 */
@Component
class GapExport {

    private final MeasureQueries queries;
    private final Messages messages;

    GapExport(MeasureQueries queries, Messages messages) {
        this.queries = queries;
        this.messages = messages;
    }

    void write(RegionCode region, LocalDate today, int days, TableFile.Format format, DataScope scope, Disclosure show,
               OutputStream out) {
        TableFile file = TableFile.open(format, out, messages.get("export.gaps.sheet"),
                messages.list("export.gaps.columns"));
        queries.eachGap(region, today, days, scope, show, g -> file.row(row(g)));
        file.finish();
    }

    private static String[] row(GapView g) {
        return new String[] {g.householdId(), g.villageName(), g.headName(),
                String.join("、", g.missing().stream().map(RiskLabel::label).toList()), g.dueFrom().toString(),
                g.dueOn().toString(), Long.toString(g.caseId())};
    }
}
