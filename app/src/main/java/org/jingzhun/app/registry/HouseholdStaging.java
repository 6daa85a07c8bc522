// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import java.time.OffsetDateTime;
import org.jingzhun.app.platform.db.BulkIndexes;
import org.jingzhun.app.platform.jobs.PhaseTimer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL of a household import: the staging table that the parser fills with COPY, and the merge
 * that turns staged rows into households, members, income and history. Lives for one transaction.
 */
final class HouseholdStaging {

    private HouseholdStaging() {
    }

    /** Counts of households by what the merge did to them. */
    record Counts(long inserted, long updated, long unchanged) {
    }

    static final String COLUMNS = """
            line, household_id, rejected, id_number, is_head, gives_household, name, relation, sex, birth_date,
            ethnicity, education, school_status, health, disability_grade, labour, work_status, work_months,
            basic_medical, serious_illness_insurance, basic_pension, commercial_medical, welfare_job, phone,
            village_code, grid_code, category, monitoring_type, exit_year, income_year, wages, business, property,
            transfers, costs, payouts, out_of_pocket, housing_safe, water_safe, relocated, dibao, tekun, row_hash""";

    static final String COPY = "copy row_stage (" + COLUMNS + ") from stdin";

    /** The staging columns of {@link HouseholdTemplate#HOUSEHOLD_COLUMNS}, in that order. */
    static final java.util.List<String> HOUSEHOLD_STAGE_COLUMNS = java.util.List.of(
            "village_code", "grid_code", "category", "monitoring_type", "exit_year", "income_year", "wages", "business",
            "property", "transfers", "costs", "payouts", "out_of_pocket", "housing_safe", "water_safe", "relocated",
            "dibao", "tekun");

    static void create(JdbcClient jdbc) {
        jdbc.sql("""
                create temporary table row_stage (
                    line bigint not null, household_id varchar(16) collate "C" not null, rejected boolean not null,
                    id_number varchar(18) collate "C", is_head boolean, gives_household boolean, name text,
                    relation text, sex text, birth_date date, ethnicity text, education text, school_status text,
                    health text, disability_grade text, labour text, work_status text, work_months smallint,
                    basic_medical boolean, serious_illness_insurance boolean, basic_pension boolean,
                    commercial_medical boolean, welfare_job boolean, phone text,
                    village_code varchar(12) collate "C", grid_code varchar(15) collate "C", category text,
                    monitoring_type text, exit_year smallint, income_year smallint, wages bigint, business bigint,
                    property bigint, transfers bigint, costs bigint, payouts bigint, out_of_pocket bigint,
                    housing_safe boolean, water_safe boolean, relocated boolean, dibao boolean, tekun boolean,
                    row_hash bigint not null
                ) on commit drop""").update();
    }

    static void index(JdbcClient jdbc) {
        jdbc.sql("create index on row_stage (household_id)").update();
        jdbc.sql("analyze row_stage").update();
    }

    /** Applies the staged rows; call only when the checks found no problem. */
    static Counts merge(JdbcClient jdbc, long stagedRows, OffsetDateTime now, String actor, String reason, PhaseTimer timer) {
        skipForeignKeyTriggersIfAllowed(jdbc);
        // One row per household: the head's values, the member count and a hash of everything imported.
        jdbc.sql("""
                create temporary table household_stage on commit drop as
                select h.household_id as id, h.village_code, h.grid_code, h.category, h.monitoring_type, h.exit_year,
                       h.relocated, h.dibao, h.tekun, h.housing_safe, h.water_safe, h.income_year, h.wages, h.business,
                       h.property, h.transfers, h.costs, h.payouts, h.out_of_pocket, m.size, h.name as head_name,
                       h.id_number as head_id_number, m.hash::text as content_hash,
                       e.version as existing_version, e.content_hash as existing_hash
                from row_stage h
                join (select household_id, count(*) as size, bit_xor(row_hash) as hash
                      from row_stage group by household_id) m on m.household_id = h.household_id
                left join household e on e.id = h.household_id
                where h.is_head""").update();
        timer.lap("merge: household_stage");
        long unchanged = jdbc.sql("delete from household_stage where existing_hash = content_hash").update();
        timer.lap("merge: delete unchanged");

        // The states being replaced become history.
        jdbc.sql("""
                insert into household_history (household_id, version, valid_from, valid_to, changed_by, change_reason, document)
                select e.id, e.version, e.changed_at, :now, e.changed_by, e.change_reason, household_document(e.id)
                from household e join household_stage s on s.id = e.id""")
                .param("now", now).update();
        timer.lap("merge: history");
        jdbc.sql("delete from person p using household_stage s where p.household_id = s.id and s.existing_version is not null")
                .update();
        timer.lap("merge: delete persons");

        // New households: plain inserts (no conflict is possible, so no speculative insertion).
        long inserted = jdbc.sql("""
                insert into household (id, village_code, grid_code, category, monitoring_type, exit_year, relocated,
                    dibao, tekun, housing_safe, water_safe, size, head_name, head_id_number, income_year,
                    net_income_fen, reference_income_fen, version, changed_at, changed_by, change_reason, content_hash)
                select id, village_code, grid_code, category, monitoring_type, exit_year, relocated, dibao, tekun,
                       housing_safe, water_safe, size, head_name, head_id_number, income_year,
                       wages + business + property + transfers - costs,
                       round((wages + business + property + transfers - costs - out_of_pocket)::numeric / size),
                       1, :now, :actor, :reason, content_hash
                from household_stage where existing_version is null""")
                .param("now", now).param("actor", actor).param("reason", reason)
                .update();
        // Changed households: a new version in place (the old one is in history now).
        long updated = jdbc.sql("""
                update household h set
                    village_code = s.village_code, grid_code = s.grid_code, category = s.category,
                    monitoring_type = s.monitoring_type, exit_year = s.exit_year, relocated = s.relocated,
                    dibao = s.dibao, tekun = s.tekun, housing_safe = s.housing_safe, water_safe = s.water_safe,
                    size = s.size, head_name = s.head_name, head_id_number = s.head_id_number,
                    income_year = s.income_year, net_income_fen = s.wages + s.business + s.property + s.transfers - s.costs,
                    reference_income_fen = round((s.wages + s.business + s.property + s.transfers - s.costs
                        - s.out_of_pocket)::numeric / s.size),
                    version = h.version + 1, changed_at = :now, changed_by = :actor, change_reason = :reason,
                    content_hash = s.content_hash
                from household_stage s where s.id = h.id and s.existing_version is not null""")
                .param("now", now).param("actor", actor).param("reason", reason)
                .update();
        timer.lap("merge: insert/update household");

        // Members of new and changed households; when nothing was unchanged that is every staged row.
        String insertPersons = """
                insert into person (id_number, household_id, seq, name, relation, sex, birth_date, ethnicity, education,
                    school_status, health, disability_grade, labour, work_status, work_months, basic_medical,
                    serious_illness_insurance, basic_pension, commercial_medical, welfare_job, phone)
                select r.id_number, r.household_id, r.line,
                       r.name, r.relation, r.sex, r.birth_date, r.ethnicity, r.education, r.school_status, r.health,
                       r.disability_grade, r.labour, r.work_status, r.work_months, r.basic_medical,
                       r.serious_illness_insurance, r.basic_pension, r.commercial_medical, r.welfare_job, r.phone
                from row_stage r
                """ + (unchanged == 0 ? "" : "where exists (select 1 from household_stage s where s.id = r.household_id)");
        if (BulkIndexes.worthRebuilding(jdbc, "person", stagedRows)) {
            BulkIndexes.rebuildAround(jdbc, "person", () -> jdbc.sql(insertPersons).update());
        } else {
            jdbc.sql(insertPersons).update();
        }
        timer.lap("merge: insert persons");
        jdbc.sql("""
                insert into household_income (household_id, year, wages_fen, business_fen, property_fen, transfer_fen,
                    production_costs_fen, insurance_payouts_fen, out_of_pocket_fen)
                select id, income_year, wages, business, property, transfers, costs, payouts, out_of_pocket
                from household_stage where existing_version is null""")
                .update();
        jdbc.sql("""
                insert into household_income (household_id, year, wages_fen, business_fen, property_fen, transfer_fen,
                    production_costs_fen, insurance_payouts_fen, out_of_pocket_fen)
                select id, income_year, wages, business, property, transfers, costs, payouts, out_of_pocket
                from household_stage where existing_version is not null
                on conflict (household_id, year) do update set wages_fen = excluded.wages_fen,
                    business_fen = excluded.business_fen, property_fen = excluded.property_fen,
                    transfer_fen = excluded.transfer_fen, production_costs_fen = excluded.production_costs_fen,
                    insurance_payouts_fen = excluded.insurance_payouts_fen, out_of_pocket_fen = excluded.out_of_pocket_fen""")
                .update();
        timer.lap("merge: income");
        jdbc.sql("set local session_replication_role = origin").update();
        return new Counts(inserted, updated, unchanged);
    }

    /**
     * The checks have already proved every reference (villages, grids, the households the members
     * and incomes belong to), so the per-row foreign-key triggers would only repeat them, at a cost
     * of seconds per million rows. PostgreSQL lets a superuser skip them for this transaction, as
     * pg_restore does; on an external database without that right the triggers simply run.
     */
    private static void skipForeignKeyTriggersIfAllowed(JdbcClient jdbc) {
        boolean superuser = jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single();
        if (superuser) {
            jdbc.sql("set local session_replication_role = replica").update();
        }
    }
}
