// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The JSON shapes of the monitoring API. Names are shown as the caller's role allows (DOMAIN.md §3). */
public final class CaseViews {

    private CaseViews() {
    }

    @Schema(description = "风险类型：英文代码与中文名")
    public record RiskView(@Schema(example = "ILLNESS") String code, @Schema(example = "因病") String label) {
    }

    @Schema(description = "一条线索")
    public record LeadView(long id, String householdId,
                           @Schema(description = "HOUSEHOLD_APPLICATION、CADRE_REPORT 或 DEPARTMENT_WARNING") String channel,
                           String channelLabel, LocalDate receivedOn,
                           @Schema(description = "来源：谁、以何种方式报告；部门预警为筛查批次与规则") String source,
                           String riskType, String riskTypeLabel, String ruleCode, Integer ruleVersion, Integer parameterVersion,
                           String note,
                           @Schema(description = "所并入或开启的案件") Long caseId,
                           @Schema(description = "OPENED_CASE（开启案件）、JOINED_CASE（并入已有案件）、MONITORED（户已是监测户）")
                           String disposition,
                           Instant recordedAt, String recordedBy) {
    }

    @Schema(description = "案件流程中的一步")
    public record EventView(int seq, String action, String actionLabel, String stageBefore, String stageAfter, String actor,
                            String level, String levelLabel, LocalDate on, Instant at, String note) {
    }

    @Schema(description = "案件列表中的一件")
    public record CaseSummary(
            long id, String householdId, String villageCode, String villageName,
            @Schema(description = "户主姓名（按角色脱敏）") String headName,
            @Schema(description = "RECOGNITION（识别认定）或 REMOVAL（风险消除）") String kind, String kindLabel,
            String stage, String stageLabel,
            @Schema(description = "待办步骤（已办结为 null）") String step, String stepLabel,
            @Schema(description = "可办理此步的层级") List<String> stepLevels,
            @Schema(description = "首条线索（或风险消除申请）日期，时限自此起算") LocalDate startedOn,
            @Schema(description = "本步最后期限") LocalDate dueOn,
            @Schema(description = "全流程期限（县级确认）") LocalDate deadline,
            boolean overdue,
            @Schema(description = "逾期时由哪一级督办") String escalatedTo,
            @Schema(description = "先帮扶后认定") boolean fastTrack,
            String category, String categoryLabel, List<RiskView> riskTypes, LocalDate closedOn) {
    }

    @Schema(description = "一页案件（键集分页）")
    public record CasePage(List<CaseSummary> items, @Schema(description = "下一页的 after；没有时为 null") String next) {
    }

    @Schema(description = "公示期")
    public record NoticeView(LocalDate from, LocalDate until) {
    }

    @Schema(description = "异议")
    public record ObjectionView(LocalDate on, String text, String recordedBy) {
    }

    @Schema(description = "一件案件的全部信息")
    public record CaseDetails(
            CaseSummary summary,
            @Schema(description = "各步最后期限") java.util.Map<String, LocalDate> deadlines,
            @Schema(description = "开案时的参数版本（时限来自此版本）") int parameterVersion,
            NoticeView notice, List<ObjectionView> objections,
            @Schema(description = "县级确认的决定：类别、风险类型、规则与参数版本、证据（风险消除另有各项条件的核对值）") JsonNode decision,
            @Schema(description = "风险消除申请时村级的核实评估") JsonNode assessment,
            String declinedStep, String declinedStepLabel, String declinedReason,
            List<LeadView> leads, List<EventView> events, int version) {
    }

    @Schema(description = "一户的监测情况")
    public record HouseholdMonitoring(
            String householdId,
            @Schema(description = "NOT_MONITORED、IN_RECOGNITION、MONITORED、IN_REMOVAL") String standing,
            @Schema(description = "认定为监测对象的日期（最近一次县级确认）") LocalDate monitoredSince,
            String category, String categoryLabel, List<RiskView> riskTypes,
            List<CaseSummary> cases, List<LeadView> leads) {
    }

    @Schema(description = "一项未满足的风险消除条件")
    public record UnmetView(@Schema(example = "MONITORED_LONG_ENOUGH") String condition, List<String> details,
                            @Schema(description = "中文说明") String message) {
    }

    @Schema(description = "风险消除条件核对结果：全部未满足的条件及原因")
    public record EligibilityView(String householdId, boolean eligible, List<UnmetView> unmet,
                                  @Schema(description = "核对所用的数据") JsonNode facts, int parameterVersion) {
    }
}
