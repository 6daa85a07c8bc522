// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.assistance;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the help (帮扶) API. Names are shown as the caller's role allows. */
public final class AssistanceViews {

    private AssistanceViews() {
    }

    @Schema(description = "风险类型：英文代码与中文名")
    public record RiskLabel(@Schema(example = "ILLNESS") String code, @Schema(example = "因病") String label) {
    }

    @Schema(description = "帮扶措施目录中的一项")
    public record MeasureTypeView(@Schema(example = "MEDICAL_SECURITY") String code, @Schema(example = "医疗保障") String name,
                                  @Schema(description = "上级措施代码（如公益岗位属于就业帮扶）") String parent,
                                  @Schema(description = "通常针对的风险类型（提示，不作限制）") List<RiskLabel> riskTypes) {
    }

    @Schema(description = "一项帮扶措施")
    public record MeasureView(long id, String householdId,
                              @Schema(description = "所属帮扶计划（识别认定案件号）；系统上线前已是监测户的为 null") Long planCaseId,
                              String type, String typeName, String riskType, String riskTypeLabel,
                              @Schema(description = "PLANNED（计划）或 CARRIED_OUT（已落实）") String status, String statusLabel,
                              LocalDate plannedOn, LocalDate carriedOutOn,
                              @Schema(description = "金额（元）") BigDecimal amount,
                              @Schema(description = "责任单位") String responsibleUnit,
                              @Schema(description = "帮扶成效") String effect, String note,
                              Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, int version) {
    }

    @Schema(description = "一项风险的帮扶：措施、是否已有措施、无措施时的落实期限与是否已超期标记")
    public record RiskCoverage(String riskType, String label, List<MeasureView> measures, boolean covered, LocalDate dueOn,
                               boolean flagged) {
    }

    @Schema(description = "一户的帮扶计划：每项风险及其措施")
    public record HouseholdPlan(String householdId, String headName,
                                @Schema(description = "帮扶计划（识别认定案件号），没有时为 null") Long caseId,
                                @Schema(description = "先帮扶后认定、尚未县级确认") boolean provisional,
                                @Schema(description = "帮扶起算日（县级确认或决定先帮扶之日）") LocalDate dueFrom,
                                @Schema(description = "每项风险落实措施的时限（天，参数 measure_due_days）") int dueDays,
                                List<RiskCoverage> risks,
                                @Schema(description = "该户全部措施（含不在当前计划中的）") List<MeasureView> measures) {
    }

    @Schema(description = "有风险超过时限仍无帮扶措施的监测户")
    public record GapView(String householdId, String villageCode, String villageName, String headName, long caseId,
                          LocalDate dueFrom, LocalDate dueOn, List<RiskLabel> missing) {
    }

    @Schema(description = "一页无措施监测户（按户编号的键集分页）")
    public record GapPage(List<GapView> items, String next) {
    }

    /** A household's measures in brief, for risk removal. */
    public record MeasureSummary(int carriedOut, java.util.Set<org.jingzhun.kernel.monitoring.RiskType> risksHelped) {
    }

    /** Measures of one county and type over a period, for the monthly report. */
    public record TypeCount(String countyCode, String type, long planned, long carriedOut, BigDecimal amount) {
    }
}
