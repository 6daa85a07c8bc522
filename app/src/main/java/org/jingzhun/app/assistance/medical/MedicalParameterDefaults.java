// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.assistance.medical;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jingzhun.app.screening.ParameterDefaults;
import org.jingzhun.app.screening.ParameterStore.ParameterValue;
import org.jingzhun.kernel.medical.MedicalParameters;
import org.springframework.stereotype.Component;

/**
 * Default settings of the four lines, from 2021 (the first year of the transition period, when the
 * national rules below took their present form). DOMAIN.md §8 gives the structure, not the figures;
 * these are Jiangxi-like county values for a province to replace with its official ones
 * (docs/adr/0008-history-and-exit-reports.md lists the sources):
 * <ul>
 *   <li>基本医保: 起付线 200/500/800 yuan (一/二/三级), 2,000 out of province; 90/80/60 % (the national
 *       target is ~70 % of eligible inpatient cost overall); 10 points less out of province (转外就医备案);
 *       yearly cap 150,000.</li>
 *   <li>大病保险: threshold 15,000 (≈ 50 % of the residents' per-capita disposable income, the national
 *       ceiling), 60 %, cap 400,000; 特困人员、低保对象、返贫致贫人口 (here: monitored) half the threshold,
 *       +5 points, no cap (医保发〔2021〕10号).</li>
 *   <li>医疗救助 (国办发〔2021〕42号): 特困 no threshold, 100 %; 低保 1,200 (≈ 5 % of income), 70 %;
 *       monitored 2,400 (≈ 10 %), 60 %; 脱贫 without another status not covered; yearly cap 50,000.</li>
 *   <li>补充保险 for 脱贫人口 and 监测对象: no threshold, 80 % of what is left, cap 50,000 — so that such a
 *       patient pays about 10 % of the eligible cost or less (DOMAIN.md §8).</li>
 * </ul>
 */
@Component
class MedicalParameterDefaults implements ParameterDefaults {

    static final int FROM_YEAR = 2021;

    @Override
    public List<ParameterValue> defaults() {
        String[][] values = {
                {"medical_basic_deductible_primary", "200"}, {"medical_basic_deductible_secondary", "500"},
                {"medical_basic_deductible_tertiary", "800"}, {"medical_basic_deductible_out_of_province", "2000"},
                {"medical_basic_rate_primary", "0.9"}, {"medical_basic_rate_secondary", "0.8"},
                {"medical_basic_rate_tertiary", "0.6"}, {"medical_basic_rate_out_of_province_cut", "0.1"},
                {"medical_basic_yearly_cap", "150000"},
                {"medical_serious_deductible", "15000"}, {"medical_serious_rate", "0.6"},
                {"medical_serious_yearly_cap", "400000"}, {"medical_serious_favour_deductible_share", "0.5"},
                {"medical_serious_favour_rate_bonus", "0.05"}, {"medical_serious_favour_uncapped", "1"},
                {"medical_serious_favour_tekun", "1"}, {"medical_serious_favour_dibao", "1"},
                {"medical_serious_favour_monitored", "1"}, {"medical_serious_favour_exited", "0"},
                {"medical_assistance_deductible_tekun", "0"}, {"medical_assistance_rate_tekun", "1"},
                {"medical_assistance_deductible_dibao", "1200"}, {"medical_assistance_rate_dibao", "0.7"},
                {"medical_assistance_deductible_monitored", "2400"}, {"medical_assistance_rate_monitored", "0.6"},
                {"medical_assistance_deductible_exited", "0"}, {"medical_assistance_rate_exited", "0"},
                {"medical_assistance_yearly_cap", "50000"},
                {"medical_supplementary_covers_exited", "1"}, {"medical_supplementary_covers_monitored", "1"},
                {"medical_supplementary_covers_tekun", "0"}, {"medical_supplementary_covers_dibao", "0"},
                {"medical_supplementary_deductible", "0"}, {"medical_supplementary_rate", "0.8"},
                {"medical_supplementary_yearly_cap", "50000"}};
        List<ParameterValue> out = new ArrayList<>();
        for (String[] v : values) {
            out.add(new ParameterValue(v[0], FROM_YEAR, new BigDecimal(v[1])));
        }
        if (!out.stream().map(ParameterValue::name).toList().containsAll(MedicalParameters.NAMES) || out.size() != MedicalParameters.NAMES.size()) {
            throw new IllegalStateException("the medical defaults do not match MedicalParameters.NAMES");
        }
        return out;
    }
}
