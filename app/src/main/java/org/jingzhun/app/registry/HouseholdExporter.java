// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import static org.jingzhun.app.registry.HouseholdTemplate.COLUMNS;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Function;
import org.jingzhun.app.platform.export.Cursor;
import org.jingzhun.app.platform.export.TableFile;
import org.jingzhun.app.platform.security.DataScope;
import org.jingzhun.app.platform.security.Disclosure;
import org.jingzhun.kernel.Money;
import org.jingzhun.kernel.household.DisabilityGrade;
import org.jingzhun.kernel.household.Education;
import org.jingzhun.kernel.household.Health;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.Labelled;
import org.jingzhun.kernel.household.LabourAbility;
import org.jingzhun.kernel.household.MonitoringType;
import org.jingzhun.kernel.household.Relation;
import org.jingzhun.kernel.household.SchoolStatus;
import org.jingzhun.kernel.household.WorkStatus;
import org.springframework.stereotype.Service;

/**
 * Exports any household query in the import template (one row per person, household columns on
 * the head's row), as .xlsx or .csv, streamed from a database cursor: memory stays flat whatever
 * the size. ID numbers are text; personal data is masked unless the caller may see it; every
 * cell is neutralised against formula injection.
 */
@Service
public class HouseholdExporter {

    private final Cursor cursor;

    public HouseholdExporter(Cursor cursor) {
        this.cursor = cursor;
    }

    /**
     * Writes the households matching {@code q} in {@code scope} (taken from the caller before the response
     * is streamed on another thread), personal data as {@code show} says.
     */
    public void export(HouseholdQuery q, TableFile.Format format, DataScope scope, Disclosure show, OutputStream out) {
        TableFile file = TableFile.open(format, out, "户", HouseholdTemplate.headers());
        String sql = """
                select h.id, h.village_code, h.grid_code, h.category, h.monitoring_type, h.exit_year, h.relocated, h.dibao,
                       h.tekun, h.housing_safe, h.water_safe, i.year, i.wages_fen, i.business_fen, i.property_fen,
                       i.transfer_fen, i.production_costs_fen, i.insurance_payouts_fen, i.out_of_pocket_fen,
                       p.seq, p.name, p.id_number, p.relation, p.ethnicity, p.education, p.school_status, p.health,
                       p.disability_grade, p.labour, p.work_status, p.work_months, p.basic_medical,
                       p.serious_illness_insurance, p.basic_pension, p.commercial_medical, p.welfare_job, p.phone
                from household h
                join person p on p.household_id = h.id
                left join household_income i on i.household_id = h.id and i.year = h.income_year
                where %s
                order by h.id, p.relation = 'HEAD' desc, p.seq""".formatted(q.where());
        Function<String, String> name = show::name;
        Function<String, String> id = show::idNumber;
        Function<String, String> phone = show::phone;
        cursor.each(sql, q.params(scope).getValues(), rs -> file.row(row(rs, name, id, phone)));
        file.finish();
    }

    private static String[] row(ResultSet rs, Function<String, String> name, Function<String, String> id,
                                Function<String, String> phone) throws SQLException {
        String[] v = new String[COLUMNS.size()];
        int c = 0;
        boolean head = "HEAD".equals(rs.getString("relation"));
        v[c++] = rs.getString("id");
        v[c++] = head ? rs.getString("village_code") : null;
        v[c++] = head ? rs.getString("grid_code") : null;
        v[c++] = name.apply(rs.getString("name"));
        v[c++] = id.apply(rs.getString("id_number"));
        v[c++] = label(Relation.class, rs.getString("relation"));
        v[c++] = rs.getString("ethnicity");
        v[c++] = label(Education.class, rs.getString("education"));
        v[c++] = label(SchoolStatus.class, rs.getString("school_status"));
        v[c++] = label(Health.class, rs.getString("health"));
        v[c++] = label(DisabilityGrade.class, rs.getString("disability_grade"));
        v[c++] = label(LabourAbility.class, rs.getString("labour"));
        v[c++] = label(WorkStatus.class, rs.getString("work_status"));
        v[c++] = Integer.toString(rs.getInt("work_months"));
        v[c++] = yesNo(rs, "basic_medical");
        v[c++] = yesNo(rs, "serious_illness_insurance");
        v[c++] = yesNo(rs, "basic_pension");
        v[c++] = yesNo(rs, "commercial_medical");
        v[c++] = yesNo(rs, "welfare_job");
        v[c++] = phone.apply(rs.getString("phone"));
        if (head) {
            v[c++] = label(HouseholdCategory.class, rs.getString("category"));
            v[c++] = label(MonitoringType.class, rs.getString("monitoring_type"));
            v[c++] = rs.getString("exit_year");
            v[c++] = rs.getString("year");
            for (String money : new String[] {"wages_fen", "business_fen", "property_fen", "transfer_fen",
                    "production_costs_fen", "insurance_payouts_fen", "out_of_pocket_fen"}) {
                long fen = rs.getLong(money);
                v[c++] = rs.wasNull() ? null : new Money(fen).toString();
            }
            v[c++] = yesNo(rs, "housing_safe");
            v[c++] = yesNo(rs, "water_safe");
            v[c++] = yesNo(rs, "relocated");
            v[c++] = yesNo(rs, "dibao");
            v[c] = yesNo(rs, "tekun");
        }
        return v;
    }

    private static String yesNo(ResultSet rs, String column) throws SQLException {
        boolean b = rs.getBoolean(column);
        return rs.wasNull() ? null : b ? HouseholdTemplate.YES : HouseholdTemplate.NO;
    }

    private static <E extends Enum<E> & Labelled> String label(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name).label();
    }
}
