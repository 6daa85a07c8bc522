// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jingzhun.app.monitoring.CaseViews.CaseSummary;
import org.jingzhun.app.monitoring.CaseViews.LeadView;
import org.jingzhun.app.monitoring.CaseViews.RiskView;
import org.jingzhun.app.platform.export.TableFile;
import org.jingzhun.app.platform.i18n.Messages;
import org.jingzhun.app.platform.security.DataScope;
import org.jingzhun.app.platform.security.Disclosure;
import org.jingzhun.app.platform.time.TimeConfiguration;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.RegionLevel;
import org.jingzhun.kernel.monitoring.Channel;
import org.springframework.stereotype.Component;

/**
 * The case, overdue and lead lists as files (.xlsx or .csv): every row of the list's filters, streamed
 * from the database, in the caller's scope and with names as the list shows them. Column headers come
 * from messages.properties ({@code export.cases.columns}, {@code export.leads.columns}).
 */
@Component
class MonitoringExports {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(TimeConfiguration.ZONE);

    private final CaseQueries cases;
    private final LeadQueries leads;
    private final Texts texts;
    private final Messages messages;

    MonitoringExports(CaseQueries cases, LeadQueries leads, Texts texts, Messages messages) {
        this.cases = cases;
        this.leads = leads;
        this.texts = texts;
        this.messages = messages;
    }

    /** Filters of the case list. */
    record CaseFilter(RegionCode region, String kind, String stage, boolean open, boolean overdue) {
    }

    void cases(CaseFilter f, TableFile.Format format, DataScope scope, Disclosure show, OutputStream out) {
        TableFile file = TableFile.open(format, out, messages.get("export.cases.sheet"), messages.list("export.cases.columns"));
        cases.exportList(f.region(), f.kind(), f.stage(), f.open(), f.overdue(), scope, show, c -> file.row(caseRow(c)));
        file.finish();
    }

    void overdue(RegionCode region, RegionLevel level, TableFile.Format format, DataScope scope, Disclosure show,
                 OutputStream out) {
        TableFile file = TableFile.open(format, out, messages.get("export.overdue.sheet"), messages.list("export.cases.columns"));
        cases.exportOverdue(region, level, scope, show, c -> file.row(caseRow(c)));
        file.finish();
    }

    void leads(RegionCode region, Channel channel, LocalDate from, LocalDate to, TableFile.Format format, DataScope scope,
               OutputStream out) {
        TableFile file = TableFile.open(format, out, messages.get("export.leads.sheet"), messages.list("export.leads.columns"));
        leads.each(region, channel, from, to, scope, l -> file.row(leadRow(l)));
        file.finish();
    }

    private String[] caseRow(CaseSummary c) {
        return new String[] {Long.toString(c.id()), c.householdId(), c.villageName(), c.headName(), c.kindLabel(),
                c.stageLabel(), c.stepLabel(), text(c.startedOn()), text(c.dueOn()), text(c.deadline()), yesNo(c.overdue()),
                c.escalatedTo() == null ? null : texts.level(RegionLevel.valueOf(c.escalatedTo())), yesNo(c.fastTrack()),
                c.categoryLabel(), String.join("、", c.riskTypes().stream().map(RiskView::label).toList()), text(c.closedOn())};
    }

    private String[] leadRow(LeadView l) {
        String disposition = l.disposition() == null ? null
                : messages.get("export.leads.disposition." + l.disposition(), l.caseId() == null ? "" : l.caseId().toString());
        return new String[] {Long.toString(l.id()), text(l.receivedOn()), l.householdId(), l.channelLabel(), l.riskTypeLabel(),
                l.source(), l.note(), disposition, l.recordedAt() == null ? null : TIME.format(l.recordedAt()), l.recordedBy()};
    }

    private String yesNo(boolean b) {
        return messages.get(b ? "export.yes" : "export.no");
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
