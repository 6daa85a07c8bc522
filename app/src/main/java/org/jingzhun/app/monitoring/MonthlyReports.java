// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jingzhun.app.assistance.MeasureQueries;
import org.jingzhun.app.assistance.MeasureService;
import org.jingzhun.app.monitoring.MonthlyReport.CountyRow;
import org.jingzhun.app.monitoring.MonthlyReport.MeasureCount;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.time.TimeConfiguration;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.region.RegionService;
import org.jingzhun.app.region.RegionViews.RegionItem;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.RegionLevel;
import org.jingzhun.kernel.household.MonitoringType;
import org.jingzhun.kernel.monitoring.Channel;
import org.jingzhun.kernel.monitoring.RiskType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the monthly monitoring report of a region, one row per county, from the procedure's
 * records (cases, leads) and the measures. The state at the month's end (monitored households,
 * open and overdue cases, missing measures) is computed as of that day, or today for the current
 * month. Limited to the caller's region in every query.
 */
@Service
class MonthlyReports {

    private final JdbcClient jdbc;
    private final CallerContext caller;
    private final RegionService regions;
    private final MeasureQueries measures;
    private final MeasureService measureService;
    private final Clock clock;

    private final org.jingzhun.app.registry.HouseholdSummaries households;

    MonthlyReports(JdbcClient jdbc, CallerContext caller, RegionService regions, MeasureQueries measures,
                   MeasureService measureService, org.jingzhun.app.registry.HouseholdSummaries households, Clock clock) {
        this.households = households;
        this.jdbc = jdbc;
        this.caller = caller;
        this.regions = regions;
        this.measures = measures;
        this.measureService = measureService;
        this.clock = clock;
    }

    @Transactional
    MonthlyReport report(String rawRegion, YearMonth month) {
        var region = regions.get(rawRegion);
        RegionCode code = RegionCode.parse(region.code());
        LocalDate today = LocalDate.now(clock);
        LocalDate from = month.atDay(1);
        if (from.isAfter(today)) {
            throw new BadRequestException("problem.monitoring.report-future", month);
        }
        LocalDate to = month.atEndOfMonth();
        LocalDate asOf = to.isAfter(today) ? today : to;
        Map<String, Counts> byCounty = new LinkedHashMap<>();
        for (RegionItem county : counties(code)) {
            byCounty.put(county.code().substring(0, 6), new Counts(county.code(), county.name()));
        }
        Map<String, Object> p = new HashMap<>();
        p.put("region", code.descendantPrefix() + "%");
        p.putAll(caller.scopeParams());
        p.put("from", from);
        p.put("to", to);
        p.put("asOf", asOf);
        p.put("asOfEnd", Timestamp.from(asOf.plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant()));
        // a grid worker's report counts the households of their grid
        String where = " household_id like :region and household_id like :scope and (:grid = '' or household_id in (select g.id from household g where g.grid_code = :grid)) ";
        count("select left(household_id, 6), channel, count(*) from monitoring_lead where" + where
                + "and received_on between :from and :to group by 1, 2", p, byCounty, (c, kv) -> c.leads.merge(kv.key, kv.n, Long::sum));
        count("select left(household_id, 6), kind || ':' || stage || ':' || coalesce(category, ''), count(*) from monitoring_case"
                + " where" + where + "and closed_on between :from and :to group by 1, 2", p, byCounty, Counts::closed);
        count("select left(household_id, 6), 'late', count(*) from monitoring_case where" + where
                + "and closed_on between :from and :to and closed_on > deadline group by 1", p, byCounty, (c, kv) -> c.late += kv.n);
        String last = """
                with last as (select distinct on (household_id) household_id, kind, category, risk_types from monitoring_case
                              where %s and stage = 'CONFIRMED' and closed_on <= :asOf
                              order by household_id, closed_on desc, id desc)""".formatted(where);
        if (asOf.equals(today)) {
            // this month: the registry's 监测户 now, which also holds households monitored before this system
            // (no recognition case); a county confirmation sets the registry, so cases are included
            for (var e : households.monitoredByCounty(code)) {
                Counts c = byCounty.get(e.getKey());
                if (c != null) {
                    c.monitored.merge(e.getValue().getKey(), e.getValue().getValue(), Long::sum);
                }
            }
        } else {
            count(last + " select left(household_id, 6), category, count(*) from last where kind = 'RECOGNITION' group by 1, 2",
                    p, byCounty, (c, kv) -> c.monitored.merge(kv.key, kv.n, Long::sum));
        }
        count(last + " select left(household_id, 6), r, count(*) from last, unnest(risk_types) r where kind = 'RECOGNITION'"
                + " group by 1, 2", p, byCounty, (c, kv) -> c.risks.merge(kv.key, kv.n, Long::sum));
        count("select left(household_id, 6), case when deadline < :asOf then 'overdue' else 'open' end, count(*)"
                + " from monitoring_case where" + where + "and opened_at < :asOfEnd and (closed_on is null or closed_on > :asOf)"
                + " group by 1, 2", p, byCounty, (c, kv) -> {
                    c.open += kv.n;
                    c.overdue += kv.key.equals("overdue") ? kv.n : 0;
                });
        for (var t : measures.countsByCounty(code, from, to)) {
            Counts c = byCounty.get(t.countyCode());
            if (c != null) {
                c.measures.merge(t.type(), new MeasureCount(t.planned(), t.carriedOut(), t.amount()), MeasureCount::plus);
            }
        }
        measures.gapCountsByCounty(code, asOf, measureService.dueDays(asOf)).forEach((county, n) -> {
            Counts c = byCounty.get(county);
            if (c != null) {
                c.missing += n;
            }
        });
        List<String> measureTypes = new ArrayList<>();
        Map<String, String> measureLegend = new LinkedHashMap<>();
        measures.catalogue().forEach(t -> {
            measureTypes.add(t.code());
            measureLegend.put(t.code(), t.name());
        });
        List<CountyRow> rows = byCounty.values().stream().map(c -> c.row(measureTypes)).toList();
        return new MonthlyReport(region.code(), region.name(), month.toString(), from, to, asOf, legend(measureLegend), rows,
                MonthlyReport.total(rows, region.code(), region.name()));
    }

    /** The counties of the region that the caller may see (the county itself, or the one above a township or village). */
    private List<RegionItem> counties(RegionCode code) {
        List<RegionItem> out = new ArrayList<>();
        switch (code.level()) {
            case PROVINCE -> children(code).forEach(city -> out.addAll(children(RegionCode.parse(city.code()))));
            case CITY -> out.addAll(children(code));
            default -> {
                RegionCode county = code.lineage().stream().filter(c -> c.level() == RegionLevel.COUNTY).findFirst().orElse(code);
                var d = regions.get(county.value());
                out.add(new RegionItem(d.code(), d.name(), d.level(), d.parentCode(), 0));
            }
        }
        RegionCode scope = caller.scope();
        return out.stream().filter(c -> scope == null || scope.contains(RegionCode.parse(c.code()))
                || RegionCode.parse(c.code()).contains(scope)).toList();
    }

    private List<RegionItem> children(RegionCode code) {
        return regions.children(code.value(), 0, 500).items();
    }

    private record KeyCount(String county, String key, long n) {
    }

    private void count(String sql, Map<String, Object> params, Map<String, Counts> byCounty, BiConsumer<Counts, KeyCount> add) {
        var spec = jdbc.sql(sql);
        for (var e : params.entrySet()) {
            if (sql.contains(":" + e.getKey())) {
                spec = spec.param(e.getKey(), e.getValue());
            }
        }
        spec.query((rs, i) -> new KeyCount(rs.getString(1), rs.getString(2), rs.getLong(3))).list().forEach(kv -> {
            Counts c = byCounty.get(kv.county());
            if (c != null) {
                add.accept(c, kv);
            }
        });
    }

    private static Map<String, Map<String, String>> legend(Map<String, String> measureTypes) {
        Map<String, Map<String, String>> legend = new LinkedHashMap<>();
        legend.put("channels", labels(Channel.values()));
        legend.put("categories", labels(MonitoringType.values()));
        legend.put("riskTypes", labels(RiskType.values()));
        legend.put("measureTypes", measureTypes);
        return legend;
    }

    private static <E extends Enum<E> & org.jingzhun.kernel.household.Labelled> Map<String, String> labels(E[] values) {
        Map<String, String> m = new LinkedHashMap<>();
        for (E e : values) {
            m.put(e.name(), e.label());
        }
        return m;
    }

    /** One county's counts while they are gathered. */
    private static final class Counts {
        final String code;
        final String name;
        final Map<String, Long> leads = zeros(Channel.values());
        final Map<String, Long> newly = zeros(MonitoringType.values());
        final Map<String, Long> monitored = zeros(MonitoringType.values());
        final Map<String, Long> risks = zeros(RiskType.values());
        final Map<String, MeasureCount> measures = new LinkedHashMap<>();
        long removed, declinedRecognitions, declinedRemovals, open, overdue, late, missing;

        Counts(String code, String name) {
            this.code = code;
            this.name = name;
        }

        void closed(KeyCount kv) {
            String[] k = kv.key().split(":", -1);
            switch (k[0] + ":" + k[1]) {
                case "RECOGNITION:CONFIRMED" -> newly.merge(k[2], kv.n(), Long::sum);
                case "REMOVAL:CONFIRMED" -> removed += kv.n();
                case "RECOGNITION:DECLINED" -> declinedRecognitions += kv.n();
                case "REMOVAL:DECLINED" -> declinedRemovals += kv.n();
                default -> throw new IllegalStateException("a closed case is confirmed or declined: " + kv.key());
            }
        }

        CountyRow row(List<String> measureTypes) {
            Map<String, MeasureCount> m = new LinkedHashMap<>();
            measureTypes.forEach(t -> m.put(t, measures.getOrDefault(t, new MeasureCount(0, 0, BigDecimal.ZERO.setScale(2)))));
            return new CountyRow(code, name, leads, newly, monitored, risks, m, removed, declinedRecognitions, declinedRemovals,
                    open, overdue, late, missing);
        }

        private static Map<String, Long> zeros(Enum<?>[] values) {
            Map<String, Long> m = new LinkedHashMap<>();
            for (Enum<?> e : values) {
                m.put(e.name(), 0L);
            }
            return m;
        }
    }
}
