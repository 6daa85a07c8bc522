// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.db;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Data sets loaded at start-up (shipped divisions, demo grids, demo households), recorded in
 * {@code dataset_load} with a checksum or version, so that a restart never loads one twice and an
 * interrupted load is resumed.
 */
@Component
public class Datasets {

    private final JdbcClient jdbc;

    public Datasets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The checksum recorded when {@code name} was last loaded completely. */
    public Optional<String> loaded(String name) {
        return jdbc.sql("select checksum from dataset_load where name = :name").param("name", name)
                .query(String.class).optional();
    }

    public void record(String name, String checksum, long rows) {
        jdbc.sql("""
                insert into dataset_load (name, checksum, rows) values (:name, :checksum, :rows)
                on conflict (name) do update set checksum = excluded.checksum, rows = excluded.rows, loaded_at = now()""")
                .param("name", name).param("checksum", checksum).param("rows", rows)
                .update();
    }
}
