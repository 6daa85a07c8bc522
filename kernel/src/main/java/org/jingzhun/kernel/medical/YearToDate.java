// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.medical;

import java.util.EnumMap;
import java.util.Map;
import org.jingzhun.kernel.Money;

/**
 * What the lines already did for the patient earlier in the same calendar year: how much each paid
 * (for its yearly cap) and how much cost reached it (its base, for a yearly deductible such as the
 * 大病保险 threshold, which cumulates over the year's stays).
 */
public final class YearToDate {

    public static final YearToDate NONE = new YearToDate(new EnumMap<>(CoverLine.class), new EnumMap<>(CoverLine.class));

    private final Map<CoverLine, Money> paid;
    private final Map<CoverLine, Money> base;

    private YearToDate(Map<CoverLine, Money> paid, Map<CoverLine, Money> base) {
        this.paid = paid;
        this.base = base;
    }

    /** Paid by the line so far this year. */
    public Money paid(CoverLine line) {
        return paid.getOrDefault(line, Money.ZERO);
    }

    /** Cost that reached the line so far this year (its base). */
    public Money base(CoverLine line) {
        return base.getOrDefault(line, Money.ZERO);
    }

    /** This year-to-date with one more line result added. */
    public YearToDate with(CoverLine line, Money paidAmount, Money baseAmount) {
        Map<CoverLine, Money> p = new EnumMap<>(CoverLine.class);
        p.putAll(paid);
        Map<CoverLine, Money> b = new EnumMap<>(CoverLine.class);
        b.putAll(base);
        p.merge(line, paidAmount, Money::plus);
        b.merge(line, baseAmount, Money::plus);
        return new YearToDate(p, b);
    }

    /** This year-to-date with a whole earlier settlement of the same year added. */
    public YearToDate plus(Settlement earlier) {
        YearToDate out = this;
        for (LineResult l : earlier.lines()) {
            out = out.with(l.line(), l.amount(), l.base());
        }
        return out;
    }

    @Override
    public String toString() {
        return "YearToDate[paid=" + paid + ", base=" + base + "]";
    }
}
