// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.platform.web.ConflictException;
import org.jingzhun.app.region.RegionService;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.rules.Catalog;
import org.jingzhun.rules.Rule;
import org.jingzhun.rules.RuleKind;
import org.jingzhun.rules.columnar.Snapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What-if (政策模拟): re-screens the snapshot of the last complete run with some parameters
 * overridden (the monitoring line, a medical threshold…) and reports, per county, how many
 * households would newly be flagged by a warning rule and how many would no longer be — compared
 * with that run, changing nothing. Uses the kept snapshot when it matches the run; otherwise
 * extracts it again (slow at province scale) and keeps it.
 */
@Service
public class WhatIfService {

    /** The request: a region (default the caller's, else the province) and parameter overrides. */
    public record WhatIfRequest(String region, Map<String, BigDecimal> parameters) {
    }

    /** One county's change. */
    public record CountyChange(String code, String name, long flaggedBefore, long flaggedAfter, long newlyFlagged,
                               long noLongerFlagged) {
    }

    /** The answer. */
    public record WhatIfResult(long baseRunId, String region, LocalDate screeningDate, Map<String, Map<String, BigDecimal>> parameters,
                               long flaggedBefore, long flaggedAfter, long newlyFlagged, long noLongerFlagged,
                               List<CountyChange> counties, long millis) {
    }

    private final JdbcClient jdbc;
    private final RuleStore rules;
    private final ParameterStore parameters;
    private final KeptSnapshots kept;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WhatIfService.class);
    private final SnapshotCache cache;
    private final RegionService regions;
    private final CallerContext caller;
    private final RegionCode province;

    WhatIfService(JdbcClient jdbc, RuleStore rules, ParameterStore parameters, KeptSnapshots kept, SnapshotCache cache,
                  RegionService regions, CallerContext caller,
                  @org.springframework.beans.factory.annotation.Value("${jingzhun.screening.region:360000000000}") String province) {
        this.province = RegionCode.parse(province);
        this.jdbc = jdbc;
        this.rules = rules;
        this.parameters = parameters;
        this.kept = kept;
        this.cache = cache;
        this.regions = regions;
        this.caller = caller;
    }

    public WhatIfResult whatIf(WhatIfRequest request) throws SQLException {
        long start = System.nanoTime();
        if (request == null || request.parameters() == null || request.parameters().isEmpty()) {
            throw new BadRequestException("problem.what-if.parameters");
        }
        for (var e : request.parameters().entrySet()) {
            if (!Catalog.params().containsKey(e.getKey()) || e.getValue() == null || e.getValue().signum() < 0) {
                throw new BadRequestException("problem.what-if.parameter", e.getKey(),
                        String.join("、", new java.util.TreeSet<>(Catalog.params().keySet())));
            }
        }
        RegionCode region = request.region() != null ? RegionCode.parse(regions.get(request.region()).code())
                : caller.scope() != null ? caller.scope() : province;
        if (caller.scope() != null && !caller.scope().contains(region)) {
            throw new org.jingzhun.app.region.RegionNotFoundException(region.value());
        }
        var run = jdbc.sql("""
                select id, region_code, screening_date, rule_set_version, parameter_version from screening_run
                where state = 'SUCCEEDED' and not incremental order by id desc limit 200""")
                .query((rs, i) -> new Object[] {rs.getLong(1), RegionCode.parse(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getInt(5)}).list()
                .stream().filter(r -> ((RegionCode) r[1]).contains(region)).findFirst()
                .orElseThrow(() -> new ConflictException(Map.of(), "problem.what-if.no-run", region.value())
                        .titled("problem.what-if.no-run.title"));
        long runId = (long) run[0];
        RegionCode runRegion = (RegionCode) run[1];
        LocalDate date = (LocalDate) run[2];
        RuleStore.RuleSet ruleSet = rules.ruleSet((int) run[3]);
        ParameterStore.ParameterVersion pv = parameters.version((int) run[4]);
        List<Rule> warnings = ruleSet.rules().stream().filter(r -> r.kind() == RuleKind.WARNING).toList();
        Map<String, BigDecimal> base = ParameterStore.forYear(pv, date.getYear());
        Map<String, BigDecimal> changed = new TreeMap<>(base);
        changed.putAll(request.parameters());

        SnapshotCache.Entry entry = cache.get(runRegion, date, ruleSet.version(), pv.version());
        if (entry == null) {
            Snapshot s = kept.load(runRegion, date, 1 << 16, n -> { }, new org.jingzhun.app.platform.jobs.PhaseTimer(log)).snapshot();
            entry = new SnapshotCache.Entry(runRegion, date, ruleSet.version(), pv.version(), s, null);
        }
        if (entry.warningHits() == null) {
            entry = new SnapshotCache.Entry(entry.region(), entry.date(), entry.ruleSetVersion(), entry.parameterVersion(),
                    entry.snapshot(), BulkScreen.hitMasks(entry.snapshot(), warnings, base, date));
        }
        cache.replace(entry);
        Snapshot snapshot = entry.snapshot();
        long[] before = entry.warningHits();
        // Only rules that read an overridden parameter can change: screen those alone and keep the
        // others' hits from the run (rules sharing the top mask bit are screened together).
        List<Rule> affected = new ArrayList<>();
        long affectedBits = 0;
        boolean topAffected = false;
        for (int r = 0; r < warnings.size(); r++) {
            if (!java.util.Collections.disjoint(warnings.get(r).parameters(), request.parameters().keySet())) {
                affectedBits |= BulkScreen.bit(r);
                topAffected |= r >= 63;
            }
        }
        for (int r = 0; r < warnings.size(); r++) {
            if ((affectedBits & BulkScreen.bit(r)) != 0 || (topAffected && r >= 63)) {
                affected.add(warnings.get(r));
            }
        }
        long[] affectedAfter = affected.isEmpty() ? null : BulkScreen.hitMasks(snapshot, affected, changed, date);
        long kept = ~affectedBits;

        // a grid worker's what-if counts the households of their grid
        java.util.Set<Long> inGrid = caller.limitedToGrid() ? new java.util.HashSet<>(jdbc.sql("""
                select id::bigint from household where id like :scope and (:grid = '' or grid_code = :grid)""")
                .params(caller.scopeParams()).query(Long.class).list()) : null;
        String prefix = region.descendantPrefix();
        long prefixValue = Long.parseLong(prefix);
        long divisor = (long) Math.pow(10, 16 - prefix.length());
        Map<Long, long[]> byCounty = new TreeMap<>();
        long[] total = new long[4];
        for (int h = 0; h < snapshot.households(); h++) {
            long key = snapshot.key(h);
            boolean was = before[h] != 0;
            boolean is = (before[h] & kept) != 0 || (affectedAfter != null && affectedAfter[h] != 0);
            if (key / divisor != prefixValue || (!was && !is) || (inGrid != null && !inGrid.contains(key))) {
                continue;
            }
            long[] c = byCounty.computeIfAbsent(key / 10_000_000_000L, k -> new long[4]);
            add(c, total, was, is);
        }
        List<CountyChange> counties = new ArrayList<>();
        byCounty.forEach((county, c) -> {
            String code = county + "000000";
            counties.add(new CountyChange(code, regions.get(code).name(), c[0], c[1], c[2], c[3]));
        });
        Map<String, Map<String, BigDecimal>> shown = new LinkedHashMap<>();
        request.parameters().forEach((name, value) -> {
            Map<String, BigDecimal> m = new LinkedHashMap<>();
            m.put("base", base.get(name));
            m.put("whatIf", value);
            shown.put(name, m);
        });
        return new WhatIfResult(runId, region.value(), date, shown, total[0], total[1], total[2], total[3], counties,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static void add(long[] c, long[] total, boolean before, boolean after) {
        int[] idx = {before ? 0 : -1, after ? 1 : -1, !before && after ? 2 : -1, before && !after ? 3 : -1};
        for (int i : idx) {
            if (i >= 0) {
                c[i]++;
                total[i]++;
            }
        }
    }
}
