// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The input tables of the SQL compiler ({@code s_household}, {@code s_member}, {@code s_feed}, see
 * {@link org.jingzhun.rules.sql.SqlCompiler}) built inside PostgreSQL from the registry and feed
 * tables with plain SQL — the straightforward way to screen in the database, used as the
 * benchmark's baseline and, in tests, as an independent derivation of the fields the
 * {@link SnapshotLoader} computes in Java (age, labour ability, main earner, member order).
 */
public final class SqlTables {

    private static final String[] TABLES = {"s_household", "s_member", "s_feed"};

    private SqlTables() {
    }

    /** Creates (or replaces) the three unlogged tables, named with {@code prefix}, for a scope and date. */
    public static void create(JdbcClient jdbc, String prefix, SnapshotLoader.Scope scope, LocalDate date) {
        if (!prefix.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("prefix: " + prefix);
        }
        String d = "date '" + date + "'";
        drop(jdbc, prefix);
        jdbc.sql("""
                create unlogged table %1$ss_household as
                select h.id::bigint hh, h.category, h.monitoring_type, h.exit_year::numeric exit_year, h.relocated, h.dibao,
                       h.tekun, h.housing_safe, h.water_safe, h.size::numeric size, h.income_year::numeric income_year,
                       h.net_income_fen / 100.0 net_income, h.reference_income_fen / 100.0 reference_income,
                       i.wages_fen / 100.0 wages, i.out_of_pocket_fen / 100.0 out_of_pocket
                from household h left join household_income i on i.household_id = h.id and i.year = h.income_year
                where %2$s""".formatted(prefix, scope.condition("h.id"))).update();
        jdbc.sql("""
                create unlogged table %1$ss_member as
                select p.household_id::bigint hh,
                       (row_number() over (partition by p.household_id order by p.relation = 'HEAD' desc, p.seq) - 1)::int mi,
                       p.id_number, p.relation, p.sex, extract(year from age(%3$s, p.birth_date))::numeric age,
                       p.school_status, p.health,
                       case when p.disability_grade is null then null else right(p.disability_grade, 1)::numeric end disability_grade,
                       p.labour, p.labour in ('SKILLED', 'ORDINARY', 'WEAK') labour_able, p.work_status,
                       p.work_months::numeric work_months,
                       p.work_status <> 'NOT_WORKING' and row_number() over (partition by p.household_id
                           order by p.work_status <> 'NOT_WORKING' desc, p.work_months desc, p.relation = 'HEAD' desc, p.seq) = 1
                           main_earner,
                       p.basic_medical, p.welfare_job
                from person p where %2$s""".formatted(prefix, scope.condition("p.household_id"), d)).update();
        jdbc.sql("""
                create unlogged table %1$ss_feed as
                select m.hh, m.mi, f.item, f.occurred_on date, f.value, f.text_value text, f.department
                from feed_record f join %1$ss_member m on m.id_number = f.id_number""".formatted(prefix)).update();
        for (String t : TABLES) {
            jdbc.sql("analyze " + prefix + t).update();
        }
    }

    /** Writes the three tables as CSV files (with headers) into {@code dir}, for another engine to load. */
    public static void export(JdbcClient jdbc, String prefix, java.nio.file.Path dir) {
        for (String t : TABLES) {
            java.nio.file.Path file = dir.resolve(t + ".csv").toAbsolutePath();
            jdbc.sql("copy " + prefix + t + " to '" + file.toString().replace("'", "''") + "' with (format csv, header true)")
                    .update();
        }
    }

    /** Creates the three tables in DuckDB from the CSV files {@link #export} wrote. */
    public static void loadIntoDuckDb(java.sql.Statement duck, java.nio.file.Path dir) throws java.sql.SQLException {
        String number = "'DECIMAL(18,4)'";
        duck.execute("create or replace table s_household as select * from read_csv(" + path(dir, "s_household") + ", header = true, "
                + "columns = {'hh': 'BIGINT', 'category': 'VARCHAR', 'monitoring_type': 'VARCHAR', 'exit_year': " + number
                + ", 'relocated': 'BOOLEAN', 'dibao': 'BOOLEAN', 'tekun': 'BOOLEAN', 'housing_safe': 'BOOLEAN', "
                + "'water_safe': 'BOOLEAN', 'size': " + number + ", 'income_year': " + number + ", 'net_income': " + number
                + ", 'reference_income': " + number + ", 'wages': " + number + ", 'out_of_pocket': " + number + "})");
        duck.execute("create or replace table s_member as select * from read_csv(" + path(dir, "s_member") + ", header = true, "
                + "columns = {'hh': 'BIGINT', 'mi': 'INTEGER', 'id_number': 'VARCHAR', 'relation': 'VARCHAR', 'sex': 'VARCHAR', "
                + "'age': " + number + ", 'school_status': 'VARCHAR', 'health': 'VARCHAR', 'disability_grade': " + number
                + ", 'labour': 'VARCHAR', 'labour_able': 'BOOLEAN', 'work_status': 'VARCHAR', 'work_months': " + number
                + ", 'main_earner': 'BOOLEAN', 'basic_medical': 'BOOLEAN', 'welfare_job': 'BOOLEAN'})");
        duck.execute("create or replace table s_feed as select * from read_csv(" + path(dir, "s_feed") + ", header = true, "
                + "columns = {'hh': 'BIGINT', 'mi': 'INTEGER', 'item': 'VARCHAR', 'date': 'DATE', 'value': " + number
                + ", 'text': 'VARCHAR', 'department': 'VARCHAR'})");
    }

    private static String path(java.nio.file.Path dir, String table) {
        return "'" + dir.resolve(table + ".csv").toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /** Drops the tables. */
    public static void drop(JdbcClient jdbc, String prefix) {
        for (String t : new String[] {"s_feed", "s_member", "s_household"}) {
            jdbc.sql("drop table if exists " + prefix + t).update();
        }
    }
}
