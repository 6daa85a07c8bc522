// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jingzhun.app.monitoring.CaseViews.LeadView;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jingzhun.app.platform.export.Cursor;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.security.DataScope;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.monitoring.Channel;
import org.jingzhun.kernel.monitoring.RiskType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads leads, limited to the caller's region in SQL. */
@Component
class LeadQueries {

    /** A page of leads. */
    record LeadPage(List<LeadView> items, String next) {
    }

    /** The grid condition of {@link CallerContext#dataScope()} on a lead's household. */
    private static final String IN_GRID = "(:grid = '' or household_id in (select g.id from household g where g.grid_code = :grid))";

    private final JdbcClient jdbc;
    private final CallerContext caller;
    private final Cursor cursor;

    LeadQueries(JdbcClient jdbc, CallerContext caller, Cursor cursor) {
        this.jdbc = jdbc;
        this.caller = caller;
        this.cursor = cursor;
    }

    List<LeadView> ofCase(long caseId) {
        return jdbc.sql("""
                        select * from monitoring_lead where case_id = :id and household_id like :scope
                          and %s order by id""".formatted(IN_GRID))
                .param("id", caseId).params(caller.scopeParams()).query(LeadQueries::lead).list();
    }

    List<LeadView> ofHousehold(String householdId) {
        return jdbc.sql("""
                        select * from monitoring_lead where household_id = :h and household_id like :scope
                          and %s order by id""".formatted(IN_GRID))
                .param("h", householdId).params(caller.scopeParams()).query(LeadQueries::lead).list();
    }

    /** Leads of a region received in [from, to], of a channel if given; newest first, keyset-paged by id. */
    LeadPage list(RegionCode region, Channel channel, LocalDate from, LocalDate to, Long before, int size) {
        List<LeadView> rows = jdbc.sql("""
                select * from monitoring_lead where household_id like :region and household_id like :scope and %s
                  and (:channel = '' or channel = :channel) and received_on between :from and :to and id < :before
                order by id desc limit :n""".formatted(IN_GRID))
                .param("region", region.descendantPrefix() + "%").params(caller.scopeParams())
                .param("channel", channel == null ? "" : channel.name()).param("from", from).param("to", to)
                .param("before", before == null ? Long.MAX_VALUE : before).param("n", size + 1)
                .query(LeadQueries::lead).list();
        String next = rows.size() > size ? String.valueOf(rows.get(size - 1).id()) : null;
        return new LeadPage(rows.size() > size ? rows.subList(0, size) : rows, next);
    }

    /**
     * Every lead of {@link #list}'s filters, newest first, within {@code scope} (taken from the caller before
     * the export left the request), through a cursor.
     */
    void each(RegionCode region, Channel channel, LocalDate from, LocalDate to, DataScope scope, Consumer<LeadView> sink) {
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("region", region.descendantPrefix() + "%");
        params.put("channel", channel == null ? "" : channel.name());
        params.put("from", from);
        params.put("to", to);
        cursor.each("""
                select * from monitoring_lead where household_id like :region and household_id like :scope and %s
                  and (:channel = '' or channel = :channel) and received_on between :from and :to
                order by id desc""".formatted(IN_GRID), params, rs -> sink.accept(lead(rs, 0)));
    }

    private static LeadView lead(ResultSet rs, int i) throws SQLException {
        Channel channel = Channel.valueOf(rs.getString("channel"));
        String risk = rs.getString("risk_type");
        return new LeadView(rs.getLong("id"), rs.getString("household_id"), channel.name(), channel.label(),
                rs.getObject("received_on", LocalDate.class), rs.getString("source"), risk,
                risk == null ? null : RiskType.valueOf(risk).label(), rs.getString("rule_code"),
                (Integer) rs.getObject("rule_version"), (Integer) rs.getObject("parameter_version"), rs.getString("note"),
                (Long) rs.getObject("case_id"), rs.getString("disposition"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by"));
    }
}
