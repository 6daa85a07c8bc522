// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.assistance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jingzhun.app.assistance.AssistanceViews.GapPage;
import org.jingzhun.app.assistance.AssistanceViews.GapView;
import org.jingzhun.app.assistance.AssistanceViews.MeasureSummary;
import org.jingzhun.app.assistance.AssistanceViews.MeasureTypeView;
import org.jingzhun.app.assistance.AssistanceViews.MeasureView;
import org.jingzhun.app.assistance.AssistanceViews.RiskLabel;
import org.jingzhun.app.assistance.AssistanceViews.TypeCount;
import org.jingzhun.app.platform.i18n.Messages;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jingzhun.app.platform.export.Cursor;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.security.DataScope;
import org.jingzhun.app.platform.security.Disclosure;
import org.jingzhun.app.registry.HouseholdSummaries;
import org.jingzhun.kernel.Money;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.monitoring.RiskType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads measures: the catalogue, a household's measures, the households whose risks still lack a
 * measure after the allowed days, and counts for reports. Limited to the caller's region in SQL.
 */
@Service
public class MeasureQueries {

    private final JdbcClient jdbc;
    private final CallerContext caller;
    private final HouseholdSummaries households;
    private final Messages messages;
    private final Cursor cursor;

    MeasureQueries(JdbcClient jdbc, CallerContext caller, HouseholdSummaries households, Messages messages, Cursor cursor) {
        this.jdbc = jdbc;
        this.caller = caller;
        this.households = households;
        this.messages = messages;
        this.cursor = cursor;
    }

    public List<MeasureTypeView> catalogue() {
        return jdbc.sql("select code, name, parent, risk_types from measure_type where active order by position")
                .query((rs, i) -> new MeasureTypeView(rs.getString(1), rs.getString(2), rs.getString(3),
                        risks(rs.getArray(4)).stream().map(MeasureQueries::label).toList())).list();
    }

    /** The household's measures, oldest first (the caller's region only). */
    public List<MeasureView> measures(String householdId) {
        return jdbc.sql("""
                select m.*, t.name type_name from measure m join measure_type t on t.code = m.type
                where m.household_id = :h and m.household_id like :scope
                  and (:grid = '' or m.household_id in (select g.id from household g where g.grid_code = :grid))
                order by m.id""")
                .param("h", householdId).params(caller.scopeParams()).query(this::row).list();
    }

    public java.util.Optional<MeasureView> measure(long id) {
        return jdbc.sql("""
                select m.*, t.name type_name from measure m join measure_type t on t.code = m.type
                where m.id = :id and m.household_id like :scope
                  and (:grid = '' or m.household_id in (select g.id from household g where g.grid_code = :grid))""")
                .param("id", id).params(caller.scopeParams()).query(this::row).optional();
    }

    /** Measures carried out in the household's open plan (all of its measures if it has none). */
    public MeasureSummary summary(String householdId, Long planCaseId) {
        Set<RiskType> helped = EnumSet.noneOf(RiskType.class);
        int[] count = {0};
        jdbc.sql("""
                select risk_type from measure where household_id = :h and status = 'CARRIED_OUT'
                  and (cast(:plan as bigint) is null or plan_case_id = :plan)""")
                .param("h", householdId).param("plan", planCaseId)
                .query(rs -> {
                    count[0]++;
                    helped.add(RiskType.valueOf(rs.getString(1)));
                });
        return new MeasureSummary(count[0], helped);
    }

    /**
     * Open plans in {@code region} with a risk that has no measure although {@code days} have passed
     * since help became due, keyset-paged by household.
     */
    public GapPage gaps(RegionCode region, LocalDate today, int days, String after, int size) {
        List<GapRow> rows = jdbc.sql(GAPS + " and p.household_id > :after order by p.household_id limit :n")
                .param("region", region.descendantPrefix() + "%").params(caller.scopeParams())
                .param("dueBefore", today.minusDays(days)).param("after", after == null ? "" : after).param("n", size + 1)
                .query((rs, i) -> gapRow(rs)).list();
        String next = rows.size() > size ? rows.get(size - 1).householdId() : null;
        rows = rows.size() > size ? rows.subList(0, size) : rows;
        return new GapPage(gapViews(rows, days, households.find(rows.stream().map(GapRow::householdId).toList())), next);
    }

    /**
     * Every household of {@link #gaps}, by household, within {@code scope} and with names as {@code show} says
     * (both taken from the caller before the export left the request): through a cursor, named a batch at a time.
     */
    public void eachGap(RegionCode region, LocalDate today, int days, DataScope scope, Disclosure show, Consumer<GapView> sink) {
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("region", region.descendantPrefix() + "%");
        params.put("dueBefore", today.minusDays(days));
        List<GapRow> batch = new ArrayList<>(EXPORT_BATCH);
        Runnable flush = () -> {
            gapViews(batch, days, households.find(batch.stream().map(GapRow::householdId).toList(), scope, show)).forEach(sink);
            batch.clear();
        };
        cursor.each(GAPS + " order by p.household_id", params, rs -> {
            batch.add(gapRow(rs));
            if (batch.size() == EXPORT_BATCH) {
                flush.run();
            }
        });
        flush.run();
    }

    private static final int EXPORT_BATCH = 1_000;

    private record GapRow(String householdId, long caseId, LocalDate dueFrom, List<RiskType> missing) {
    }

    private static GapRow gapRow(ResultSet rs) throws SQLException {
        return new GapRow(rs.getString("household_id"), rs.getLong("case_id"), rs.getObject("due_from", LocalDate.class),
                risks(rs.getArray("missing")));
    }

    private static List<GapView> gapViews(List<GapRow> rows, int days, Map<String, HouseholdSummaries.HouseholdSummary> names) {
        List<GapView> items = new ArrayList<>();
        for (GapRow r : rows) {
            var h = names.get(r.householdId());
            items.add(new GapView(r.householdId(), r.householdId().substring(0, 12), h == null ? null : h.villageName(),
                    h == null ? null : h.headName(), r.caseId(), r.dueFrom(), r.dueFrom().plusDays(days),
                    r.missing().stream().map(MeasureQueries::label).toList()));
        }
        return items;
    }

    /**
     * Per county (6-digit code): households whose plan, open on {@code asOf}, had a risk without a
     * measure recorded by then although {@code days} had passed since help was due.
     */
    public java.util.Map<String, Long> gapCountsByCounty(RegionCode region, LocalDate asOf, int days) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.sql("""
                select left(p.household_id, 6), count(*) from help_plan p
                where p.household_id like :region and p.household_id like :scope and p.due_from < :dueBefore
                  and (:grid = '' or p.household_id in (select g.id from household g where g.grid_code = :grid))
                  and (p.closed_on is null or p.closed_on > :asOf)
                  and exists (select 1 from unnest(p.risk_types) r where not exists (
                        select 1 from measure m where m.plan_case_id = p.case_id and m.risk_type = r and m.created_at < :end))
                group by 1""")
                .param("region", region.descendantPrefix() + "%").params(caller.scopeParams())
                .param("dueBefore", asOf.minusDays(days)).param("asOf", asOf)
                .param("end", java.sql.Timestamp.from(asOf.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant()))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private static final String GAPS = """
            select p.household_id, p.case_id, p.due_from, array(
                       select r from unnest(p.risk_types) r
                       where not exists (select 1 from measure m where m.plan_case_id = p.case_id and m.risk_type = r)
                       order by r) missing
            from help_plan p
            where p.closed_on is null and p.household_id like :region and p.household_id like :scope
              and (:grid = '' or p.household_id in (select g.id from household g where g.grid_code = :grid))
              and p.due_from < :dueBefore
              and exists (select 1 from unnest(p.risk_types) r
                          where not exists (select 1 from measure m where m.plan_case_id = p.case_id and m.risk_type = r))""";

    /** Per county and measure type: measures planned and carried out in [{@code from}, {@code to}], and the amounts carried out. */
    public List<TypeCount> countsByCounty(RegionCode region, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select left(household_id, 6) county, type,
                       count(*) filter (where planned_on between :from and :to) planned,
                       count(*) filter (where carried_out_on between :from and :to) carried_out,
                       coalesce(sum(amount_fen) filter (where carried_out_on between :from and :to), 0) amount
                from measure where household_id like :region and household_id like :scope
                  and (:grid = '' or household_id in (select g.id from household g where g.grid_code = :grid))
                  and (planned_on between :from and :to or carried_out_on between :from and :to)
                group by 1, 2 order by 1, 2""")
                .param("region", region.descendantPrefix() + "%").params(caller.scopeParams())
                .param("from", from).param("to", to)
                .query((rs, i) -> new TypeCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        new Money(rs.getLong(5)).toYuan())).list();
    }

    private MeasureView row(ResultSet rs, int i) throws SQLException {
        long amount = rs.getLong("amount_fen");
        BigDecimal yuan = rs.wasNull() ? null : new Money(amount).toYuan();
        String risk = rs.getString("risk_type");
        String status = rs.getString("status");
        return new MeasureView(rs.getLong("id"), rs.getString("household_id"), (Long) rs.getObject("plan_case_id"),
                rs.getString("type"), rs.getString("type_name"), risk, RiskType.valueOf(risk).label(), status,
                messages.get("assistance.status." + status), rs.getObject("planned_on", LocalDate.class),
                rs.getObject("carried_out_on", LocalDate.class), yuan, rs.getString("responsible_unit"),
                rs.getString("effect"), rs.getString("note"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("created_by"), rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getString("updated_by"), rs.getInt("version"));
    }

    static RiskLabel label(RiskType r) {
        return new RiskLabel(r.name(), r.label());
    }

    static List<RiskType> risks(java.sql.Array array) throws SQLException {
        return array == null ? List.of()
                : java.util.Arrays.stream((String[]) array.getArray()).map(RiskType::valueOf).toList();
    }
}
