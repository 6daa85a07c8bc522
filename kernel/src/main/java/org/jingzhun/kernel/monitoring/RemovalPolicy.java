// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 风险消除 eligibility (DOMAIN.md §6.4): every condition is checked and every unmet one is returned
 * with the values that show why, so a cadre sees at once all that stands in the way. There is no
 * quota, and a household with no one able to work is never removed.
 */
public final class RemovalPolicy {

    private RemovalPolicy() {
    }

    public static Eligibility check(RemovalFacts f, RemovalMinimums min, LocalDate today) {
        List<Unmet> unmet = new ArrayList<>();
        monitoredLongEnough(f, min, today, unmet);
        if (f.measuresCarriedOut() < min.measuresCarriedOut()) {
            unmet.add(Unmet.of(RemovalCondition.MEASURES_CARRIED_OUT, f.measuresCarriedOut(), min.measuresCarriedOut()));
        }
        if (f.incomeStableSince() == null || f.incomeStableSince().plusMonths(min.incomeStableMonths()).isAfter(today)) {
            unmet.add(Unmet.of(RemovalCondition.INCOME_STABLE, f.incomeStableSince(), min.incomeStableMonths()));
        }
        if (f.referenceIncome() == null) {
            unmet.add(Unmet.of(RemovalCondition.INCOME_MISSING));
        } else if (f.referenceIncome().compareTo(f.monitoringLine()) <= 0) {
            unmet.add(Unmet.of(RemovalCondition.INCOME_ABOVE_LINE, f.referenceIncome(), f.incomeYear(), f.monitoringLine(),
                    f.lineYear()));
        }
        require(f.rigidSpendingResolved(), RemovalCondition.RIGID_SPENDING_RESOLVED, unmet);
        require(f.housingSafe(), RemovalCondition.HOUSING_SAFE, unmet);
        require(f.waterSafe(), RemovalCondition.WATER_SAFE, unmet);
        require(f.educationSecured(), RemovalCondition.EDUCATION_SECURED, unmet);
        require(f.medicalInsured(), RemovalCondition.MEDICAL_INSURED, unmet);
        for (RiskType risk : f.riskTypes()) {
            Resolution r = f.resolutions().get(risk);
            if (r == null) {
                unmet.add(Unmet.of(RemovalCondition.RISK_GONE, risk));
            } else if (r == Resolution.THROUGH_HELP && !f.risksHelped().contains(risk)) {
                unmet.add(Unmet.of(RemovalCondition.HELP_CARRIED_OUT, risk));
            }
        }
        if (!f.newRisks().isEmpty()) {
            unmet.add(Unmet.of(RemovalCondition.NO_NEW_RISK,
                    f.newRisks().stream().sorted().map(Objects::toString).toArray()));
        }
        require(!f.wholeHouseholdWithoutLabour(), RemovalCondition.HAS_LABOUR, unmet);
        return new Eligibility(unmet);
    }

    private static void monitoredLongEnough(RemovalFacts f, RemovalMinimums min, LocalDate today, List<Unmet> unmet) {
        if (f.monitoredSince() == null) {
            unmet.add(Unmet.of(RemovalCondition.MONITORING_START_UNKNOWN));
            return;
        }
        LocalDate reached = f.monitoredSince().plusMonths(min.monitoredMonths());
        if (reached.isAfter(today)) {
            unmet.add(Unmet.of(RemovalCondition.MONITORED_LONG_ENOUGH, f.monitoredSince(), min.monitoredMonths(), reached));
        }
    }

    private static void require(boolean holds, RemovalCondition condition, List<Unmet> unmet) {
        if (!holds) {
            unmet.add(Unmet.of(condition));
        }
    }
}
