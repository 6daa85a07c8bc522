// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jingzhun.app.registry.generate.CountySummary;
import org.jingzhun.app.registry.generate.GenerationSummary;
import org.jingzhun.app.registry.generate.HouseholdGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A new demo installation loads generated households by itself, and what lands in the registry
 * matches, county by county, the generator's own summary.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "jingzhun.data-dir=target/it-data/${random.uuid}",
        "jingzhun.embedded-postgres.ephemeral=true",
        "jingzhun.demo.enabled=true",
        "jingzhun.demo.households=true",
        "jingzhun.demo.scale=0.001",
        "jingzhun.demo.seed=7"})
class DemoHouseholdsIT {

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private record Counts(long households, long persons, long exited, long monitored) {
    }

    @Test
    void loadsTheDemoAndItsCountsPerCountyMatchTheGeneratorsSummary() throws InterruptedException {
        String state = null;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            state = jdbc.sql("select state from job where kind = 'demo-households'").query(String.class).optional().orElse(null);
            if (state != null && !state.equals("RUNNING")) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(state).isEqualTo("SUCCEEDED");

        GenerationSummary expected = HouseholdGenerator.generate(0.001, 7, dir, (c, done, total) -> { });
        Map<String, Counts> actual = new HashMap<>();
        jdbc.sql("""
                select left(id, 6) as county, count(*), sum(size),
                       count(*) filter (where category = 'EXITED'), count(*) filter (where category = 'MONITORED')
                from household group by 1""")
                .query(rs -> {
                    actual.put(rs.getString(1), new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                });
        assertThat(actual).hasSize(expected.counties().size());
        for (CountySummary c : expected.counties()) {
            assertThat(actual.get(c.countyCode().substring(0, 6))).as(c.countyName())
                    .isEqualTo(new Counts(c.households(), c.persons(), c.exitedHouseholds(), c.monitoredHouseholds()));
        }
        assertThat(jdbc.sql("select rows from dataset_load where name like 'households:demo:%'").query(Long.class).single())
                .isEqualTo(expected.total().households());

        // a restart loads nothing again; and a registry holding households of its own never gets a demo
        demo.load();
        jdbc.sql("delete from dataset_load where name like 'households:demo:%'").update();
        demo.load();
        assertThat(jdbc.sql("select count(*) from job where kind = 'demo-households'").query(Long.class).single()).isEqualTo(1);
    }

    @Autowired
    DemoHouseholds demo;
}
