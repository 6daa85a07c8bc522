// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jingzhun.app.monitoring.MonthlyReport.CountyRow;
import org.jingzhun.app.monitoring.MonthlyReport.MeasureCount;
import org.jingzhun.app.platform.xlsx.SafeCells;

/**
 * The monthly report as a workbook: a summary sheet (one row per county and a total), risk types
 * per county, and measures per county and type. Codes are text; every text cell is neutralised.
 */
final class MonthlyReportXlsx {

    private MonthlyReportXlsx() {
    }

    static void write(MonthlyReport r, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Jingzhun", "1.0");
        Map<String, Map<String, String>> legend = r.legend();
        List<CountyRow> rows = new ArrayList<>(r.counties());
        rows.add(r.total());

        Worksheet summary = wb.newWorksheet("月报汇总");
        List<String> headers = new ArrayList<>(List.of("区划代码", "县（市、区）"));
        legend.get("channels").values().forEach(c -> headers.add("本月线索：" + c));
        legend.get("categories").values().forEach(c -> headers.add("本月新认定：" + c));
        legend.get("categories").values().forEach(c -> headers.add("监测对象户数：" + c));
        headers.addAll(List.of("监测对象户数合计", "本月风险消除", "本月不予认定", "本月风险消除不予通过", "未办结案件", "逾期未办结",
                "本月逾期办结", "超时限无帮扶措施户数"));
        title(summary, r, headers);
        int row = 3;
        for (CountyRow c : rows) {
            int col = county(summary, row, c, r);
            for (String k : legend.get("channels").keySet()) {
                summary.value(row, col++, c.leads().get(k));
            }
            for (String k : legend.get("categories").keySet()) {
                summary.value(row, col++, c.newlyMonitored().get(k));
            }
            long monitored = 0;
            for (String k : legend.get("categories").keySet()) {
                summary.value(row, col++, c.monitored().get(k));
                monitored += c.monitored().get(k);
            }
            for (long v : new long[] {monitored, c.removed(), c.declinedRecognitions(), c.declinedRemovals(), c.openCases(),
                    c.overdue(), c.closedLate(), c.missingMeasures()}) {
                summary.value(row, col++, v);
            }
            row++;
        }

        Worksheet risks = wb.newWorksheet("风险类型");
        List<String> riskHeaders = new ArrayList<>(List.of("区划代码", "县（市、区）"));
        legend.get("riskTypes").values().forEach(riskHeaders::add);
        title(risks, r, riskHeaders);
        row = 3;
        for (CountyRow c : rows) {
            int col = county(risks, row, c, r);
            for (String k : legend.get("riskTypes").keySet()) {
                risks.value(row, col++, c.riskTypes().get(k));
            }
            row++;
        }

        Worksheet measures = wb.newWorksheet("帮扶措施");
        title(measures, r, List.of("区划代码", "县（市、区）", "措施类型", "本月计划", "本月落实", "本月落实金额（元）"));
        row = 3;
        for (CountyRow c : rows) {
            for (var e : legend.get("measureTypes").entrySet()) {
                MeasureCount m = c.measures().get(e.getKey());
                int col = county(measures, row, c, r);
                SafeCells.text(measures, row, col++, e.getValue());
                measures.value(row, col++, m.planned());
                measures.value(row, col++, m.carriedOut());
                measures.value(row, col, m.amount());
                row++;
            }
        }
        wb.finish();
    }

    private static void title(Worksheet ws, MonthlyReport r, List<String> headers) {
        SafeCells.text(ws, 0, 0, r.regionName() + " " + r.month() + " 防返贫监测月报（" + r.from() + " 至 " + r.to() + "；月末状态统计至 "
                + r.asOf() + "）");
        for (int i = 0; i < headers.size(); i++) {
            SafeCells.text(ws, 2, i, headers.get(i));
            ws.style(2, i).bold().set();
        }
    }

    private static int county(Worksheet ws, int row, CountyRow c, MonthlyReport r) {
        boolean total = c == r.total();
        SafeCells.text(ws, row, 0, c.countyCode());
        SafeCells.text(ws, row, 1, total ? "合计（" + c.countyName() + "）" : c.countyName());
        return 2;
    }
}
