// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jingzhun.app.monitoring.CaseStore.CaseRow;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.platform.web.ConflictException;
import org.jingzhun.app.region.RegionService;
import org.jingzhun.app.registry.HouseholdSummaries;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.RegionLevel;
import org.jingzhun.kernel.monitoring.CaseKind;
import org.springframework.stereotype.Service;

/** The village notices (公示): the households in notice in a village on a date, as printable HTML. */
@Service
class Notices {

    private final CaseStore store;
    private final HouseholdSummaries households;
    private final RegionService regions;

    Notices(CaseStore store, HouseholdSummaries households, RegionService regions) {
        this.store = store;
        this.households = households;
        this.regions = regions;
    }

    /** The notice of {@code village} on {@code date}: every case whose notice period covers that day. */
    String village(RegionCode village, LocalDate date) {
        if (village.level() != RegionLevel.VILLAGE) {
            throw new BadRequestException("problem.monitoring.notice-village", village.value());
        }
        List<CaseRow> rows = store.list("c.household_id like :village and c.notice_from <= :date and c.notice_until >= :date",
                Map.of("village", village.value() + "%", "date", date), "c.notice_from, c.household_id", 2_000);
        var names = households.find(rows.stream().map(CaseRow::householdId).distinct().toList());
        List<NoticeDocument.Line> recognitions = new ArrayList<>();
        List<NoticeDocument.Line> removals = new ArrayList<>();
        LocalDate[] period = new LocalDate[2];
        for (CaseRow r : rows) {
            var h = names.get(r.householdId());
            var notice = store.noticePeriod(r.id());
            NoticeDocument.Line line = new NoticeDocument.Line(h == null ? "" : h.headName(), h == null ? 0 : h.size(),
                    r.category() == null ? null : r.category().label(), notice[0], notice[1]);
            (r.state().kind() == CaseKind.RECOGNITION ? recognitions : removals).add(line);
            period[0] = period[0] == null || notice[0].isBefore(period[0]) ? notice[0] : period[0];
        }
        List<String> path = regions.path(village);
        String name = path.isEmpty() ? village.value() : path.getLast();
        String township = path.size() >= 2 ? path.get(path.size() - 2) : "";
        return NoticeDocument.html(new NoticeDocument.Notice(villageName(name), committee(name), township,
                period[0] == null ? date : period[0], recognitions, removals));
    }

    /** The village as a notice names it: 厚丰村委会 → 厚丰村, 城北社区居委会 → 城北社区 (the statistical names end with the committee). */
    static String villageName(String statistical) {
        if (statistical.endsWith("村委会")) {
            return statistical.substring(0, statistical.length() - 2);
        }
        if (statistical.endsWith("居委会")) {
            return statistical.substring(0, statistical.length() - 3);
        }
        return statistical;
    }

    /** Who signs the notice: 厚丰村村民委员会, 城北社区居民委员会. */
    static String committee(String statistical) {
        String name = villageName(statistical);
        return name + (statistical.endsWith("居委会") || name.endsWith("社区") ? "居民委员会" : "村民委员会");
    }

    /** The notice the case was published in (its village's, on the notice's first day); 409 before any notice. */
    String ofCase(long id) {
        CaseRow row = store.findInScope(id).orElseThrow(() -> CaseQueries.notFound(id));
        LocalDate[] notice = store.noticePeriod(id);
        if (notice[0] == null) {
            throw new ConflictException(Map.of("caseId", id), "problem.monitoring.no-notice", id)
                    .titled("problem.monitoring.no-notice.title");
        }
        return village(row.state().village(), notice[0]);
    }
}
