// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.medical;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jingzhun.kernel.Money;

/**
 * The settings of the four lines for one year, read from versioned policy parameters (names below;
 * amounts in yuan, rates as fractions, switches as 0/1). The calculator gets them as a value; where
 * they come from (which parameter version) is the caller's business and is stored with each
 * settlement.
 *
 * @param basic         基本医保: per-stay deductible and rate by hospital level, out-of-province rules, yearly cap
 * @param serious       大病保险: yearly threshold, rate, cap, and the favoured groups' relief (倾斜)
 * @param assistance    医疗救助: yearly threshold and rate for each status (a rate of 0 = not covered)
 * @param assistanceCap 医疗救助 yearly cap
 * @param supplementary 补充保险
 */
public record MedicalParameters(Basic basic, SeriousIllness serious, Map<CoverStatus, Assistance> assistance,
                                Money assistanceCap, Supplementary supplementary) {

    /** 基本医保. */
    public record Basic(Map<HospitalLevel, Money> deductible, Map<HospitalLevel, BigDecimal> rate,
                        Money outOfProvinceDeductible, BigDecimal outOfProvinceRateCut, Money yearlyCap) {
    }

    /**
     * 大病保险. The favoured groups (特困人员、低保对象、返贫致贫人口 by national policy) pay a share of the
     * threshold, get a higher rate and, when {@code favouredUncapped}, no cap.
     */
    public record SeriousIllness(Money deductible, BigDecimal rate, Money yearlyCap, Set<CoverStatus> favoured,
                                 BigDecimal favouredDeductibleShare, BigDecimal favouredRateBonus, boolean favouredUncapped) {
    }

    /** 医疗救助 for one status. */
    public record Assistance(Money deductible, BigDecimal rate) {
    }

    /** 补充保险 for the statuses it covers. */
    public record Supplementary(Set<CoverStatus> covered, Money deductible, BigDecimal rate, Money yearlyCap) {
    }

    public static final String PREFIX = "medical_";

    /** Every parameter the calculator reads. */
    public static final List<String> NAMES = names();

    private static List<String> names() {
        List<String> n = new ArrayList<>();
        for (HospitalLevel l : HospitalLevel.values()) {
            n.add(basicDeductible(l));
            n.add(basicRate(l));
        }
        n.addAll(List.of("medical_basic_deductible_out_of_province", "medical_basic_rate_out_of_province_cut",
                "medical_basic_yearly_cap", "medical_serious_deductible", "medical_serious_rate", "medical_serious_yearly_cap",
                "medical_serious_favour_deductible_share", "medical_serious_favour_rate_bonus", "medical_serious_favour_uncapped"));
        for (CoverStatus s : CoverStatus.values()) {
            n.add(seriousFavoured(s));
            n.add(assistanceDeductible(s));
            n.add(assistanceRate(s));
            n.add(supplementaryCovers(s));
        }
        n.addAll(List.of("medical_assistance_yearly_cap", "medical_supplementary_deductible", "medical_supplementary_rate",
                "medical_supplementary_yearly_cap"));
        return List.copyOf(n);
    }

    public static String basicDeductible(HospitalLevel l) {
        return "medical_basic_deductible_" + key(l);
    }

    public static String basicRate(HospitalLevel l) {
        return "medical_basic_rate_" + key(l);
    }

    public static String seriousFavoured(CoverStatus s) {
        return "medical_serious_favour_" + key(s);
    }

    public static String assistanceDeductible(CoverStatus s) {
        return "medical_assistance_deductible_" + key(s);
    }

    public static String assistanceRate(CoverStatus s) {
        return "medical_assistance_rate_" + key(s);
    }

    public static String supplementaryCovers(CoverStatus s) {
        return "medical_supplementary_covers_" + key(s);
    }

    private static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads the parameters from named values (as stored: yuan, fractions, 0/1).
     *
     * @throws MissingParametersException naming every parameter that is absent
     * @throws IllegalArgumentException   when a rate lies outside 0..1 or an amount has more than two decimals
     */
    public static MedicalParameters from(Map<String, BigDecimal> values) {
        List<String> missing = NAMES.stream().filter(n -> values.get(n) == null).toList();
        if (!missing.isEmpty()) {
            throw new MissingParametersException(missing);
        }
        Reader r = new Reader(values);
        Map<HospitalLevel, Money> deductible = new EnumMap<>(HospitalLevel.class);
        Map<HospitalLevel, BigDecimal> rate = new EnumMap<>(HospitalLevel.class);
        for (HospitalLevel l : HospitalLevel.values()) {
            deductible.put(l, r.money(basicDeductible(l)));
            rate.put(l, r.rate(basicRate(l)));
        }
        Basic basic = new Basic(Map.copyOf(deductible), Map.copyOf(rate), r.money("medical_basic_deductible_out_of_province"),
                r.rate("medical_basic_rate_out_of_province_cut"), r.money("medical_basic_yearly_cap"));
        Set<CoverStatus> favoured = EnumSet.noneOf(CoverStatus.class);
        Set<CoverStatus> covered = EnumSet.noneOf(CoverStatus.class);
        Map<CoverStatus, Assistance> assistance = new EnumMap<>(CoverStatus.class);
        for (CoverStatus s : CoverStatus.values()) {
            if (r.flag(seriousFavoured(s))) {
                favoured.add(s);
            }
            if (r.flag(supplementaryCovers(s))) {
                covered.add(s);
            }
            assistance.put(s, new Assistance(r.money(assistanceDeductible(s)), r.rate(assistanceRate(s))));
        }
        SeriousIllness serious = new SeriousIllness(r.money("medical_serious_deductible"), r.rate("medical_serious_rate"),
                r.money("medical_serious_yearly_cap"), Set.copyOf(favoured), r.rate("medical_serious_favour_deductible_share"),
                r.rate("medical_serious_favour_rate_bonus"), r.flag("medical_serious_favour_uncapped"));
        Supplementary supplementary = new Supplementary(Set.copyOf(covered), r.money("medical_supplementary_deductible"),
                r.rate("medical_supplementary_rate"), r.money("medical_supplementary_yearly_cap"));
        return new MedicalParameters(basic, serious, Map.copyOf(assistance), r.money("medical_assistance_yearly_cap"), supplementary);
    }

    private record Reader(Map<String, BigDecimal> values) {

        Money money(String name) {
            BigDecimal v = values.get(name);
            if (v.signum() < 0 || v.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException(name + " must be an amount of yuan ≥ 0 with at most two decimals, was " + v);
            }
            return new Money(v.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        }

        BigDecimal rate(String name) {
            BigDecimal v = values.get(name);
            if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException(name + " must lie between 0 and 1, was " + v);
            }
            return v.stripTrailingZeros();
        }

        boolean flag(String name) {
            BigDecimal v = values.get(name);
            if (v.signum() != 0 && v.compareTo(BigDecimal.ONE) != 0) {
                throw new IllegalArgumentException(name + " must be 0 or 1, was " + v);
            }
            return v.signum() != 0;
        }
    }
}
