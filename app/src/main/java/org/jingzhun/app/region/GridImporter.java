// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.region;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jingzhun.app.platform.csv.AtomicImport;
import org.jingzhun.app.platform.csv.CsvHeader.Column;
import org.jingzhun.app.platform.csv.TableImportRun;
import org.jingzhun.app.platform.csv.ImportProblem;
import org.jingzhun.app.platform.csv.ImportReport;
import org.jingzhun.app.platform.db.CopyWriter;
import org.jingzhun.app.platform.i18n.Messages;
import org.jingzhun.kernel.GridCode;
import org.jingzhun.kernel.InvalidCodeException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads production grids from a CSV with the columns {@code code,name[,kind]} (or 网格编码,网格名称,网格类型):
 * 15-digit codes under existing villages; the kind (农村/城市) defaults to what the village's name
 * says. All or nothing, and idempotent, like the region import.
 */
@Service
public class GridImporter {

    static final Column CODE = new Column(true, "code", "网格编码");
    static final Column NAME = new Column(true, "name", "网格名称", "名称");
    static final Column KIND = new Column(false, "kind", "网格类型", "类型");
    private static final List<Column> COLUMNS = List.of(CODE, NAME, KIND);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Messages messages;

    public GridImporter(DataSource dataSource, JdbcClient jdbc, TransactionTemplate tx, Messages messages) {
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
                create temporary table grid_staging (
                    line bigint not null, code varchar(15) collate "C" not null,
                    village_code varchar(12) collate "C" not null, name text not null, kind varchar(5)
                ) on commit drop""").update();
        TableImportRun run = new TableImportRun(messages);
        try (CopyWriter copy = CopyWriter.open(DataSourceUtils.getConnection(dataSource),
                "copy grid_staging (line, code, village_code, name, kind) from stdin")) {
            run.read(in, COLUMNS, (line, record, header) -> {
                String rawCode = header.get(record, CODE);
                String name = header.get(record, NAME);
                String rawKind = header.get(record, KIND);
                GridCode code;
                try {
                    code = GridCode.parse(rawCode);
                } catch (InvalidCodeException e) {
                    run.problem(new ImportProblem(line, CODE.label(), rawCode, messages.get("code.grid." + e.reason())));
                    return;
                }
                GridKind kind = rawKind == null ? null : GridKind.parse(rawKind);
                if (rawKind != null && kind == null) {
                    run.problem(new ImportProblem(line, KIND.label(), rawKind, messages.get("grid.import.kind-invalid")));
                } else if (name == null) {
                    run.problem(new ImportProblem(line, NAME.label(), null, messages.get("region.import.name-missing")));
                } else if (name.length() > RegionImporter.MAX_NAME) {
                    run.problem(new ImportProblem(line, NAME.label(), name, messages.get("region.import.name-too-long")));
                } else {
                    copy.row(line, code.value(), code.village().value(), name, kind == null ? null : kind.name());
                }
            });
            copy.finish();
        }
        jdbc.sql("create index on grid_staging (code, line)").update();
        checkConsistency(run);
        if (run.hasProblems()) {
            return ImportReport.rejected(source, run);
        }
        long[] counts = jdbc.sql("""
                with up as (
                    insert into grid (code, village_code, name, kind, source)
                    select distinct on (s.code) s.code, s.village_code, s.name,
                           coalesce(s.kind, case when v.name ~ :urban then 'URBAN' else 'RURAL' end),
                           'IMPORT'
                    from grid_staging s join region v on v.code = s.village_code
                    order by s.code, s.line
                    on conflict (code) do update set name = excluded.name, kind = excluded.kind, source = 'IMPORT'
                        where (grid.name, grid.kind, grid.source) is distinct from (excluded.name, excluded.kind, 'IMPORT')
                    returning (xmax = 0) as inserted)
                select count(*) filter (where inserted), count(*) filter (where not inserted) from up""")
                .param("urban", GridKind.URBAN_NAME.pattern())
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        return ImportReport.applied(source, run, counts[0], counts[1]);
    }

    private void checkConsistency(TableImportRun run) {
        jdbc.sql("""
                select s.line, s.code, f.line as first_line
                from grid_staging s
                join lateral (select line, name, kind from grid_staging f where f.code = s.code order by line limit 1) f on true
                where s.line > f.line and (s.name, s.kind) is distinct from (f.name, f.kind)
                order by s.line limit :limit""")
                .param("limit", TableImportRun.MAX_PROBLEMS)
                .query((rs, i) -> new ImportProblem(rs.getLong("line"), CODE.label(), rs.getString("code"),
                        messages.get("grid.import.duplicate", rs.getString("code"), rs.getLong("first_line"))))
                .list().forEach(run::problem);
        jdbc.sql("""
                select s.line, s.code, s.village_code from grid_staging s
                where not exists (select 1 from region r where r.code = s.village_code and r.level = 'village')
                order by s.line limit :limit""")
                .param("limit", TableImportRun.MAX_PROBLEMS)
                .query((rs, i) -> new ImportProblem(rs.getLong("line"), CODE.label(), rs.getString("code"),
                        messages.get("grid.import.village-missing", rs.getString("village_code"))))
                .list().forEach(run::problem);
    }
}
