// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.region;

import java.sql.SQLException;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.jingzhun.app.platform.db.CopyWriter;
import org.jingzhun.kernel.GridCode;
import org.jingzhun.kernel.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates the demo's grids (网格) under every village of a region that has none yet. Sizes follow
 * DOMAIN.md §10: a rural grid serves about 200 households (100–300), an urban community grid about
 * 400 (300–500); each village gets a household estimate drawn from its own code, so the same
 * divisions always give the same grids. Production grids are imported instead ({@link GridImporter}).
 */
@Service
public class DemoGridGenerator {

    public static final int RURAL_HOUSEHOLDS_PER_GRID = 200;
    public static final int URBAN_HOUSEHOLDS_PER_GRID = 400;
    private static final int CHUNK = 5_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public DemoGridGenerator(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    private record Village(String code, String name) {
    }

    /** Adds grids to the villages under {@code region} that have none; returns how many grids it made. */
    @Transactional
    public long generate(RegionCode region) throws SQLException {
        long made = 0;
        String after = "";
        while (true) {
            List<Village> villages = jdbc.sql("""
                    select v.code, v.name from region v
                    where v.level = 'village' and v.code like :prefix and v.code > :after
                      and not exists (select 1 from grid g where g.village_code = v.code)
                    order by v.code limit :chunk""")
                    .param("prefix", region.descendantPrefix() + "%")
                    .param("after", after)
                    .param("chunk", CHUNK)
                    .query((rs, i) -> new Village(rs.getString(1), rs.getString(2)))
                    .list();
            if (villages.isEmpty()) {
                return made;
            }
            try (CopyWriter copy = CopyWriter.open(DataSourceUtils.getConnection(dataSource),
                    "copy grid (code, village_code, name, kind, source) from stdin")) {
                for (Village v : villages) {
                    GridKind kind = GridKind.ofVillageName(v.name());
                    int count = gridCount(v.code(), kind);
                    String shortName = shortName(v.name());
                    for (int seq = 1; seq <= count; seq++) {
                        copy.row(GridCode.of(new RegionCode(v.code()), seq).value(), v.code(),
                                shortName + "第" + chineseNumber(seq) + "网格", kind.name(), "DEMO");
                    }
                }
                made += copy.finish();
            }
            after = villages.getLast().code();
        }
    }

    /**
     * The demo's household estimate for a village at full scale, drawn from its code: rural
     * 300–1,099, urban 500–1,699. The household generator uses the same figure, so that demo
     * households fill the demo grids at the sizes DOMAIN.md §10 gives.
     */
    public static int estimatedHouseholds(String villageCode, GridKind kind) {
        SplittableRandom random = new SplittableRandom(Long.parseLong(villageCode) * 0x9E3779B97F4A7C15L);
        return kind == GridKind.RURAL ? 300 + random.nextInt(800) : 500 + random.nextInt(1200);
    }

    /** How many grids a village gets: its estimated households over the grid size, at least one. */
    public static int gridCount(String villageCode, GridKind kind) {
        int perGrid = kind == GridKind.RURAL ? RURAL_HOUSEHOLDS_PER_GRID : URBAN_HOUSEHOLDS_PER_GRID;
        return Math.max(1, (estimatedHouseholds(villageCode, kind) + perGrid - 1) / perGrid);
    }

    private static final String[][] NAME_SUFFIXES = {
            {"社区居民委员会", "社区"}, {"社区居委会", "社区"}, {"村民委员会", "村"}, {"居民委员会", "居"},
            {"村委会", "村"}, {"居委会", "居"}, {"委员会", ""}, {"委会", ""}};

    /** 罗家村委会 → 罗家村, 八一社区居委会 → 八一社区, 城南居民委员会 → 城南居. */
    static String shortName(String villageName) {
        for (String[] s : NAME_SUFFIXES) {
            if (villageName.endsWith(s[0]) && villageName.length() > s[0].length()) {
                return villageName.substring(0, villageName.length() - s[0].length()) + s[1];
            }
        }
        return villageName;
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (grids per village stay far below 100). */
    static String chineseNumber(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        if (n < 100) {
            int tens = n / 10;
            int ones = n % 10;
            return (tens == 1 ? "" : String.valueOf(digits.charAt(tens))) + "十" + (ones == 0 ? "" : digits.charAt(ones));
        }
        return String.valueOf(n);
    }
}
