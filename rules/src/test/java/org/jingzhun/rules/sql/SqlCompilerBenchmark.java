// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.jingzhun.rules.Catalog;
import org.jingzhun.rules.RandomSubjects;
import org.jingzhun.rules.RuleFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Times the default rules' query on DuckDB over generated tables of a province's size and prints
 * the figures; no assertion on time. Run with
 * {@code ./mvnw -o -q -pl rules verify -Djingzhun.benchmark=1000000 -Dtest=SqlCompilerBenchmark}.
 *
 * <p>Measured when written (DuckDB 1.4.2 in memory; 1,000,000 households, 4.5 M members, 3 M feed
 * records; the 24 default rules in one query; 2.47 M result rows): generation 5–18 s, the query 6–16 s
 * wall clock including fetching the rows over JDBC, 4.1 s of operator time by {@code EXPLAIN ANALYZE},
 * on a 2-core container kept at a load of about 6 by other jobs — hence the spread.
 */
@EnabledIfSystemProperty(named = "jingzhun.benchmark", matches = "\\d+")
class SqlCompilerBenchmark {

    @Test
    void screensAProvinceOfGeneratedHouseholds() throws SQLException {
        long households = Long.parseLong(System.getProperty("jingzhun.benchmark"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            long t0 = System.nanoTime();
            s.execute("CREATE TABLE s_household AS SELECT i AS hh, " + columns(Catalog.householdFields(), "i")
                    + " FROM range(1, " + (households + 1) + ") t(i)");
            s.execute("CREATE TABLE s_member AS SELECT h.hh, CAST(r.mi AS INTEGER) AS mi, "
                    + columns(Catalog.memberFields(), "h.hh * 10 + r.mi")
                    + " FROM (SELECT hh, CAST(\"size\" AS BIGINT) AS n FROM s_household) h, range(h.n) r(mi)");
            StringJoiner items = new StringJoiner(", ", "[", "]");
            Catalog.items().keySet().forEach(item -> items.add("'" + item + "'"));
            s.execute("CREATE TABLE s_feed AS SELECT hh, mi, item,"
                    + " DATE '2026-11-01' - CAST(" + hash("k", "d") + " % 800 AS INTEGER) AS \"date\","
                    + " CASE WHEN " + hash("k", "v") + " % 10 = 0 THEN NULL"
                    + " ELSE CAST((" + hash("k", "w") + " % 2500000) / 100 AS DECIMAL(18,2)) END AS \"value\","
                    + " (['C', 'D', 'B', NULL])[1 + " + hash("k", "t") + " % 4] AS \"text\","
                    + " substr(item, 1, 2) AS department"
                    + " FROM (SELECT hh, mi, k, " + items + "[1 + " + hash("k", "i") + " % " + Catalog.items().size()
                    + "] AS item FROM (SELECT hh, mi, hh * 10 + mi AS k FROM s_member) m"
                    + " WHERE " + hash("k", "f") + " % 3 <> 0)");
            long loaded = System.nanoTime();
            String sql = new SqlCompiler(new DuckDbDialect(), "").compile(RuleFile.defaults(),
                    DifferentialCheck.params(), RandomSubjects.SCREENING_DATE);
            StringBuilder table = new StringBuilder();
            for (int run = 1; run <= 3; run++) {
                long start = System.nanoTime();
                long rows = 0;
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                table.append(String.format("run %d: %,d result rows fetched in %,d ms%n", run, rows,
                        (System.nanoTime() - start) / 1_000_000));
            }
            for (int run = 1; run <= 2; run++) {
                long start = System.nanoTime();
                try (ResultSet rs = s.executeQuery("SELECT status, count(*) FROM (" + sql + ") q GROUP BY status")) {
                    StringJoiner counts = new StringJoiner(", ");
                    while (rs.next()) {
                        counts.add(rs.getString(1) + " " + String.format("%,d", rs.getLong(2)));
                    }
                    table.append(String.format("counted in the database, run %d: %s in %,d ms%n", run, counts,
                            (System.nanoTime() - start) / 1_000_000));
                }
            }
            System.out.printf("households %,d, members %,d, feed records %,d, generated in %,d ms%n%s", households,
                    count(s, "s_member"), count(s, "s_feed"), (loaded - t0) / 1_000_000, table);
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Pseudo-random values per catalogue field, from hashes of {@code key}, about 5 % null where allowed. */
    private static String columns(List<Catalog.FieldDef> fields, String key) {
        StringJoiner out = new StringJoiner(", ");
        Map<String, String> money = Map.of("reference_income", "1580000", "size", "0");
        for (Catalog.FieldDef f : fields) {
            String h = hash(key, f.name());
            String value = switch (f.type()) {
                case NUMBER -> f.name().equals("age") ? "CAST(" + h + " % 91 AS DECIMAL(18,2))"
                        : "CAST((" + h + " % " + money.getOrDefault(f.name(), "2500000") + ") / 100 AS DECIMAL(18,2))";
                case BOOLEAN -> h + " % 5 <> 0";
                case DATE -> "DATE '2026-11-01' - CAST(" + h + " % 3000 AS INTEGER)";
                case TEXT -> f.values() == null ? "CAST(" + key + " AS VARCHAR) || '-" + f.name() + "'"
                        : vocabulary(f) + "[1 + " + h + " % " + f.values().size() + "]";
            };
            if (f.name().equals("size")) {
                value = "CAST(1 + " + hash(key, "size") + " % 8 AS DECIMAL(18,2))";
            }
            out.add((f.nullable() ? "CASE WHEN " + h + " % 20 = 0 THEN NULL ELSE " + value + " END" : value)
                    + " AS \"" + f.name() + "\"");
        }
        return out.toString();
    }

    /** A deterministic pseudo-random non-negative BIGINT from a key and a salt. */
    private static String hash(String key, String salt) {
        return "CAST(hash(" + key + ", '" + salt + "') % 1000000007 AS BIGINT)";
    }

    private static String vocabulary(Catalog.FieldDef f) {
        StringJoiner list = new StringJoiner(", ", "[", "]");
        new TreeSet<>(f.values()).forEach(v -> list.add("'" + v + "'"));
        return list.toString();
    }
}
