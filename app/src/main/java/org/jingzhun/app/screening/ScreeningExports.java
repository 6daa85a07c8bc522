// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jingzhun.app.platform.export.TableFile;
import org.jingzhun.app.platform.i18n.Messages;
import org.jingzhun.app.platform.security.DataScope;
import org.jingzhun.app.platform.security.Disclosure;
import org.jingzhun.app.platform.time.TimeConfiguration;
import org.jingzhun.app.screening.ScreeningQueries.RunView;
import org.jingzhun.app.screening.ScreeningQueries.TaskView;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.Labelled;
import org.jingzhun.kernel.household.MonitoringType;
import org.springframework.stereotype.Component;

/**
 * The task list and the screening runs as files (.xlsx or .csv): every row of the list's filters,
 * streamed from the database, in the caller's scope and with names as the list shows them. Column
 * headers come from messages.properties ({@code export.tasks.columns}, {@code export.runs.columns}).
 */
@Component
class ScreeningExports {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(TimeConfiguration.ZONE);
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]+[A-Z]\\b");

    private final ScreeningQueries queries;
    private final Messages messages;

    ScreeningExports(ScreeningQueries queries, Messages messages) {
        this.queries = queries;
        this.messages = messages;
    }

    /** Filters of the task list. */
    record TaskFilter(RegionCode region, String kind, String status, String rule) {
    }

    void tasks(TaskFilter f, TableFile.Format format, DataScope scope, Disclosure show, OutputStream out) {
        TableFile file = TableFile.open(format, out, messages.get("export.tasks.sheet"), messages.list("export.tasks.columns"));
        queries.eachTask(f.region(), f.kind(), f.status(), f.rule(), scope, show, t -> file.row(taskRow(t)));
        file.finish();
    }

    void runs(DataScope scope, List<String> lineage, TableFile.Format format, OutputStream out) {
        TableFile file = TableFile.open(format, out, messages.get("export.runs.sheet"), messages.list("export.runs.columns"));
        queries.eachRun(scope, lineage, r -> file.row(runRow(r)));
        file.finish();
    }

    private String[] taskRow(TaskView t) {
        ScreeningQueries.WarningView w = t.finding();
        return new String[] {t.householdId(), t.villageName(), t.headName(), label(HouseholdCategory.class, t.category()),
                messages.get("export.tasks.kind." + w.kind()), w.title() == null ? w.ruleCode() : w.title(),
                w.ruleCode() + " v" + w.ruleVersion(), w.riskTypeLabel(), w.suggestedCategory(),
                messages.get("export.tasks.status." + w.status()), readable(w.explanation()),
                w.screeningDate() == null ? null : w.screeningDate().toString()};
    }

    private String[] runRow(RunView r) {
        return new String[] {Long.toString(r.id()), r.regionCode(), r.screeningDate() == null ? null : r.screeningDate().toString(),
                messages.get(r.incremental() ? "export.runs.incremental" : "export.runs.full"),
                Integer.toString(r.ruleSetVersion()), Integer.toString(r.parameterVersion()), number(r.households()),
                number(r.hits()), number(r.errors()), messages.get("export.runs.state." + r.state()), r.createdBy(),
                time(r.startedAt()), time(r.finishedAt())};
    }

    /** Codes in an explanation (a category, a monitoring type) as the list shows them: by their Chinese name. */
    private static String readable(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String code = m.group();
            String label = label(HouseholdCategory.class, code);
            if (label == null) {
                label = label(MonitoringType.class, code);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(label == null ? code : label));
        }
        return m.appendTail(out).toString();
    }

    private static <E extends Enum<E> & Labelled> String label(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(code)) {
                return e.label();
            }
        }
        return null;
    }

    private static String number(Long n) {
        return n == null ? null : n.toString();
    }

    private static String time(Instant t) {
        return t == null ? null : TIME.format(t);
    }
}
