// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.db;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For a bulk insert that is large compared with the table it goes into (the first load of a
 * province, a county into an almost empty registry), dropping the table's indexes and building
 * them again afterwards is several times faster than maintaining them row by row: a sorted build
 * instead of a million random B-tree insertions. The definitions are read from the catalogue and
 * restored exactly, inside the caller's transaction (PostgreSQL's DDL is transactional: a rollback
 * brings the indexes back). The table is locked exclusively until the transaction ends, which is
 * why this is only worth it, and only done, when the insert is larger than the table.
 */
public final class BulkIndexes {

    private BulkIndexes() {
    }

    /** A statement that recreates one index or index-backed constraint. */
    private record Definition(String drop, String create) {
    }

    /** Whether inserting {@code incomingRows} into {@code table} should rebuild its indexes. */
    public static boolean worthRebuilding(JdbcClient jdbc, String table, long incomingRows) {
        if (incomingRows < 100_000) {
            return false;
        }
        double existing = jdbc.sql("select greatest(reltuples, 0) from pg_class where oid = cast(:t as regclass)")
                .param("t", table).query(Double.class).single();
        return incomingRows > existing;
    }

    /** Runs {@code insert} with the indexes of {@code table} dropped, then rebuilds them. */
    public static void rebuildAround(JdbcClient jdbc, String table, Runnable insert) {
        List<Definition> definitions = jdbc.sql("""
                        select case when c.conname is not null
                                    then format('alter table %1$s drop constraint %2$I', i.indrelid::regclass, c.conname)
                                    else format('drop index %s', i.indexrelid::regclass) end,
                               case when c.conname is not null
                                    then format('alter table %1$s add constraint %2$I %3$s', i.indrelid::regclass, c.conname,
                                                pg_get_constraintdef(c.oid))
                                    else pg_get_indexdef(i.indexrelid) end
                        from pg_index i
                        left join pg_constraint c on c.conindid = i.indexrelid and c.contype in ('p', 'u')
                        where i.indrelid = cast(:t as regclass)
                          -- an index that foreign keys of other tables rely on stays
                          and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = i.indexrelid)""")
                .param("t", table)
                .query((rs, n) -> new Definition(rs.getString(1), rs.getString(2)))
                .list();
        definitions.forEach(d -> jdbc.sql(d.drop()).update());
        insert.run();
        definitions.forEach(d -> jdbc.sql(d.create()).update());
    }
}
