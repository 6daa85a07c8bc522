// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.medical;

import java.util.List;
import org.jingzhun.kernel.Money;

/**
 * 一站式结算 — the result of settling one bill through the four lines at discharge.
 *
 * @param bill  the bill
 * @param lines the four lines in order (BASIC, SERIOUS_ILLNESS, ASSISTANCE, SUPPLEMENTARY)
 */
public record Settlement(InpatientBill bill, List<LineResult> lines) {

    public Settlement {
        lines = List.copyOf(lines);
        if (lines.size() != CoverLine.values().length) {
            throw new IllegalArgumentException("a settlement has one result per line");
        }
    }

    public LineResult line(CoverLine line) {
        return lines.get(line.ordinal());
    }

    public Money amount(CoverLine line) {
        return line(line).amount();
    }

    /** What the four lines pay together. */
    public Money covered() {
        Money sum = Money.ZERO;
        for (LineResult l : lines) {
            sum = sum.plus(l.amount());
        }
        return sum;
    }

    /** 个人自付: what the patient pays after all four lines (the ineligible part included). */
    public Money outOfPocket() {
        return bill.total().minus(covered());
    }

    /** The eligible part the patient still pays (政策范围内个人自付). */
    public Money eligibleOutOfPocket() {
        return bill.eligible().minus(covered());
    }

    /**
     * What the patient pays after the three public schemes (基本医保、大病保险、医疗救助) — the figure the
     * medical insurance bureau reports as YB01 (DOMAIN.md §7); the commercial 补充保险 is not in it.
     */
    public Money outOfPocketAfterPublicSchemes() {
        return bill.total().minus(amount(CoverLine.BASIC)).minus(amount(CoverLine.SERIOUS_ILLNESS))
                .minus(amount(CoverLine.ASSISTANCE));
    }
}
