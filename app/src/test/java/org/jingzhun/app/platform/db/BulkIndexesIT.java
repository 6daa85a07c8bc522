// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jingzhun.app.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class BulkIndexesIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    private List<String> indexes(String table) {
        return jdbc.sql("select pg_get_indexdef(indexrelid) from pg_index where indrelid = cast(:t as regclass) order by 1")
                .param("t", table).query(String.class).list();
    }

    @Test
    void rebuildsExactlyTheIndexesItDroppedAndKeepsThoseForeignKeysNeed() {
        jdbc.sql("create table bulk_parent (id int primary key, code text unique)").update();
        jdbc.sql("create table bulk_child (id int primary key, parent int references bulk_parent (id), name text)").update();
        jdbc.sql("create index bulk_child_name on bulk_child (name text_pattern_ops)").update();
        List<String> before = indexes("bulk_child");
        tx.executeWithoutResult(s -> BulkIndexes.rebuildAround(jdbc, "bulk_child", () -> {
            assertThat(indexes("bulk_child")).isEmpty();
            jdbc.sql("insert into bulk_parent select g, 'c' || g from generate_series(1, 1000) g").update();
            jdbc.sql("insert into bulk_child select g, g, 'n' || g from generate_series(1, 1000) g").update();
        }));
        assertThat(indexes("bulk_child")).isEqualTo(before);
        // the parent's primary key backs the child's foreign key: it is never dropped
        tx.executeWithoutResult(s -> BulkIndexes.rebuildAround(jdbc, "bulk_parent",
                () -> assertThat(indexes("bulk_parent")).singleElement().asString().contains("(id)")));
        assertThat(indexes("bulk_parent")).hasSize(2);
    }

    @Test
    void aRolledBackLoadBringsTheIndexesBack() {
        jdbc.sql("create table bulk_rollback (id int primary key, name text)").update();
        jdbc.sql("create index bulk_rollback_name on bulk_rollback (name)").update();
        List<String> before = indexes("bulk_rollback");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> BulkIndexes.rebuildAround(jdbc, "bulk_rollback", () -> {
            throw new IllegalStateException("import failed half-way");
        }))).isInstanceOf(IllegalStateException.class);
        assertThat(indexes("bulk_rollback")).isEqualTo(before);
    }

    @Test
    void onlyRebuildsForInsertsLargerThanTheTable() {
        jdbc.sql("create table bulk_size (id int primary key)").update();
        assertThat(BulkIndexes.worthRebuilding(jdbc, "bulk_size", 50_000)).isFalse();
        assertThat(BulkIndexes.worthRebuilding(jdbc, "bulk_size", 200_000)).isTrue();
        jdbc.sql("insert into bulk_size select generate_series(1, 300000)").update();
        jdbc.sql("analyze bulk_size").update();
        assertThat(BulkIndexes.worthRebuilding(jdbc, "bulk_size", 200_000)).isFalse();
    }
}
