// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jingzhun.kernel.Masking;
import org.springframework.web.util.HtmlUtils;

/**
 * 公示 — the village notice as printable HTML (Chinese). It lists households by the head's masked
 * name, household size and category only: never an ID number, phone, bank account, health detail —
 * nor the risk types, since 因病 and 因残 are health details — and gives the objection period.
 */
final class NoticeDocument {

    /** One line of the notice. */
    record Line(String headName, int size, String category, LocalDate from, LocalDate until) {
    }

    /** A notice: the village, who signs it, its township, the households to be recognised and those whose risk is to be removed. */
    record Notice(String villageName, String committee, String townshipName, LocalDate date, List<Line> recognitions,
                  List<Line> removals) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private NoticeDocument() {
    }

    static String html(Notice n) {
        StringBuilder b = new StringBuilder(4096);
        String village = esc(n.villageName());
        b.append("""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="UTF-8"><title>%s防止返贫监测公示</title>
                <style>
                body{font-family:"SimSun","Songti SC",serif;max-width:190mm;margin:12mm auto;line-height:1.8;color:#000}
                h1{font-size:22pt;text-align:center;margin:0 0 6mm}
                h2{font-size:15pt;margin:8mm 0 3mm}
                table{border-collapse:collapse;width:100%%;font-size:12pt}
                th,td{border:1px solid #000;padding:2mm 3mm;text-align:center}
                p{text-indent:2em;font-size:13pt;margin:2mm 0}
                .sign{text-align:right;margin-top:12mm;font-size:13pt}
                @media print{body{margin:0 auto}}
                </style></head><body>
                <h1>%s防止返贫监测公示</h1>
                """.formatted(village, village));
        if (n.recognitions().isEmpty() && n.removals().isEmpty()) {
            b.append("<p>").append(esc(DATE.format(n.date()))).append("无公示中的农户。</p>");
        }
        section(b, n, "拟纳入防止返贫监测对象的农户",
                "经农户申请、基层干部排查或部门筛查预警，入户核实并经村级民主评议，拟将以下农户纳入防止返贫监测对象，现予以公示。",
                "拟认定类别", n.recognitions());
        section(b, n, "拟标注风险消除的监测对象",
                "经入户核实并经村级民主评议，以下监测对象的返贫致贫风险已经消除，拟标注为风险消除，现予以公示。",
                "监测对象类别", n.removals());
        b.append("<p>公示期间，如有异议，请以书面、电话或当面方式向").append(esc(n.committee())).append("或")
                .append(esc(n.townshipName())).append("人民政府反映。反映情况须实事求是，以便核实。</p>")
                .append("<div class=\"sign\">").append(esc(n.committee())).append("<br>").append(esc(DATE.format(n.date())))
                .append("</div></body></html>\n");
        return b.toString();
    }

    private static void section(StringBuilder b, Notice n, String title, String intro, String categoryHeader, List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        b.append("<h2>").append(title).append("</h2><p>").append(intro).append("</p>")
                .append("<table><thead><tr><th>序号</th><th>户主</th><th>家庭人口</th><th>").append(categoryHeader)
                .append("</th><th>公示期（异议期）</th></tr></thead><tbody>");
        int i = 1;
        for (Line l : lines) {
            long days = ChronoUnit.DAYS.between(l.from(), l.until()) + 1;
            b.append("<tr><td>").append(i++).append("</td><td>").append(esc(Masking.name(l.headName()))).append("</td><td>")
                    .append(l.size()).append("</td><td>").append(esc(l.category() == null ? "" : l.category()))
                    .append("</td><td>").append(DATE.format(l.from())).append("至").append(DATE.format(l.until()))
                    .append("（").append(days).append("天）</td></tr>");
        }
        b.append("</tbody></table>");
    }

    private static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
