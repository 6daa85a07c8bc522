// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.security.DataScope;
import org.jingzhun.app.platform.security.Disclosure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A few fields of many households at once, for other features' lists (cases, measures, notices):
 * one query per page instead of a document per household. Limited to the caller's region; the
 * head's name is shown as the caller's role allows ({@link CallerContext#disclosure()}).
 */
@Service
public class HouseholdSummaries {

    /** One household in brief. */
    public record HouseholdSummary(String id, String villageCode, String villageName, String gridCode, String headName,
                                   int size, String category, String monitoringType, Integer exitYear) {
    }

    private static final int MAX_IDS = 10_000;

    private final JdbcClient jdbc;
    private final CallerContext caller;

    HouseholdSummaries(JdbcClient jdbc, CallerContext caller) {
        this.jdbc = jdbc;
        this.caller = caller;
    }

    /** The households of {@code ids} within the caller's region, by id (missing ones are absent). */
    public Map<String, HouseholdSummary> find(Collection<String> ids) {
        return find(ids, caller.dataScope(), caller.disclosure());
    }

    /**
     * The households of {@code ids} within {@code scope}, names as {@code show} says: for work on another
     * thread (a streamed export), which takes the caller's scope and disclosure before it leaves the request.
     */
    public Map<String, HouseholdSummary> find(Collection<String> ids, DataScope scope, Disclosure show) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        if (ids.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " households at once");
        }
        Map<String, HouseholdSummary> out = new LinkedHashMap<>();
        jdbc.sql("""
                select h.id, h.village_code, v.name, h.grid_code, h.head_name, h.size, h.category, h.monitoring_type, h.exit_year
                from household h join region v on v.code = h.village_code
                where h.id = any(:ids) and h.id like :scope and (:grid = '' or h.grid_code = :grid) order by h.id""")
                .param("ids", ids.toArray(String[]::new)).params(scope.params())
                .query((rs, i) -> new HouseholdSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        show.name(rs.getString(5)), rs.getInt(6), rs.getString(7), rs.getString(8),
                        (Integer) rs.getObject(9)))
                .list().forEach(s -> out.put(s.id(), s));
        return out;
    }

    /**
     * Households registered now as 监测户 in {@code region} (and the caller's region), per county
     * (6-digit prefix) and monitoring type — including those monitored before this system, which have
     * no recognition case.
     */
    public List<Map.Entry<String, Map.Entry<String, Long>>> monitoredByCounty(org.jingzhun.kernel.RegionCode region) {
        return jdbc.sql("""
                        select left(id, 6), monitoring_type, count(*) from household
                        where category = 'MONITORED' and id like :region and id like :scope
                          and (:grid = '' or grid_code = :grid) group by 1, 2""")
                .param("region", region.descendantPrefix() + "%").params(caller.scopeParams())
                .query((rs, i) -> Map.entry(rs.getString(1), Map.entry(rs.getString(2), rs.getLong(3)))).list();
    }
}
