// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jingzhun.app.platform.db.CopyWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores checked feed records, idempotently by (部门, 记录编号): records are staged with COPY, a
 * record id repeated within one batch keeps its last row, and the merge inserts new records,
 * updates those whose content changed (their {@code received_at} moves, which is how incremental
 * screening finds them) and leaves identical re-sends alone. Call inside a transaction.
 */
@Component
public class FeedStore {

    /** What a batch did. */
    public record Counts(long staged, long inserted, long updated, long unchanged, long matched, long unmatched) {
    }

    /** A staged record that is reported (a repeated record id, or one that matches no registered person). */
    public record Flagged(long row, String recordId, String idNumber, Long otherRow) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    FeedStore(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** A staging table for one batch and the COPY that fills it; rows are written with {@link #stage}. */
    public CopyWriter openStage() throws SQLException {
        jdbc.sql("""
                create temp table feed_stage (row_no bigint, department varchar(4), record_id varchar(64) collate "C",
                    id_number varchar(18) collate "C", item varchar(4), occurred_on date, value numeric(14,2),
                    text_value text) on commit drop""").update();
        Connection c = DataSourceUtils.getConnection(dataSource);
        return CopyWriter.open(c, "copy feed_stage from stdin");
    }

    public static void stage(CopyWriter copy, FeedRow r) throws SQLException {
        copy.row(r.row(), r.department(), r.recordId(), r.idNumber(), r.item(), r.date(),
                r.value() == null ? null : r.value().toPlainString(), r.text());
    }

    /** Record ids given more than once in the batch (all but the last row of each); those rows are dropped. */
    public List<Flagged> dropRepeats(int limit) {
        List<Flagged> repeats = jdbc.sql("""
                select s.row_no, s.record_id, s.id_number, l.last_row
                from feed_stage s
                join (select department, record_id, max(row_no) last_row from feed_stage
                      group by department, record_id having count(*) > 1) l using (department, record_id)
                where s.row_no < l.last_row order by s.row_no limit :limit""")
                .param("limit", limit)
                .query((rs, i) -> new Flagged(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
        if (!repeats.isEmpty()) {
            jdbc.sql("""
                    delete from feed_stage s using (select department, record_id, max(row_no) last_row from feed_stage
                        group by department, record_id having count(*) > 1) l
                    where s.department = l.department and s.record_id = l.record_id and s.row_no < l.last_row""").update();
        }
        return repeats;
    }

    /** The first staged records whose ID number is not in the registry (they are stored all the same). */
    public List<Flagged> unmatched(int limit) {
        return jdbc.sql("""
                select s.row_no, s.record_id, s.id_number from feed_stage s
                where not exists (select 1 from person p where p.id_number = s.id_number)
                order by s.row_no limit :limit""")
                .param("limit", limit)
                .query((rs, i) -> new Flagged(rs.getLong(1), rs.getString(2), rs.getString(3), null)).list();
    }

    /** Merges the staged batch into {@code feed_record}. */
    public Counts merge(Instant now, UUID jobId) {
        long staged = jdbc.sql("select count(*) from feed_stage").query(Long.class).single();
        long matched = jdbc.sql("select count(*) from feed_stage s where exists (select 1 from person p where p.id_number = s.id_number)")
                .query(Long.class).single();
        long[] changed = jdbc.sql("""
                with up as (
                    insert into feed_record (department, record_id, id_number, item, occurred_on, value, text_value,
                                             received_at, job_id, household_id)
                    select s.department, s.record_id, s.id_number, s.item, s.occurred_on, s.value, s.text_value, :now, :job,
                           p.household_id
                    from feed_stage s left join person p on p.id_number = s.id_number
                    on conflict (department, record_id) do update
                        set id_number = excluded.id_number, item = excluded.item, occurred_on = excluded.occurred_on,
                            value = excluded.value, text_value = excluded.text_value,
                            received_at = excluded.received_at, job_id = excluded.job_id,
                            household_id = excluded.household_id
                        where (feed_record.id_number, feed_record.item, feed_record.occurred_on, feed_record.value,
                               feed_record.text_value)
                              is distinct from (excluded.id_number, excluded.item, excluded.occurred_on, excluded.value,
                                                excluded.text_value)
                    returning xmax = 0 as inserted)
                select count(*) filter (where inserted), count(*) filter (where not inserted) from up""")
                .param("now", now.atOffset(ZoneOffset.UTC)).param("job", jobId)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return new Counts(staged, changed[0], changed[1], staged - changed[0] - changed[1], matched, staged - matched);
    }
}
