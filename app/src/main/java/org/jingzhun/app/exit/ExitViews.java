// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.exit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the exit evaluation API. Rates are fractions (0.0921 = 9.21 %). */
public final class ExitViews {

    private ExitViews() {
    }

    @Schema(description = "一项退出标准的判定")
    public record CriterionView(
            @Schema(description = "INCOME、HOUSING、EDUCATION、MEDICAL、WATER、INCIDENCE、WRONG_EXIT、MISSED、RECOGNITION") String criterion,
            String label,
            @Schema(description = "PASS 达标、FAIL 未达标、UNKNOWN 缺少数据无法判定") String verdict,
            @Schema(description = "比较的数值：比率（小数）、金额（元）或不达标的人数") BigDecimal value,
            @Schema(description = "阈值（是否类标准为 null）") BigDecimal threshold,
            @Schema(description = "比率的分子（如贫困人口）") Long numerator,
            @Schema(description = "比率的分母（如乡村户籍人口）") Long denominator,
            String explanation) {
    }

    @Schema(description = "一次退出评估：各项标准及总的判定")
    public record EvaluationView(
            @Schema(description = "HOUSEHOLD、VILLAGE、COUNTY") String level,
            @Schema(description = "评估的年度（年末数据）") int year,
            @Schema(description = "PASS：各项均达标；FAIL：有未达标项；UNKNOWN：无未达标项但有无法判定项") String verdict,
            @Schema(description = "所用参数版本") int parameterVersion,
            List<CriterionView> criteria,
            @Schema(description = "未达标或无法判定的原因（中文）") List<String> reasons) {
    }

    @Schema(description = "建档立卡记录")
    public record PoorRecord(@Schema(description = "识别年度（2013 即 2014 年建档立卡时的 2013 年底基数）") int identifiedYear,
                             @Schema(description = "脱贫年度") Integer exitYear, int persons) {
    }

    @Schema(description = "贫困户退出评估")
    public record HouseholdEvaluationView(
            String householdId, int year,
            @Schema(description = "AS_OF_YEAR_END：按该年底的登记信息；CURRENT：登记信息晚于该年度，按当前信息") String basis,
            @Schema(description = "建档立卡记录，未建档立卡为 null") PoorRecord registeredPoor,
            @Schema(description = "该年度扶贫标准（元/人·年）") BigDecimal povertyLine,
            EvaluationView evaluation) {
    }

    @Schema(description = "贫困村退出评估")
    public record VillageEvaluationView(String code, String name,
                                        @Schema(description = "是否贫困村") boolean poorVillage,
                                        Integer designatedYear, @Schema(description = "退出年度") Integer exitYear,
                                        @Schema(description = "深度贫困村") boolean deeplyPoor,
                                        long ruralPersons, long poorPersons, EvaluationView evaluation) {
    }

    @Schema(description = "贫困县退出评估（三率一度）")
    public record CountyEvaluationView(String code, String name,
                                       @Schema(description = "是否贫困县") boolean povertyCounty,
                                       @Schema(description = "批准退出（摘帽）年度") Integer exitYear,
                                       @Schema(description = "批准所依据的评估年度") Integer assessedYear,
                                       long ruralPersons, long poorPersons, EvaluationView evaluation) {
    }

    @Schema(description = "第三方评估抽样调查：一批样本户")
    public record SurveyBatch(@Schema(description = "县级区划代码") String county,
                              @Schema(description = "评估年度") Integer year,
                              @Schema(description = "调查单位") String surveyor,
                              LocalDate surveyedOn,
                              List<SurveyEntryInput> entries) {
    }

    @Schema(description = "一户样本；同一县、年度的同一户再次报送即更正")
    public record SurveyEntryInput(@Schema(description = "户编号") String householdId,
                                   @Schema(description = "EXITED 已脱贫户样本（查错退）、NON_POOR 非建档立卡户样本（查漏评）") String sample,
                                   @Schema(description = "户人数") Integer persons,
                                   @Schema(description = "错退（仅 EXITED 样本）") Boolean wrongExit,
                                   @Schema(description = "漏评（仅 NON_POOR 样本）") Boolean missed,
                                   @Schema(description = "是否认可脱贫成效；null 为未询问") Boolean recognises) {
    }

    @Schema(description = "一户样本")
    public record SurveyEntryView(long id, String householdId, String villageCode, String sample, int persons, boolean wrongExit,
                                  boolean missed, Boolean recognises, LocalDate surveyedOn, String surveyor, Instant createdAt,
                                  String createdBy) {
    }

    @Schema(description = "抽样调查汇总（三率一度中的两率一度）")
    public record SurveyTally(
            @Schema(description = "错退率 = 错退人数 / 已脱贫样本人数") BigDecimal wrongExitRate, long wrongExitPersons,
            long exitedSamplePersons,
            @Schema(description = "漏评率 = 漏评人数 / 非建档立卡样本人数") BigDecimal missedRate, long missedPersons,
            long nonPoorSamplePersons,
            @Schema(description = "群众认可度 = 认可户数 / 受访户数") BigDecimal recognition, long recognisingHouseholds,
            long askedHouseholds) {
    }

    @Schema(description = "某县某年度的抽样调查")
    public record SurveyView(String county, int year, List<SurveyEntryView> entries, SurveyTally tally) {
    }

    @Schema(description = "贫困县退出（摘帽）审批：县申请 → 市初审 → 省第三方评估 → 公示（不少于 5 个工作日）→ 批准")
    public record ApprovalRequest(@Schema(description = "批准年度；依据上一年度的评估") Integer year,
                                  LocalDate appliedOn, LocalDate cityReviewedOn, LocalDate assessedOn,
                                  LocalDate noticeFrom, LocalDate noticeTo, LocalDate approvedOn,
                                  @Schema(description = "批准文号或说明") String reason) {
    }
}
