// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jingzhun.kernel.Money;
import org.jingzhun.kernel.medical.LineResult.Note;
import org.junit.jupiter.api.Test;

/**
 * Bills settled by hand, line by line, with the parameters of {@link #params()} (the app's defaults):
 * 基本医保 per stay 起付 200/500/800 (一/二/三级), 2000 out of province; rates 90/80/60 %, out of province
 * 10 points lower; cap 150,000. 大病保险 yearly threshold 15,000, 60 %, cap 400,000; 特困/低保/监测
 * favoured: half the threshold, +5 points, no cap. 医疗救助: 特困 0 / 100 %, 低保 1,200 / 70 %,
 * 监测 2,400 / 60 %, 脱贫 not covered; cap 50,000. 补充保险 for 脱贫/监测: 0 / 80 %, cap 50,000.
 */
class FourLinesCalculatorTest {

    static Map<String, BigDecimal> values() {
        Map<String, BigDecimal> v = new HashMap<>();
        put(v, "medical_basic_deductible_primary", "200");
        put(v, "medical_basic_deductible_secondary", "500");
        put(v, "medical_basic_deductible_tertiary", "800");
        put(v, "medical_basic_deductible_out_of_province", "2000");
        put(v, "medical_basic_rate_primary", "0.90");
        put(v, "medical_basic_rate_secondary", "0.80");
        put(v, "medical_basic_rate_tertiary", "0.60");
        put(v, "medical_basic_rate_out_of_province_cut", "0.10");
        put(v, "medical_basic_yearly_cap", "150000");
        put(v, "medical_serious_deductible", "15000");
        put(v, "medical_serious_rate", "0.60");
        put(v, "medical_serious_yearly_cap", "400000");
        put(v, "medical_serious_favour_deductible_share", "0.5");
        put(v, "medical_serious_favour_rate_bonus", "0.05");
        put(v, "medical_serious_favour_uncapped", "1");
        put(v, "medical_serious_favour_tekun", "1");
        put(v, "medical_serious_favour_dibao", "1");
        put(v, "medical_serious_favour_monitored", "1");
        put(v, "medical_serious_favour_exited", "0");
        put(v, "medical_assistance_deductible_tekun", "0");
        put(v, "medical_assistance_rate_tekun", "1");
        put(v, "medical_assistance_deductible_dibao", "1200");
        put(v, "medical_assistance_rate_dibao", "0.70");
        put(v, "medical_assistance_deductible_monitored", "2400");
        put(v, "medical_assistance_rate_monitored", "0.60");
        put(v, "medical_assistance_deductible_exited", "0");
        put(v, "medical_assistance_rate_exited", "0");
        put(v, "medical_assistance_yearly_cap", "50000");
        put(v, "medical_supplementary_covers_exited", "1");
        put(v, "medical_supplementary_covers_monitored", "1");
        put(v, "medical_supplementary_covers_tekun", "0");
        put(v, "medical_supplementary_covers_dibao", "0");
        put(v, "medical_supplementary_deductible", "0");
        put(v, "medical_supplementary_rate", "0.80");
        put(v, "medical_supplementary_yearly_cap", "50000");
        return v;
    }

    private static void put(Map<String, BigDecimal> v, String name, String value) {
        v.put(name, new BigDecimal(value));
    }

    static MedicalParameters params() {
        return MedicalParameters.from(values());
    }

    private static Money yuan(String s) {
        return Money.parseYuan(s);
    }

    private static InpatientBill bill(String total, String eligible, HospitalLevel level, boolean inProvince, CoverStatus... s) {
        return new InpatientBill(yuan(total), yuan(eligible), level, inProvince, Set.of(s));
    }

    private static Settlement settle(InpatientBill bill) {
        return FourLinesCalculator.settle(bill, params(), YearToDate.NONE);
    }

    @Test
    void anOrdinaryResidentAtACountyHospitalGetsBasicInsuranceOnly() {
        // 基本医保: eligible 10,000 − 起付 500 = 9,500 × 80 % = 7,600
        // 大病保险: base 10,000 − 7,600 = 2,400 ≤ threshold 15,000 → 0
        // 医疗救助, 补充保险: no status → 0
        // 自付: total 12,000 − 7,600 = 4,400 (of which eligible 2,400, outside the catalogue 2,000)
        Settlement s = settle(bill("12000", "10000", HospitalLevel.SECONDARY, true));
        LineResult basic = s.line(CoverLine.BASIC);
        assertThat(basic.deductibleMet()).isEqualTo(yuan("500"));
        assertThat(basic.rate()).isEqualByComparingTo("0.80");
        assertThat(basic.amount()).isEqualTo(yuan("7600"));
        LineResult serious = s.line(CoverLine.SERIOUS_ILLNESS);
        assertThat(serious.base()).isEqualTo(yuan("2400"));
        assertThat(serious.amount()).isEqualTo(Money.ZERO);
        assertThat(serious.notes()).containsExactly(Note.BELOW_DEDUCTIBLE);
        assertThat(s.line(CoverLine.ASSISTANCE).notes()).containsExactly(Note.NOT_COVERED);
        assertThat(s.line(CoverLine.SUPPLEMENTARY).covered()).isFalse();
        assertThat(s.outOfPocket()).isEqualTo(yuan("4400"));
        assertThat(s.eligibleOutOfPocket()).isEqualTo(yuan("2400"));
        assertThat(s.outOfPocketAfterPublicSchemes()).isEqualTo(yuan("4400"));
    }

    @Test
    void anExitedPatientAtAProvincialHospitalPaysAboutASeventhOfTheEligibleCostAfterTheSupplementaryInsurance() {
        // 基本医保: (50,000 − 800) × 60 % = 29,520
        // 大病保险 (脱贫 not favoured): base 20,480 − 15,000 = 5,480 × 60 % = 3,288
        // 医疗救助: 脱贫 has rate 0 → not covered
        // 补充保险 (脱贫): base 20,480 − 3,288 = 17,192 × 80 % = 13,753.60
        // 自付: 60,000 − 46,561.60 = 13,438.40; eligible part 3,438.40 (6.9 % of 50,000)
        Settlement s = settle(bill("60000", "50000", HospitalLevel.TERTIARY, true, CoverStatus.EXITED));
        assertThat(s.amount(CoverLine.BASIC)).isEqualTo(yuan("29520"));
        assertThat(s.amount(CoverLine.SERIOUS_ILLNESS)).isEqualTo(yuan("3288"));
        assertThat(s.line(CoverLine.SERIOUS_ILLNESS).group()).isNull();
        assertThat(s.line(CoverLine.ASSISTANCE).covered()).isFalse();
        LineResult supp = s.line(CoverLine.SUPPLEMENTARY);
        assertThat(supp.group()).isEqualTo(CoverStatus.EXITED);
        assertThat(supp.base()).isEqualTo(yuan("17192"));
        assertThat(supp.amount()).isEqualTo(yuan("13753.60"));
        assertThat(s.outOfPocket()).isEqualTo(yuan("13438.40"));
        assertThat(s.eligibleOutOfPocket()).isEqualTo(yuan("3438.40"));
        assertThat(s.outOfPocketAfterPublicSchemes()).isEqualTo(yuan("27192"));
    }

    @Test
    void aDibaoRecipientWhoIsAlsoExitedGetsAssistanceAsDibaoAndSupplementaryInsuranceAsExited() {
        // 基本医保: (4,800 − 200) × 90 % = 4,140
        // 大病保险 (低保 favoured: threshold 7,500): base 660 ≤ 7,500 → 0
        // 医疗救助 (低保: threshold 1,200): base 660 ≤ 1,200 → 0, the threshold is 660 nearer for the year
        // 补充保险 (脱贫): 660 × 80 % = 528
        // 自付: 5,000 − 4,140 − 528 = 332
        Settlement s = settle(bill("5000", "4800", HospitalLevel.PRIMARY, true, CoverStatus.EXITED, CoverStatus.DIBAO));
        assertThat(s.amount(CoverLine.BASIC)).isEqualTo(yuan("4140"));
        assertThat(s.line(CoverLine.SERIOUS_ILLNESS).deductible()).isEqualTo(yuan("7500"));
        assertThat(s.line(CoverLine.SERIOUS_ILLNESS).notes()).containsExactly(Note.FAVOURED, Note.BELOW_DEDUCTIBLE);
        LineResult aid = s.line(CoverLine.ASSISTANCE);
        assertThat(aid.group()).isEqualTo(CoverStatus.DIBAO);
        assertThat(aid.deductibleMet()).isEqualTo(yuan("660"));
        assertThat(aid.amount()).isEqualTo(Money.ZERO);
        assertThat(s.amount(CoverLine.SUPPLEMENTARY)).isEqualTo(yuan("528"));
        assertThat(s.outOfPocket()).isEqualTo(yuan("332"));
    }

    @Test
    void aTekunPersonTreatedOutOfProvincePaysOnlyWhatIsOutsideTheCatalogue() {
        // 基本医保 (省外): (90,000 − 2,000) × (60 % − 10 %) = 44,000
        // 大病保险 (特困 favoured): threshold 7,500, rate 65 %, no cap: (46,000 − 7,500) × 65 % = 25,025
        // 医疗救助 (特困: no threshold, 100 %): 46,000 − 25,025 = 20,975, within the cap of 50,000
        // 补充保险: 特困 alone is not covered
        // 自付: 100,000 − 90,000 paid = 10,000, exactly the part outside the catalogue
        Settlement s = settle(bill("100000", "90000", HospitalLevel.TERTIARY, false, CoverStatus.TEKUN));
        LineResult basic = s.line(CoverLine.BASIC);
        assertThat(basic.notes()).containsExactly(Note.OUT_OF_PROVINCE);
        assertThat(basic.deductible()).isEqualTo(yuan("2000"));
        assertThat(basic.rate()).isEqualByComparingTo("0.50");
        assertThat(basic.amount()).isEqualTo(yuan("44000"));
        LineResult serious = s.line(CoverLine.SERIOUS_ILLNESS);
        assertThat(serious.rate()).isEqualByComparingTo("0.65");
        assertThat(serious.cap()).isNull();
        assertThat(serious.amount()).isEqualTo(yuan("25025"));
        assertThat(s.amount(CoverLine.ASSISTANCE)).isEqualTo(yuan("20975"));
        assertThat(s.line(CoverLine.SUPPLEMENTARY).covered()).isFalse();
        assertThat(s.outOfPocket()).isEqualTo(yuan("10000"));
        assertThat(s.eligibleOutOfPocket()).isEqualTo(Money.ZERO);
    }

    @Test
    void yearlyCapsAndThresholdsCountWhatEarlierStaysThisYearUsed() {
        // earlier this year: basic paid 148,000 (cap 150,000 leaves 2,000); 大病 base 10,000 (the favoured
        // threshold 7,500 is met); 救助 base 1,000 (of its 2,400 threshold) and paid 49,500 (cap leaves 500)
        YearToDate before = YearToDate.NONE
                .with(CoverLine.BASIC, yuan("148000"), yuan("190000"))
                .with(CoverLine.SERIOUS_ILLNESS, yuan("0"), yuan("10000"))
                .with(CoverLine.ASSISTANCE, yuan("49500"), yuan("1000"));
        // 基本医保: (20,000 − 500) × 80 % = 15,600, cut by the cap to 2,000
        // 大病保险 (监测 favoured, threshold already met): 18,000 × 65 % = 11,700
        // 医疗救助 (监测): threshold left 2,400 − 1,000 = 1,400; (6,300 − 1,400) × 60 % = 2,940, cut by the cap to 500
        // 补充保险 (监测): 5,800 × 80 % = 4,640
        // 自付: 20,000 − 2,000 − 11,700 − 500 − 4,640 = 1,160
        InpatientBill b = bill("20000", "20000", HospitalLevel.SECONDARY, true, CoverStatus.MONITORED);
        Settlement s = FourLinesCalculator.settle(b, params(), before);
        LineResult basic = s.line(CoverLine.BASIC);
        assertThat(basic.computed()).isEqualTo(yuan("15600"));
        assertThat(basic.capLeft()).isEqualTo(yuan("2000"));
        assertThat(basic.amount()).isEqualTo(yuan("2000"));
        assertThat(basic.notes()).containsExactly(Note.CAPPED);
        LineResult serious = s.line(CoverLine.SERIOUS_ILLNESS);
        assertThat(serious.deductibleMet()).isEqualTo(Money.ZERO);
        assertThat(serious.notes()).containsExactly(Note.FAVOURED, Note.DEDUCTIBLE_PARTLY_MET_BEFORE);
        assertThat(serious.amount()).isEqualTo(yuan("11700"));
        LineResult aid = s.line(CoverLine.ASSISTANCE);
        assertThat(aid.deductibleMet()).isEqualTo(yuan("1400"));
        assertThat(aid.computed()).isEqualTo(yuan("2940"));
        assertThat(aid.amount()).isEqualTo(yuan("500"));
        assertThat(s.amount(CoverLine.SUPPLEMENTARY)).isEqualTo(yuan("4640"));
        assertThat(s.outOfPocket()).isEqualTo(yuan("1160"));
    }

    @Test
    void theSeriousIllnessThresholdCumulatesOverTheYearsStays() {
        // stay 1 (三级, eligible 30,000): basic (30,000 − 800) × 60 % = 17,520; 大病 base 12,480 < 15,000 → 0
        // stay 2, the same: basic 17,520 (its deductible applies again); 大病 threshold left 15,000 − 12,480 = 2,520;
        //         (12,480 − 2,520) × 60 % = 5,976
        InpatientBill b = bill("30000", "30000", HospitalLevel.TERTIARY, true);
        Settlement first = FourLinesCalculator.settle(b, params(), YearToDate.NONE);
        assertThat(first.amount(CoverLine.SERIOUS_ILLNESS)).isEqualTo(Money.ZERO);
        Settlement second = FourLinesCalculator.settle(b, params(), YearToDate.NONE.plus(first));
        assertThat(second.amount(CoverLine.BASIC)).isEqualTo(yuan("17520"));
        assertThat(second.line(CoverLine.SERIOUS_ILLNESS).deductibleMet()).isEqualTo(yuan("2520"));
        assertThat(second.amount(CoverLine.SERIOUS_ILLNESS)).isEqualTo(yuan("5976"));
    }

    @Test
    void roundsEachLineHalfUpToTheFen() {
        // (333.33 − 200) × 90 % = 119.997 → 120.00
        Settlement s = settle(bill("333.33", "333.33", HospitalLevel.PRIMARY, true));
        assertThat(s.amount(CoverLine.BASIC)).isEqualTo(yuan("120.00"));
        assertThat(s.outOfPocket()).isEqualTo(yuan("213.33"));
    }

    @Test
    void aStayBelowTheBasicDeductibleIsPaidByThePatient() {
        Settlement s = settle(bill("150", "150", HospitalLevel.PRIMARY, true));
        assertThat(s.line(CoverLine.BASIC).notes()).containsExactly(Note.BELOW_DEDUCTIBLE);
        assertThat(s.outOfPocket()).isEqualTo(yuan("150"));
    }

    @Test
    void namesEveryMissingParameter() {
        Map<String, BigDecimal> v = values();
        v.remove("medical_basic_rate_tertiary");
        v.remove("medical_supplementary_rate");
        assertThatThrownBy(() -> MedicalParameters.from(v)).isInstanceOf(MissingParametersException.class)
                .satisfies(e -> assertThat(((MissingParametersException) e).names())
                        .containsExactlyInAnyOrder("medical_basic_rate_tertiary", "medical_supplementary_rate"));
        assertThat(MedicalParameters.NAMES).hasSize(values().size());
    }

    @Test
    void refusesRatesAboveOneAndBillsWhoseEligiblePartExceedsTheTotal() {
        Map<String, BigDecimal> v = values();
        v.put("medical_basic_rate_primary", new BigDecimal("90"));
        assertThatThrownBy(() -> MedicalParameters.from(v)).hasMessageContaining("medical_basic_rate_primary");
        assertThatThrownBy(() -> bill("100", "100.01", HospitalLevel.PRIMARY, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
