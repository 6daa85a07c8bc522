// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import org.jingzhun.app.platform.csv.ImportProblem;
import org.jingzhun.app.platform.csv.TableImportRun;
import org.jingzhun.app.platform.i18n.Messages;
import org.jingzhun.app.platform.security.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The checks of a household import that need more than one row or the database, run as set-based
 * SQL over {@code row_stage}. Households with a row that already failed its own checks are skipped,
 * so that one mistake is reported once, where it is.
 */
final class HouseholdChecks {

    private static final String GOOD = """
            not exists (select 1 from row_stage b where b.household_id = s.household_id and b.rejected)""";

    private final JdbcClient jdbc;
    private final Messages messages;

    private final DataScope scope;

    HouseholdChecks(JdbcClient jdbc, Messages messages, DataScope scope) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.scope = scope;
    }

    void check(TableImportRun run) {
        int limit = TableImportRun.MAX_PROBLEMS;
        // exactly one head per household: one pass counts, details only when something is wrong
        long[] heads = jdbc.sql("""
                select count(*) filter (where heads = 0), count(*) filter (where heads > 1) from (
                    select count(*) filter (where is_head) as heads, bool_or(rejected) as bad
                    from row_stage group by household_id) h where not bad""")
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        if (heads[0] > 0) {
            jdbc.sql("""
                    select min(line), household_id from row_stage s where not rejected and %s
                    group by household_id having count(*) filter (where is_head) = 0 order by 1 limit :limit""".formatted(GOOD))
                    .param("limit", limit)
                    .query((rs, i) -> problem(rs.getLong(1), HouseholdTemplate.RELATION.label(), null,
                            "registry.import.no-head", rs.getString(2)))
                    .list().forEach(run::problem);
        }
        if (heads[1] > 0) {
            jdbc.sql("""
                    select line, household_id, first_line from (
                        select line, household_id, min(line) over (partition by household_id) as first_line
                        from row_stage s where is_head and %s) h
                    where line > first_line order by line limit :limit""".formatted(GOOD))
                    .param("limit", limit)
                    .query((rs, i) -> problem(rs.getLong(1), HouseholdTemplate.RELATION.label(), "户主",
                            "registry.import.two-heads", rs.getString(2), rs.getLong(3)))
                    .list().forEach(run::problem);
        }
        // one person, one place: within the file ...
        jdbc.sql("""
                select line, id_number, first_line from (
                    select line, id_number, min(line) over (partition by id_number) as first_line
                    from row_stage where not rejected) d
                where line > first_line order by line limit :limit""")
                .param("limit", limit)
                .query((rs, i) -> problem(rs.getLong(1), HouseholdTemplate.ID_NUMBER.label(), rs.getString(2),
                        "registry.import.duplicate-person", rs.getLong(3)))
                .list().forEach(run::problem);
        // ... and against households already registered that this file does not rewrite
        jdbc.sql("""
                select s.line, s.id_number, h.village_code like :scope and (:grid = '' or h.grid_code = :grid) as visible,
                       p.household_id,
                       coalesce(v.name, h.village_code) as village
                from row_stage s
                join person p on p.id_number = s.id_number and p.household_id <> s.household_id
                join household h on h.id = p.household_id
                left join region v on v.code = h.village_code
                where not s.rejected
                  and not exists (select 1 from row_stage o where o.household_id = p.household_id and o.is_head)
                order by s.line limit :limit""")
                .param("limit", limit).params(scope.params())
                // where the other household lies outside the user's region, only that it exists is said
                .query((rs, i) -> rs.getBoolean(3)
                        ? problem(rs.getLong(1), HouseholdTemplate.ID_NUMBER.label(), rs.getString(2),
                        "registry.import.person-elsewhere", rs.getString(4), rs.getString(5))
                        : problem(rs.getLong(1), HouseholdTemplate.ID_NUMBER.label(), rs.getString(2),
                        "registry.import.person-elsewhere-hidden"))
                .list().forEach(run::problem);
        // the places must exist
        jdbc.sql("""
                select s.line, s.village_code from row_stage s
                where s.village_code is not null
                  and not exists (select 1 from region r where r.code = s.village_code and r.level = 'village')
                order by s.line limit :limit""")
                .param("limit", limit)
                .query((rs, i) -> problem(rs.getLong(1), HouseholdTemplate.REGION_CODE.label(), rs.getString(2),
                        "registry.import.village-missing", rs.getString(2)))
                .list().forEach(run::problem);
        jdbc.sql("""
                select s.line, s.village_code from row_stage s
                where s.village_code is not null and s.village_code not like :scope
                order by s.line limit :limit""")
                .param("limit", limit).params(scope.params())
                .query((rs, i) -> problem(rs.getLong(1), HouseholdTemplate.REGION_CODE.label(), rs.getString(2),
                        "registry.import.out-of-scope", rs.getString(2)))
                .list().forEach(run::problem);
        // a grid worker writes only households of their grid, into their grid
        jdbc.sql("""
                select s.line, s.grid_code from row_stage s
                where :grid <> '' and s.is_head and not s.rejected and s.village_code like :scope
                  and (s.grid_code is distinct from :grid
                       or exists (select 1 from household h where h.id = s.household_id and h.grid_code is distinct from :grid))
                order by s.line limit :limit""")
                .param("limit", limit).params(scope.params())
                .query((rs, i) -> problem(rs.getLong(1), HouseholdTemplate.GRID_CODE.label(), rs.getString(2),
                        "registry.import.out-of-grid", scope.grid()))
                .list().forEach(run::problem);
        jdbc.sql("""
                select s.line, s.grid_code from row_stage s
                where s.grid_code is not null and not exists (select 1 from grid g where g.code = s.grid_code)
                order by s.line limit :limit""")
                .param("limit", limit)
                .query((rs, i) -> problem(rs.getLong(1), HouseholdTemplate.GRID_CODE.label(), rs.getString(2),
                        "registry.import.grid-missing", rs.getString(2)))
                .list().forEach(run::problem);
        checkOtherRowsAgreeWithTheHead(run, limit);
    }

    /** Household columns given on a member's row must equal the head's; the first differing column is named. */
    private void checkOtherRowsAgreeWithTheHead(TableImportRun run, int limit) {
        StringBuilder firstDifference = new StringBuilder("case");
        for (int i = 0; i < HouseholdStaging.HOUSEHOLD_STAGE_COLUMNS.size(); i++) {
            String c = HouseholdStaging.HOUSEHOLD_STAGE_COLUMNS.get(i);
            firstDifference.append(" when m.").append(c).append(" is not null and m.").append(c)
                    .append(" is distinct from h.").append(c).append(" then '")
                    .append(HouseholdTemplate.HOUSEHOLD_COLUMNS.get(i).label()).append("'");
        }
        firstDifference.append(" end");
        jdbc.sql("""
                select m.line, %s as column_label, h.line as head_line
                from row_stage m join row_stage h on h.household_id = m.household_id and h.is_head
                where m.gives_household and not m.is_head and not m.rejected
                  and (%s) is not null
                order by m.line limit :limit""".formatted(firstDifference, firstDifference))
                .param("limit", limit)
                .query((rs, i) -> problem(rs.getLong(1), rs.getString(2), null,
                        "registry.import.differs-from-head", rs.getLong(3)))
                .list().forEach(run::problem);
    }

    private ImportProblem problem(long row, String column, String value, String key, Object... args) {
        return new ImportProblem(row, column, value, messages.get(key, args));
    }
}
