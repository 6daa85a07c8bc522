// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.medical;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jingzhun.kernel.Money;
import org.jingzhun.kernel.medical.LineResult.Note;

/**
 * 四道保障线 (DOMAIN.md §8): settles an inpatient bill through 基本医保 → 大病保险 → 医疗救助 → 补充保险.
 * Each line is the same step — what the earlier lines left of the eligible cost, less a deductible,
 * times a rate, within a yearly cap — with its own terms:
 * <ul>
 *   <li>基本医保: deductible per stay and rate by hospital level; out of province its own deductible and
 *       the level's rate less a cut; everyone insured is covered.</li>
 *   <li>大病保险: a yearly threshold on the cost basic insurance left (cumulated over the year's stays);
 *       favoured statuses pay a share of the threshold, get a rate bonus and may have no cap.</li>
 *   <li>医疗救助: a yearly threshold and a rate for the first of the patient's statuses (in
 *       {@link CoverStatus} order) that the parameters cover; ordinary residents are not covered.</li>
 *   <li>补充保险: for the statuses it covers (脱贫人口、监测对象 by default).</li>
 * </ul>
 * Only the eligible part (政策范围内费用) is ever paid; amounts are rounded half-up to the fen.
 */
public final class FourLinesCalculator {

    private FourLinesCalculator() {
    }

    /** Settles {@code bill} with {@code params}, after what the lines did earlier in the year ({@code before}). */
    public static Settlement settle(InpatientBill bill, MedicalParameters params, YearToDate before) {
        List<LineResult> lines = new ArrayList<>(4);
        Money left = bill.eligible();
        for (CoverLine line : CoverLine.values()) {
            LineResult r = switch (line) {
                case BASIC -> basic(bill, params.basic(), left, before);
                case SERIOUS_ILLNESS -> serious(bill, params.serious(), left, before);
                case ASSISTANCE -> assistance(bill, params, left, before);
                case SUPPLEMENTARY -> supplementary(bill, params.supplementary(), left, before);
            };
            lines.add(r);
            left = left.minus(r.amount());
        }
        return new Settlement(bill, lines);
    }

    private static LineResult basic(InpatientBill bill, MedicalParameters.Basic p, Money base, YearToDate before) {
        List<Note> notes = new ArrayList<>();
        Money deductible = p.deductible().get(bill.level());
        BigDecimal rate = p.rate().get(bill.level());
        if (!bill.inProvince()) {
            notes.add(Note.OUT_OF_PROVINCE);
            deductible = p.outOfProvinceDeductible();
            rate = rate.subtract(p.outOfProvinceRateCut()).max(BigDecimal.ZERO);
        }
        // the basic deductible applies to every stay afresh
        return step(CoverLine.BASIC, null, base, deductible, deductible, rate, p.yearlyCap(), before, notes);
    }

    private static LineResult serious(InpatientBill bill, MedicalParameters.SeriousIllness p, Money base, YearToDate before) {
        List<Note> notes = new ArrayList<>();
        CoverStatus favoured = first(bill, p.favoured());
        Money deductible = p.deductible();
        BigDecimal rate = p.rate();
        Money cap = p.yearlyCap();
        if (favoured != null) {
            notes.add(Note.FAVOURED);
            deductible = times(deductible, p.favouredDeductibleShare());
            rate = rate.add(p.favouredRateBonus()).min(BigDecimal.ONE);
            cap = p.favouredUncapped() ? null : cap;
        }
        Money remaining = yearlyRemaining(deductible, before.base(CoverLine.SERIOUS_ILLNESS), notes);
        return step(CoverLine.SERIOUS_ILLNESS, favoured, base, deductible, remaining, rate, cap, before, notes);
    }

    private static LineResult assistance(InpatientBill bill, MedicalParameters params, Money base, YearToDate before) {
        CoverStatus group = null;
        for (CoverStatus s : CoverStatus.values()) {
            if (bill.has(s) && params.assistance().get(s).rate().signum() > 0) {
                group = s;
                break;
            }
        }
        if (group == null) {
            return notCovered(CoverLine.ASSISTANCE, base);
        }
        List<Note> notes = new ArrayList<>();
        MedicalParameters.Assistance a = params.assistance().get(group);
        Money remaining = yearlyRemaining(a.deductible(), before.base(CoverLine.ASSISTANCE), notes);
        return step(CoverLine.ASSISTANCE, group, base, a.deductible(), remaining, a.rate(), params.assistanceCap(), before, notes);
    }

    private static LineResult supplementary(InpatientBill bill, MedicalParameters.Supplementary p, Money base, YearToDate before) {
        CoverStatus group = first(bill, p.covered());
        if (group == null || p.rate().signum() == 0) {
            return notCovered(CoverLine.SUPPLEMENTARY, base);
        }
        List<Note> notes = new ArrayList<>();
        Money remaining = yearlyRemaining(p.deductible(), before.base(CoverLine.SUPPLEMENTARY), notes);
        return step(CoverLine.SUPPLEMENTARY, group, base, p.deductible(), remaining, p.rate(), p.yearlyCap(), before, notes);
    }

    /** The part of a yearly deductible not yet met by this year's earlier stays. */
    private static Money yearlyRemaining(Money deductible, Money metBefore, List<Note> notes) {
        if (metBefore.fen() > 0 && deductible.fen() > 0) {
            notes.add(Note.DEDUCTIBLE_PARTLY_MET_BEFORE);
        }
        return max(Money.ZERO, deductible.minus(metBefore));
    }

    /** The common step: (base − what is left of the deductible) × rate, within what the yearly cap leaves. */
    private static LineResult step(CoverLine line, CoverStatus group, Money base, Money deductible, Money deductibleLeft,
                                   BigDecimal rate, Money cap, YearToDate before, List<Note> notes) {
        Money met = min(base, deductibleLeft);
        Money above = base.minus(met);
        if (above.fen() == 0) {
            notes.add(Note.BELOW_DEDUCTIBLE);
        }
        Money computed = times(above, rate);
        Money capLeft = cap == null ? null : max(Money.ZERO, cap.minus(before.paid(line)));
        Money amount = capLeft == null ? computed : min(computed, capLeft);
        if (amount.compareTo(computed) < 0) {
            notes.add(Note.CAPPED);
        }
        return new LineResult(line, true, group, base, deductible, met, rate, computed, cap, capLeft, amount, notes);
    }

    private static LineResult notCovered(CoverLine line, Money base) {
        return new LineResult(line, false, null, base, Money.ZERO, Money.ZERO, BigDecimal.ZERO, Money.ZERO, null, null,
                Money.ZERO, List.of(Note.NOT_COVERED));
    }

    private static CoverStatus first(InpatientBill bill, java.util.Set<CoverStatus> wanted) {
        for (CoverStatus s : CoverStatus.values()) {
            if (bill.has(s) && wanted.contains(s)) {
                return s;
            }
        }
        return null;
    }

    /** {@code m × factor}, half-up to the fen. */
    static Money times(Money m, BigDecimal factor) {
        return new Money(BigDecimal.valueOf(m.fen()).multiply(factor).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
