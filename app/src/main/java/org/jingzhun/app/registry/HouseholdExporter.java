// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import org.jingzhun.app.platform.security.DataScope;
import static org.jingzhun.app.registry.HouseholdTemplate.COLUMNS;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jingzhun.app.platform.security.Disclosure;
import org.jingzhun.app.platform.xlsx.SafeCells;
import org.jingzhun.kernel.Masking;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports any household query in the import template (one row per person, household columns on
 * the head's row), as .xlsx or .csv, streamed from a database cursor: memory stays flat whatever
 * the size. ID numbers are text; personal data is masked unless the caller may see it; every
 * cell is neutralised against formula injection.
 */
@Service
public class HouseholdExporter {

    /** Export formats. */
    public enum Format { CSV, XLSX }

    private static final int FETCH = 2_000;
    private static final int ROWS_PER_SHEET = 1_000_000;

    private final JdbcTemplate cursor;
    private final TransactionTemplate tx;

    public HouseholdExporter(DataSource dataSource, TransactionTemplate tx) {
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(FETCH);
        this.tx = tx;
    }

    /**
     * Writes the households matching {@code q} in {@code scope} (taken from the caller before the response
     * is streamed on another thread), personal data as {@code show} says.
     */
    public void export(HouseholdQuery q, Format format, DataScope scope, Disclosure show, OutputStream out)
            throws IOException {
        RowSink sink = format == Format.CSV ? new CsvSink(out) : new XlsxSink(out);
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
        var named = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(cursor);
        var params = q.params(scope);
        Function<String, String> name = show::name;
        Function<String, String> id = show::idNumber;
        Function<String, String> phone = show::phone;
        sink.header();
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly(); // read-only work; a cursor needs a transaction
            named.query(sql, params, (ResultSet rs) -> {
                try {
                    sink.row(row(rs, name, id, phone));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        });
        sink.finish();
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

    private interface RowSink {
        void header() throws IOException;

        void row(String[] values) throws IOException;

        void finish() throws IOException;
    }

    /** UTF-8 with a byte-order mark, so that Excel opens the Chinese correctly. */
    private static final class CsvSink implements RowSink {
        private final Writer w;

        CsvSink(OutputStream out) {
            this.w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        }

        @Override
        public void header() throws IOException {
            w.write('\uFEFF');
            row(HouseholdTemplate.headers().toArray(String[]::new));
        }

        @Override
        public void row(String[] values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    w.write(',');
                }
                String v = SafeCells.neutralise(values[i]);
                if (v != null) {
                    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                        w.write('"');
                        w.write(v.replace("\"", "\"\""));
                        w.write('"');
                    } else {
                        w.write(v);
                    }
                }
            }
            w.write("\r\n");
        }

        @Override
        public void finish() throws IOException {
            w.flush();
        }
    }

    /** One sheet per million rows; flushed as it goes. */
    private static final class XlsxSink implements RowSink {
        private final Workbook wb;
        private Worksheet ws;
        private int sheets;
        private int row;

        XlsxSink(OutputStream out) {
            this.wb = new Workbook(out, "Jingzhun", "1.0");
        }

        @Override
        public void header() {
            ws = wb.newWorksheet(sheets == 0 ? "户" : "户" + (sheets + 1));
            sheets++;
            row = 0;
            java.util.List<String> headers = HouseholdTemplate.headers();
            for (int c = 0; c < headers.size(); c++) {
                ws.value(0, c, headers.get(c));
                ws.style(0, c).bold().set();
            }
            row = 1;
        }

        @Override
        public void row(String[] values) throws IOException {
            if (row > ROWS_PER_SHEET) {
                ws.finish();
                header();
            }
            for (int c = 0; c < values.length; c++) {
                SafeCells.text(ws, row, c, values[c]);
            }
            row++;
            if (row % 1000 == 0) {
                ws.flush();
            }
        }

        @Override
        public void finish() throws IOException {
            wb.finish();
        }
    }
}
