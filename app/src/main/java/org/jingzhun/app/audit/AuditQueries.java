// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.audit;

import org.jingzhun.app.platform.security.CallerContext;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Searching the audit log: by time, actor, action and target, newest first, keyset-paged by id. An
 * auditor sees the entries of their region (entries without a region only at province level).
 */
@Repository
class AuditQueries {

    /** One audit record as auditors see it. */
    record Entry(long id, Instant at, String actor, String role, String regionCode, String action, String target,
                 String reason, String before, String after) {
    }

    record Filter(Instant from, Instant to, String actor, String action, String target) {
    }

    private static final String WHERE = """
            where (region_code like :scope or (region_code is null and :scope = '36%') or :scope = '%')
              and (cast(:from as timestamptz) is null or at >= :from)
              and (cast(:to as timestamptz) is null or at < :to)
              and (cast(:actor as text) is null or actor = :actor)
              and (cast(:action as text) is null or action like :action)
              and (cast(:target as text) is null or target = :target)""";

    private final JdbcClient jdbc;
    private final CallerContext caller;

    AuditQueries(JdbcClient jdbc, CallerContext caller) {
        this.jdbc = jdbc;
        this.caller = caller;
    }

    List<Entry> search(Filter f, Long before, int limit) {
        return statement(f, WHERE + " and (cast(:before as bigint) is null or id < :before) order by id desc limit :limit")
                .param("before", before).param("limit", limit)
                .query((rs, n) -> entry(rs)).list();
    }

    /** Streams every matching entry, newest first (exports). */
    void each(Filter f, String scopePattern, RowCallbackHandler handler) {
        jdbc.sql("select * from audit_log " + WHERE + " order by id desc")
                .param("scope", scopePattern).param("from", ts(f.from())).param("to", ts(f.to()))
                .param("actor", f.actor()).param("action", like(f.action())).param("target", f.target())
                .query(handler);
    }

    private JdbcClient.StatementSpec statement(Filter f, String where) {
        return jdbc.sql("select * from audit_log " + where)
                .param("scope", caller.scopePattern()).param("from", ts(f.from())).param("to", ts(f.to()))
                .param("actor", f.actor()).param("action", like(f.action())).param("target", f.target());
    }

    static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("role"), rs.getString("region_code"), rs.getString("action"), rs.getString("target"),
                rs.getString("reason"), rs.getString("before"), rs.getString("after"));
    }

    /** {@code household.} matches every household action; otherwise the exact action. */
    private static String like(String action) {
        if (action == null || action.isBlank()) {
            return null;
        }
        String a = action.strip().replace("%", "").replace("_", "\\_");
        return a.endsWith(".") ? a + "%" : a;
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
