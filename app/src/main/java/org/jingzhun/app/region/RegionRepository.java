// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.region;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jingzhun.app.region.RegionViews.RegionItem;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over {@code region} and {@code grid}. Region data is public: no caller scoping applies here. */
@Repository
class RegionRepository {

    /** Regions and grids as one relation, so that a village's children are its grids. */
    private static final String NODES = """
            (select code, name, level, parent_code from region
             union all
             select code, name, 'grid', village_code from grid) n""";

    private final JdbcClient jdbc;

    RegionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RegionItem> find(String code) {
        String table = code.length() == RegionCode.LENGTH
                ? "select code, name, level, parent_code from region where code = :code"
                : "select code, name, 'grid' as level, village_code as parent_code from grid where code = :code";
        return jdbc.sql("select r.*, " + childCount("r") + " as child_count from (" + table + ") r")
                .param("code", code)
                .query(RegionRepository::item)
                .optional();
    }

    long countChildren(String parentCode) {
        return jdbc.sql("select count(*) from " + NODES + " where n.parent_code = :code")
                .param("code", parentCode).query(Long.class).single();
    }

    List<RegionItem> children(String parentCode, int offset, int limit) {
        return jdbc.sql("select n.*, " + childCount("n") + " as child_count from " + NODES
                        + " where n.parent_code = :code order by n.code offset :offset limit :limit")
                .param("code", parentCode).param("offset", offset).param("limit", limit)
                .query(RegionRepository::item)
                .list();
    }

    long countMatches(String fragment, RegionLevel level) {
        return jdbc.sql("select count(*) from region where name like :pattern escape '\\' and (:level::text is null or level = :level)")
                .param("pattern", containsPattern(fragment))
                .param("level", level == null ? null : level.key())
                .query(Long.class).single();
    }

    List<RegionItem> search(String fragment, RegionLevel level, int offset, int limit) {
        return jdbc.sql("""
                        select code, name, level, parent_code, 0 as child_count from region
                        where name like :pattern escape '\\' and (:level::text is null or level = :level)
                        order by array_position(array['province','city','county','township','village'], level::text),
                                 (name = :fragment) desc, code
                        offset :offset limit :limit""")
                .param("pattern", containsPattern(fragment))
                .param("fragment", fragment)
                .param("level", level == null ? null : level.key())
                .param("offset", offset).param("limit", limit)
                .query(RegionRepository::item)
                .list();
    }

    /** Names of the given region codes. */
    Map<String, String> names(Set<String> codes) {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("select code, name from region where code = any(:codes)")
                .param("codes", codes.toArray(String[]::new))
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

    /** Count of regions per level strictly below {@code region}, and of grids in it. */
    Map<String, Long> descendantCounts(RegionCode region) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                        select level, count(*) from region where code like :prefix and code <> :code group by level
                        union all
                        select 'grid', count(*) from grid where code like :prefix""")
                .param("prefix", region.descendantPrefix() + "%")
                .param("code", region.value())
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private static String childCount(String alias) {
        return "(case when " + alias + ".level = 'grid' then 0"
                + " when " + alias + ".level = 'village' then (select count(*) from grid g where g.village_code = " + alias + ".code)"
                + " else (select count(*) from region c where c.parent_code = " + alias + ".code) end)";
    }

    private static String containsPattern(String fragment) {
        return org.jingzhun.app.platform.db.Like.contains(fragment);
    }

    private static RegionItem item(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new RegionItem(rs.getString("code"), rs.getString("name"), rs.getString("level"),
                rs.getString("parent_code"), rs.getLong("child_count"));
    }
}
