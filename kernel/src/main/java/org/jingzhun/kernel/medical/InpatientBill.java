// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.medical;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jingzhun.kernel.Money;

/**
 * 住院费用 — one inpatient stay as the hospital bills it at discharge.
 *
 * @param total      总费用
 * @param eligible   政策范围内费用 (合规费用): the part the schemes may pay; never more than the total
 * @param level      the hospital's level
 * @param inProvince 省内就医 (false: 省外异地就医)
 * @param statuses   the patient's statuses; empty for an ordinary resident
 */
public record InpatientBill(Money total, Money eligible, HospitalLevel level, boolean inProvince, Set<CoverStatus> statuses) {

    public InpatientBill {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(eligible, "eligible");
        Objects.requireNonNull(level, "level");
        if (total.isNegative() || eligible.isNegative()) {
            throw new IllegalArgumentException("amounts must not be negative");
        }
        if (eligible.compareTo(total) > 0) {
            throw new IllegalArgumentException("eligible " + eligible + " exceeds total " + total);
        }
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    /** 目录外费用: what no scheme pays. */
    public Money ineligible() {
        return total.minus(eligible);
    }

    public boolean has(CoverStatus status) {
        return statuses.contains(status);
    }
}
