// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.assistance.medical;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the medical four-lines API. Amounts in yuan; ID numbers masked (DOMAIN.md §3). */
public final class MedicalViews {

    private MedicalViews() {
    }

    @Schema(description = "试算：一次住院的费用与患者身份")
    public record CalculationRequest(
            @Schema(description = "总费用（元）", example = "60000") BigDecimal total,
            @Schema(description = "政策范围内费用（元），不超过总费用", example = "50000") BigDecimal eligible,
            @Schema(description = "医院级别：PRIMARY 一级及以下、SECONDARY 二级、TERTIARY 三级", example = "TERTIARY") String hospitalLevel,
            @Schema(description = "省内就医（默认 true）") Boolean inProvince,
            @Schema(description = "患者身份：EXITED 脱贫人口、MONITORED 监测对象、TEKUN 特困人员、DIBAO 低保对象；空为普通居民。"
                    + "给出 idNumber 且未给出身份时按登记信息确定") List<String> statuses,
            @Schema(description = "出院日期（决定参数年度，默认今天）") LocalDate date,
            @Schema(description = "可选：患者证件号码。给出时按其登记信息确定身份，并计入本年已结算的费用（年度起付线与封顶线）") String idNumber) {
    }

    @Schema(description = "一站式结算：医院出院结算时报送")
    public record SettlementRequest(
            @Schema(description = "结算单号（唯一；重复报送相同内容不重复记录）", example = "JA2026110100017") String settlementNo,
            @Schema(description = "患者证件号码（须为本辖区在册人员）") String idNumber,
            @Schema(description = "医院名称") String hospital,
            @Schema(description = "PRIMARY、SECONDARY、TERTIARY") String hospitalLevel,
            @Schema(description = "省内就医（默认 true）") Boolean inProvince,
            LocalDate admittedOn,
            LocalDate dischargedOn,
            @Schema(description = "总费用（元）") BigDecimal total,
            @Schema(description = "政策范围内费用（元）") BigDecimal eligible) {
    }

    @Schema(description = "一道保障线的支付及其计算过程")
    public record LineView(
            @Schema(description = "BASIC、SERIOUS_ILLNESS、ASSISTANCE、SUPPLEMENTARY") String line,
            @Schema(description = "基本医保、大病保险、医疗救助、补充保险") String label,
            @Schema(description = "患者是否在本项保障范围内") boolean covered,
            @Schema(description = "按哪种身份的政策（医疗救助、补充保险、大病保险倾斜），无则为 null") String group,
            @Schema(description = "进入本项的合规费用（前几项支付后剩余的政策范围内费用）") BigDecimal base,
            @Schema(description = "起付线") BigDecimal deductible,
            @Schema(description = "本次计入起付线的金额") BigDecimal deductibleMet,
            @Schema(description = "支付比例") BigDecimal rate,
            @Schema(description = "封顶前的金额") BigDecimal computed,
            @Schema(description = "年度封顶线（无封顶时为 null）") BigDecimal cap,
            @Schema(description = "本年剩余的封顶额度（无封顶时为 null）") BigDecimal capLeft,
            @Schema(description = "本项支付") BigDecimal amount,
            @Schema(description = "影响结果的条件：NOT_COVERED、OUT_OF_PROVINCE、FAVOURED、DEDUCTIBLE_PARTLY_MET_BEFORE、"
                    + "BELOW_DEDUCTIBLE、CAPPED") List<String> notes,
            @Schema(description = "中文说明") String explanation) {
    }

    @Schema(description = "四道保障线的结算结果")
    public record CalculationView(
            @Schema(description = "所用参数版本") int parameterVersion,
            @Schema(description = "参数年度") int parameterYear,
            BigDecimal total, BigDecimal eligible, String hospitalLevel, boolean inProvince,
            List<String> statuses,
            List<LineView> lines,
            @Schema(description = "四道保障线合计支付") BigDecimal covered,
            @Schema(description = "个人自付（含目录外费用）") BigDecimal outOfPocket,
            @Schema(description = "政策范围内个人自付") BigDecimal eligibleOutOfPocket,
            @Schema(description = "基本医保、大病保险、医疗救助三项后个人自付（医保部门报送的 YB01 口径）") BigDecimal outOfPocketAfterPublicSchemes,
            @Schema(description = "政策范围内个人自付占政策范围内费用的比例") BigDecimal eligibleOutOfPocketShare) {
    }

    @Schema(description = "推送给筛查的医保数据项（部门 YB）")
    public record FeedReference(String item, String recordId, BigDecimal value, LocalDate date) {
    }

    @Schema(description = "一条一站式结算记录")
    public record SettlementView(
            String settlementNo,
            @Schema(description = "证件号码（脱敏）") String idNumber,
            String householdId, String villageCode, String hospital, LocalDate admittedOn, LocalDate dischargedOn,
            CalculationView settlement,
            @Schema(description = "据此写入的部门数据：YB01 本次住院自付、YB02 本年累计自付") List<FeedReference> feeds,
            java.time.Instant createdAt, String createdBy) {
    }

    @Schema(description = "一页结算记录（按出院日期、编号倒序）")
    public record SettlementPage(List<SettlementView> items, int size, @Schema(description = "下一页的 after 参数") Long next) {
    }

    @Schema(description = "某年度生效的医疗保障参数")
    public record TermsView(int parameterVersion, int year, List<TermValue> values) {
    }

    @Schema(description = "一个参数")
    public record TermValue(String name, String label, BigDecimal value) {
    }
}
