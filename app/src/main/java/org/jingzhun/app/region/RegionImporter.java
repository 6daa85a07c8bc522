// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.region;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jingzhun.app.platform.csv.CsvHeader.Column;
import org.jingzhun.app.platform.csv.AtomicImport;
import org.jingzhun.app.platform.csv.TableImportRun;
import org.jingzhun.app.platform.csv.ImportProblem;
import org.jingzhun.app.platform.csv.ImportReport;
import org.jingzhun.app.platform.db.CopyWriter;
import org.jingzhun.app.platform.i18n.Messages;
import org.jingzhun.kernel.InvalidCodeException;
import org.jingzhun.kernel.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads divisions from a CSV with the columns {@code code,name} (or 区划代码,名称): any province,
 * or all of China, in the format of {@code regions/36-jiangxi.csv}. Codes may be written with 2, 4,
 * 6, 9 or 12 digits. Every row's parent must be in the file or already in the database. The file is
 * applied in one transaction or, if any row has a problem, not at all; loading the same file again
 * changes nothing.
 */
@Service
public class RegionImporter {

    static final Column CODE = new Column(true, "code", "区划代码");
    static final Column NAME = new Column(true, "name", "名称");
    private static final List<Column> COLUMNS = List.of(CODE, NAME);
    static final int MAX_NAME = 100;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Messages messages;

    public RegionImporter(DataSource dataSource, JdbcClient jdbc, TransactionTemplate tx, Messages messages) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.tx = tx;
        this.messages = messages;
    }

    public ImportReport importCsv(InputStream in, String source) {
        return AtomicImport.run(tx, () -> load(in, source));
    }

    private ImportReport load(InputStream in, String source) throws IOException, SQLException {
        jdbc.sql("""
                create temporary table region_staging (
                    line bigint not null, code varchar(12) collate "C" not null, name text not null,
                    level varchar(8) not null, parent_code varchar(12) collate "C"
                ) on commit drop""").update();
        TableImportRun run = new TableImportRun(messages);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (CopyWriter copy = CopyWriter.open(connection,
                "copy region_staging (line, code, name, level, parent_code) from stdin")) {
            run.read(in, COLUMNS, (line, record, header) -> {
                String rawCode = header.get(record, CODE);
                String name = header.get(record, NAME);
                RegionCode code;
                try {
                    code = RegionCode.parse(rawCode);
                } catch (InvalidCodeException e) {
                    run.problem(new ImportProblem(line, CODE.label(), rawCode, messages.get("code.region." + e.reason())));
                    return;
                }
                if (name == null) {
                    run.problem(new ImportProblem(line, NAME.label(), null, messages.get("region.import.name-missing")));
                } else if (name.length() > MAX_NAME) {
                    run.problem(new ImportProblem(line, NAME.label(), name, messages.get("region.import.name-too-long")));
                }
                // Staged even when the name is bad, so that its children are not also reported as orphans.
                RegionCode parent = code.parent();
                copy.row(line, code.value(), name == null ? "" : name, code.level().key(),
                        parent == null ? null : parent.value());
            });
            copy.finish();
        }
        jdbc.sql("create index on region_staging (code, line)").update();
        jdbc.sql("analyze region_staging").update();
        checkConsistency(run);
        if (run.hasProblems()) {
            return ImportReport.rejected(source, run);
        }
        long[] counts = jdbc.sql("""
                with up as (
                    insert into region (code, name, level, parent_code)
                    select distinct on (code) code, name, level, parent_code from region_staging order by code, line
                    on conflict (code) do update set name = excluded.name where region.name <> excluded.name
                    returning (xmax = 0) as inserted)
                select count(*) filter (where inserted), count(*) filter (where not inserted) from up""")
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        return ImportReport.applied(source, run, counts[0], counts[1]);
    }

    private void checkConsistency(TableImportRun run) {
        jdbc.sql("""
                select s.line, s.code, s.name, f.line as first_line, f.name as first_name
                from region_staging s
                join lateral (select line, name from region_staging f where f.code = s.code order by line limit 1) f on true
                where s.line > f.line and s.name <> f.name and s.name <> '' and f.name <> ''
                order by s.line limit :limit""")
                .param("limit", TableImportRun.MAX_PROBLEMS)
                .query((rs, i) -> new ImportProblem(rs.getLong("line"), CODE.label(), rs.getString("code"),
                        messages.get("region.import.duplicate", rs.getString("code"), rs.getLong("first_line"),
                                rs.getString("first_name"))))
                .list().forEach(run::problem);
        jdbc.sql("""
                select s.line, s.code, s.parent_code from region_staging s
                where s.parent_code is not null
                  and not exists (select 1 from region_staging p where p.code = s.parent_code)
                  and not exists (select 1 from region r where r.code = s.parent_code)
                order by s.line limit :limit""")
                .param("limit", TableImportRun.MAX_PROBLEMS)
                .query((rs, i) -> new ImportProblem(rs.getLong("line"), CODE.label(), rs.getString("code"),
                        messages.get("region.import.parent-missing", rs.getString("parent_code"))))
                .list().forEach(run::problem);
    }
}
