// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import java.time.OffsetDateTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.security.Disclosure;
import org.jingzhun.app.registry.HouseholdViews.HouseholdItem;
import org.jingzhun.kernel.Masking;
import org.jingzhun.kernel.Money;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.MonitoringType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SQL over the registry. Every statement that returns households or people carries the caller's
 * scope ({@link CallerContext#dataScope()}: region and, for a grid worker, grid) in its WHERE clause:
 * a household outside it does not exist for that caller.
 */
@Repository
class HouseholdRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CallerContext caller;

    HouseholdRepository(JdbcClient jdbc, JsonMapper json, CallerContext caller) {
        this.jdbc = jdbc;
        this.json = json;
        this.caller = caller;
    }

    /** A page of households after {@code after} (a household number), in household-number order. */
    List<HouseholdItem> list(HouseholdQuery q, String after, int size) {
        String sql = """
                select h.id, h.village_code, v.name as village_name, h.head_name, h.head_id_number, h.category,
                       h.monitoring_type, h.size, h.reference_income_fen, h.income_year
                from household h join region v on v.code = h.village_code
                where %s and h.id > :after
                order by h.id limit :size""".formatted(q.where());
        Disclosure show = caller.disclosure();
        return jdbc.sql(sql)
                .paramSource(q.params(caller.dataScope())
                        .addValue("after", after == null ? "" : after)
                        .addValue("size", size))
                .query((rs, i) -> item(rs, show))
                .list();
    }

    private static HouseholdItem item(ResultSet rs, Disclosure show) throws SQLException {
        String category = rs.getString("category");
        String type = rs.getString("monitoring_type");
        long ref = rs.getLong("reference_income_fen");
        boolean hasIncome = !rs.wasNull();
        return new HouseholdItem(rs.getString("id"), rs.getString("village_code"), rs.getString("village_name"),
                show.name(rs.getString("head_name")), show.idNumber(rs.getString("head_id_number")),
                category, HouseholdCategory.valueOf(category).label(),
                type, type == null ? null : MonitoringType.valueOf(type).label(),
                rs.getInt("size"), hasIncome ? new Money(ref).toYuan() : null,
                (Integer) rs.getObject("income_year"));
    }

    /** Whether the registry holds no household at all (regardless of the caller). */
    boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from household)").query(Boolean.class).single();
    }

    /** The household of the person with this ID number, if it lies within the caller's scope. */
    Optional<String> householdOf(String idNumber) {
        return jdbc.sql("""
                        select p.household_id from person p join household h on h.id = p.household_id
                        where p.id_number = :idNumber and h.id like :scope and (:grid = '' or h.grid_code = :grid)""")
                .param("idNumber", idNumber).params(caller.scopeParams())
                .query(String.class).optional();
    }

    /** The current document, if the household exists within the caller's scope. */
    Optional<JsonNode> current(String id) {
        return jdbc.sql("""
                        select household_document(h.id)::text from household h
                        where h.id = :id and h.village_code like :scope and (:grid = '' or h.grid_code = :grid)""")
                .param("id", id).params(caller.scopeParams())
                .query(String.class).optional().map(json::readTree);
    }

    /** The state valid at {@code at} from history (the current state is not in history). */
    Optional<JsonNode> historical(String id, OffsetDateTime at) {
        return jdbc.sql("""
                        select x.document::text from household_history x join household h on h.id = x.household_id
                        where x.household_id = :id and h.village_code like :scope and (:grid = '' or h.grid_code = :grid)
                          and x.valid_from <= :at and :at < x.valid_to""")
                .param("id", id).params(caller.scopeParams()).param("at", at)
                .query(String.class).optional().map(json::readTree);
    }

    /** All earlier documents, oldest first. */
    List<JsonNode> history(String id) {
        return jdbc.sql("""
                        select x.document::text from household_history x join household h on h.id = x.household_id
                        where x.household_id = :id and h.village_code like :scope and (:grid = '' or h.grid_code = :grid)
                        order by x.version""")
                .param("id", id).params(caller.scopeParams())
                .query(String.class).list().stream().map(json::readTree).toList();
    }

    /** The current version, locked for update, if in scope. */
    Optional<Integer> lockVersion(String id) {
        return jdbc.sql("""
                        select version from household where id = :id and village_code like :scope
                          and (:grid = '' or grid_code = :grid) for update""")
                .param("id", id).params(caller.scopeParams())
                .query(Integer.class).optional();
    }

    /** Moves the current state to history; call before changing a household. */
    void archive(String id, OffsetDateTime now) {
        jdbc.sql("""
                insert into household_history (household_id, version, valid_from, valid_to, changed_by, change_reason, document)
                select id, version, changed_at, :now, changed_by, change_reason, household_document(id) from household where id = :id""")
                .param("id", id).param("now", now).update();
    }

    /** A document of the household as it was at {@code version} (history or current). */
    Optional<JsonNode> atVersion(String id, int version) {
        return jdbc.sql("select document::text from household_history where household_id = :id and version = :v")
                .param("id", id).param("v", version)
                .query(String.class).optional().map(json::readTree);
    }

    /** Applies the household-level fields of an accepted patch and bumps the version. */
    void update(String id, HouseholdPatch p, OffsetDateTime now, String actor) {
        jdbc.sql("""
                        update household set category = :category, monitoring_type = :type, exit_year = :exitYear,
                            grid_code = :grid, relocated = :relocated, dibao = :dibao, tekun = :tekun,
                            housing_safe = :housing, water_safe = :water, version = version + 1, changed_at = :now,
                            changed_by = :actor, change_reason = :reason, content_hash = 'edited:' || (version + 1)
                        where id = :id""")
                .param("category", p.category()).param("type", p.monitoringType()).param("exitYear", p.exitYear())
                .param("grid", p.gridCode()).param("relocated", p.relocated()).param("dibao", p.dibao())
                .param("tekun", p.tekun()).param("housing", p.housingSafe()).param("water", p.waterSafe())
                .param("now", now).param("actor", actor).param("reason", p.reason()).param("id", id)
                .update();
    }

    boolean gridInVillage(String grid, String village) {
        return jdbc.sql("select count(*) from grid where code = :g and village_code = :v")
                .param("g", grid).param("v", village).query(Long.class).single() > 0;
    }
}
