// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the household API. Personal data in them is masked per DOMAIN.md §3. */
public final class HouseholdViews {

    private HouseholdViews() {
    }

    @Schema(description = "户列表中的一户")
    public record HouseholdItem(
            @Schema(description = "户编号", example = "3608211002010001") String id,
            String villageCode, String villageName,
            @Schema(description = "户主姓名（脱敏）", example = "张*") String headName,
            @Schema(description = "户主证件号码（脱敏）", example = "360821********123X") String headIdNumber,
            @Schema(description = "EXITED, MONITORED, ORDINARY") String category,
            @Schema(description = "户类型：脱贫户、监测户、一般农户") String categoryLabel,
            @Schema(description = "UNSTABLE_EXITED, MARGINAL, SUDDEN_HARDSHIP 或 null") String monitoringType,
            String monitoringTypeLabel,
            int size,
            @Schema(description = "参考人均收入（元）") BigDecimal referenceIncome,
            Integer incomeYear) {
    }

    @Schema(description = "一页户（按户编号的键集分页）")
    public record HouseholdPage(List<HouseholdItem> items, int size,
                                @Schema(description = "下一页的 after 参数；没有下一页时为 null") String next) {
    }

    @Schema(description = "家庭成员")
    public record Member(String idNumber, String name, String relation, String sex, String birthDate, int age,
                         String ethnicity, String education, String schoolStatus, String health, String disabilityGrade,
                         String labour, String workStatus, int workMonths, boolean basicMedical,
                         boolean seriousIllnessInsurance, boolean basicPension, boolean commercialMedical,
                         boolean welfareJob, String phone) {
    }

    @Schema(description = "某年收入构成（元）")
    public record Income(int year, BigDecimal wages, BigDecimal business, BigDecimal property, BigDecimal transfers,
                         BigDecimal productionCosts, BigDecimal insurancePayouts, BigDecimal outOfPocket,
                         @Schema(description = "家庭纯收入 = 工资性+生产经营性+财产性+转移性−生产经营性支出") BigDecimal netIncome,
                         @Schema(description = "人均纯收入") BigDecimal perCapitaNetIncome,
                         @Schema(description = "参考人均收入 = (家庭纯收入−合规自付支出)/人数") BigDecimal referenceIncome) {
    }

    @Schema(description = "一户的完整信息（当前或 asOf 时点）")
    public record HouseholdDetails(
            String id, String villageCode, List<String> path, String gridCode,
            String category, String categoryLabel, String monitoringType, String monitoringTypeLabel, Integer exitYear,
            boolean relocated, boolean dibao, boolean tekun,
            @Schema(description = "住房安全有保障") boolean housingSafe,
            @Schema(description = "饮水安全有保障") boolean waterSafe,
            int size, List<Member> members, List<Income> incomes,
            @Schema(description = "版本号；PATCH 时放入 If-Match") int version,
            Instant changedAt, String changedBy, String changeReason,
            @Schema(description = "查询的时点（asOf），当前状态时为 null") Instant asOf) {
    }

    @Schema(description = "一项改动")
    public record Change(@Schema(description = "字段路径，如 category、members/360821********123X/health") String field,
                         @Schema(description = "字段中文名") String label, String before, String after) {
    }

    @Schema(description = "一次变更：谁、何时、为何、改了什么")
    public record HistoryEntry(int version, Instant changedAt, String changedBy, String reason, List<Change> changes) {
    }
}
