// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jingzhun.app.IntegrationTest;
import org.jingzhun.app.feeds.FeedImportService;
import org.jingzhun.app.platform.jobs.JobProgress;
import org.jingzhun.app.registry.HouseholdImportService;
import org.jingzhun.app.registry.generate.HouseholdGenerator;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.rules.Catalog;
import org.jingzhun.rules.Evaluation;
import org.jingzhun.rules.Evaluator;
import org.jingzhun.rules.Rule;
import org.jingzhun.rules.Subject;
import org.jingzhun.rules.columnar.Snapshot;
import org.jingzhun.rules.sql.DuckDbDialect;
import org.jingzhun.rules.sql.PostgresDialect;
import org.jingzhun.rules.sql.SqlCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The randomised differential test of the screening issue at the application's level: thousands of
 * generated households with random department records around every threshold, screened by all four
 * back ends — the evaluator (one household at a time), the columnar engine, the rules compiled to
 * SQL in PostgreSQL (on tables derived from the registry by SQL, independently of the snapshot
 * loader) and in DuckDB — must give identical (household, rule, status) sets for every rule of the
 * default set.
 */
@IntegrationTest
class DifferentialIT {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 1);
    private static final String COUNTY = "360424000000"; // 修水县

    @Autowired
    JdbcClient jdbc;
    @Autowired
    HouseholdImportService households;
    @Autowired
    FeedImportService feeds;
    @Autowired
    SnapshotLoader loader;
    @Autowired
    RuleStore rules;
    @Autowired
    ParameterStore parameters;

    @TempDir
    Path dir;

    @Test
    void everyBackEndFindsTheSameHitsAndErrors() throws Exception {
        HouseholdGenerator generator = new HouseholdGenerator(0.02, 7);
        generator.generate(dir, List.of(COUNTY), (c, done, total) -> { });
        assertThat(households.importFile(HouseholdGenerator.countyFile(dir, COUNTY), "test", JobProgress.NONE).applied())
                .isTrue();
        List<String> ids = jdbc.sql("select id_number from person where household_id like '360424%' order by id_number")
                .query(String.class).list();
        Path feedFile = dir.resolve("feeds.csv");
        Files.writeString(feedFile, randomFeeds(ids, new Random(11)));
        assertThat(feeds.importFile(feedFile, JobProgress.NONE).applied()).isTrue();

        List<Rule> ruleList = rules.active().rules();
        Map<String, BigDecimal> params = ParameterStore.forYear(parameters.current(), DATE.getYear());
        SnapshotLoader.Scope scope = SnapshotLoader.Scope.region(RegionCode.parse(COUNTY));
        Snapshot snapshot = loader.load(scope, DATE, 1000, n -> { });
        assertThat(snapshot.households()).isGreaterThan(2000);

        Set<String> engine = new TreeSet<>();
        HitList hits = new HitList();
        BulkScreen.screen(snapshot, ruleList, params, DATE, hits, () -> false);
        for (int i = 0; i < hits.size(); i++) {
            engine.add(snapshot.key(hits.household(i)) + " " + ruleList.get(hits.rule(i)).code() + " "
                    + (hits.status(i) == HitList.HIT ? "HIT" : "ERROR"));
        }

        Set<String> evaluator = new TreeSet<>();
        Map<String, Object> subjectParams = new HashMap<>(params);
        for (int h = 0; h < snapshot.households(); h++) {
            Subject s = snapshot.subject(h, subjectParams, DATE);
            for (Rule r : ruleList) {
                Evaluation e = Evaluator.evaluate(r.condition(), s);
                if (e.status() != Evaluation.Status.NO_HIT) {
                    evaluator.add(snapshot.key(h) + " " + r.code() + " " + e.status());
                }
            }
        }

        SqlTables.create(jdbc, "diff_", scope, DATE);
        Set<String> postgres = new TreeSet<>(jdbc.sql(new SqlCompiler(new PostgresDialect(), "diff_").compile(ruleList, params, DATE))
                .query((rs, i) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3)).list());

        SqlTables.export(jdbc, "diff_", dir);
        Set<String> duckdb = new TreeSet<>();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement st = duck.createStatement()) {
            SqlTables.loadIntoDuckDb(st, dir);
            try (ResultSet rs = st.executeQuery(new SqlCompiler(new DuckDbDialect(), "").compile(ruleList, params, DATE))) {
                while (rs.next()) {
                    duckdb.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
        }
        SqlTables.drop(jdbc, "diff_");

        System.out.printf("DifferentialIT: %d households, %d members, %d feed records, %d rules; %d findings of %d rules%n",
                snapshot.households(), snapshot.members(), snapshot.feeds(), ruleList.size(), evaluator.size(),
                evaluator.stream().map(f -> f.split(" ")[1]).distinct().count());
        assertThat(evaluator).as("enough findings to mean something").hasSizeGreaterThan(200);
        Set<String> rulesHit = new TreeSet<>();
        evaluator.forEach(f -> rulesHit.add(f.split(" ")[1]));
        assertThat(rulesHit).as("rules with findings").hasSizeGreaterThanOrEqualTo(ruleList.size() - 5);
        assertThat(engine).as("columnar engine vs evaluator").isEqualTo(evaluator);
        assertThat(postgres).as("PostgreSQL SQL vs evaluator").isEqualTo(evaluator);
        assertThat(duckdb).as("DuckDB SQL vs evaluator").isEqualTo(evaluator);
    }

    /** Random records of every item for random persons, with values and dates at the rules' boundaries. */
    private static String randomFeeds(List<String> ids, Random random) {
        StringBuilder csv = new StringBuilder("部门,记录编号,证件号码,数据项,发生日期,数值,文本值\n");
        List<String> items = new ArrayList<>(Catalog.items().keySet());
        String[] amounts = {"100", "5999.99", "6000", "6000.01", "9999.99", "10000", "10000.01", "11950", "11950.01",
            "23900", "23900.01", "30000", "50000"};
        LocalDate[] dates = {DATE, DATE.minusMonths(12), DATE.minusMonths(12).plusDays(1), DATE.minusMonths(6),
            DATE.minusMonths(13), DATE.minusDays(1), DATE.minusYears(3)};
        int n = ids.size();
        for (int i = 0; i < n; i++) {
            String item = items.get(random.nextInt(items.size()));
            String id = ids.get(random.nextInt(n));
            String value = switch (item) {
                case "CL01" -> String.valueOf(1 + random.nextInt(4));
                case "YB01", "YB02", "MZ04", "YJ01", "NY01", "RS02", "JY02" -> amounts[random.nextInt(amounts.length)];
                default -> random.nextBoolean() ? "" : amounts[random.nextInt(amounts.length)];
            };
            String text = item.equals("ZJ01") ? new String[] {"A", "B", "C", "D"}[random.nextInt(4)] : "";
            csv.append(Catalog.department(item)).append(",R").append(i).append(',').append(id).append(',').append(item)
                    .append(',').append(dates[random.nextInt(dates.length)]).append(',').append(value).append(',')
                    .append(text).append('\n');
        }
        return csv.toString();
    }
}
