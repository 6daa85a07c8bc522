// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 防返贫监测月报 — per county for one month: leads by channel; households newly recognised, removed
 * and declined; households monitored at the month's end by category and risk type; measures planned
 * and carried out by type with their amounts; open, overdue and late cases; households whose risks
 * still lack a measure.
 */
@Schema(description = "防返贫监测月报（按县）")
public record MonthlyReport(
        String region, String regionName,
        @Schema(example = "2026-11") String month, LocalDate from, LocalDate to,
        @Schema(description = "月末状态的统计时点：月末，或本月为今天") LocalDate asOf,
        @Schema(description = "各代码的中文名：channels、categories、riskTypes、measureTypes") Map<String, Map<String, String>> legend,
        List<CountyRow> counties, CountyRow total) {

    @Schema(description = "一县的月报")
    public record CountyRow(
            String countyCode, String countyName,
            @Schema(description = "本月线索数，按渠道") Map<String, Long> leads,
            @Schema(description = "本月新认定监测对象户数，按类别") Map<String, Long> newlyMonitored,
            @Schema(description = "统计时点监测对象户数（未消除风险），按类别") Map<String, Long> monitored,
            @Schema(description = "统计时点监测对象户数，按风险类型（一户可有多项）") Map<String, Long> riskTypes,
            @Schema(description = "本月帮扶措施，按措施类型") Map<String, MeasureCount> measures,
            @Schema(description = "本月风险消除户数") long removed,
            @Schema(description = "本月不予认定的识别认定案件数") long declinedRecognitions,
            @Schema(description = "本月不予通过的风险消除案件数") long declinedRemovals,
            @Schema(description = "统计时点未办结案件数") long openCases,
            @Schema(description = "统计时点超过全程期限仍未办结的案件数") long overdue,
            @Schema(description = "本月办结但超过全程期限的案件数") long closedLate,
            @Schema(description = "统计时点有风险超过时限仍无帮扶措施的户数") long missingMeasures) {
    }

    @Schema(description = "一类措施：本月计划、落实条数与落实金额（元）")
    public record MeasureCount(long planned, long carriedOut, BigDecimal amount) {

        MeasureCount plus(MeasureCount o) {
            return new MeasureCount(planned + o.planned, carriedOut + o.carriedOut, amount.add(o.amount));
        }
    }

    /** The sum of the county rows. */
    static CountyRow total(List<CountyRow> rows, String code, String name) {
        Map<String, Long> leads = new LinkedHashMap<>();
        Map<String, Long> newly = new LinkedHashMap<>();
        Map<String, Long> monitored = new LinkedHashMap<>();
        Map<String, Long> risks = new LinkedHashMap<>();
        Map<String, MeasureCount> measures = new LinkedHashMap<>();
        long removed = 0, declinedRec = 0, declinedRem = 0, open = 0, overdue = 0, late = 0, missing = 0;
        for (CountyRow r : rows) {
            r.leads().forEach((k, v) -> leads.merge(k, v, Long::sum));
            r.newlyMonitored().forEach((k, v) -> newly.merge(k, v, Long::sum));
            r.monitored().forEach((k, v) -> monitored.merge(k, v, Long::sum));
            r.riskTypes().forEach((k, v) -> risks.merge(k, v, Long::sum));
            r.measures().forEach((k, v) -> measures.merge(k, v, MeasureCount::plus));
            removed += r.removed();
            declinedRec += r.declinedRecognitions();
            declinedRem += r.declinedRemovals();
            open += r.openCases();
            overdue += r.overdue();
            late += r.closedLate();
            missing += r.missingMeasures();
        }
        return new CountyRow(code, name, leads, newly, monitored, risks, measures, removed, declinedRec, declinedRem, open,
                overdue, late, missing);
    }
}
