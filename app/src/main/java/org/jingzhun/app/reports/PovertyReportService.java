// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jingzhun.app.exit.PovertyHistory;
import org.jingzhun.app.platform.web.NotFoundException;
import org.jingzhun.app.platform.xlsx.SafeCells;
import org.jingzhun.app.region.RegionService;
import org.jingzhun.kernel.RegionCode;
import org.springframework.stereotype.Service;

/**
 * 贫困状况报表: poor persons, incidence, poor villages and exited counties of a region at a year's end —
 * every figure counted from the registry's history (per household, village and county) when the
 * report runs, nothing kept as a total.
 */
@Service
public class PovertyReportService {

    private final PovertyHistory history;
    private final RegionService regions;

    PovertyReportService(PovertyHistory history, RegionService regions) {
        this.history = history;
        this.regions = regions;
    }

    public PovertyReport report(RegionCode region, int year) {
        PovertyHistory.YearEnd y = history.at(region, year);
        if (!y.hasPopulation() && y.poorPersons() == 0) {
            throw new NotFoundException("problem.report.no-data.title", "problem.report.no-data", region.value(), String.valueOf(year));
        }
        Map<String, String> names = regions.names(y.exitedCounties());
        List<String> countyNames = y.exitedCounties().stream().map(c -> names.getOrDefault(c, c)).toList();
        return new PovertyReport(region.value(), regions.get(region.value()).name(), year, y.ruralPersons(), y.poorPersons(),
                y.incidence().value(), y.poorVillages(), y.exitedCounties(), countyNames);
    }

    /** The reports of {@code from}..{@code to}, years without data left out. */
    public List<PovertyReport> series(RegionCode region, int from, int to) {
        List<PovertyReport> out = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            try {
                out.add(report(region, year));
            } catch (NotFoundException e) {
                // no history for that year
            }
        }
        return out;
    }

    /** The series as a workbook: one row per year. */
    static void write(List<PovertyReport> reports, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Jingzhun", "1.0");
        Worksheet ws = wb.newWorksheet("贫困状况");
        String[] headers = {"区划代码", "区划名称", "年度", "乡村户籍人口", "贫困人口", "贫困发生率(%)", "贫困村", "已摘帽贫困县数", "已摘帽贫困县"};
        for (int c = 0; c < headers.length; c++) {
            ws.value(0, c, headers[c]);
            ws.style(0, c).bold().set();
        }
        int r = 1;
        for (PovertyReport p : reports) {
            SafeCells.text(ws, r, 0, p.region());
            SafeCells.text(ws, r, 1, p.regionName());
            ws.value(r, 2, p.year());
            ws.value(r, 3, p.ruralPersons());
            ws.value(r, 4, p.poorPersons());
            if (p.incidence() != null) {
                ws.value(r, 5, p.incidence().movePointRight(2));
            }
            ws.value(r, 6, p.poorVillages());
            ws.value(r, 7, p.exitedCounties().size());
            SafeCells.text(ws, r, 8, String.join("、", p.exitedCountyNames()));
            r++;
        }
        ws.width(8, 80);
        wb.finish();
    }
}
