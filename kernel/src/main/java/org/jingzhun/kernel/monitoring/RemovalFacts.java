// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jingzhun.kernel.Money;

/**
 * What risk removal is decided on: from the monitoring record (since when, which risks), the
 * measures (how many carried out, against which risks), the registry (income, 三保障 and water,
 * labour), the current department warnings, and the village's assessment (income stable since,
 * rigid spending resolved, how each risk went away, new risks seen).
 *
 * @param monitoredSince      county confirmation of the recognition, or {@code null} if unknown
 * @param riskTypes           the risks the household is monitored for
 * @param resolutions         how each risk went away; a risk without one is not gone
 * @param risksHelped         risks with a measure carried out against them
 * @param measuresCarriedOut  measures carried out for the household
 * @param incomeStableSince   the assessment's date from which income has been stable, or {@code null}
 * @param referenceIncome     the latest 参考人均收入, or {@code null} if none is recorded
 * @param incomeYear          its year
 * @param monitoringLine      the monitoring line of {@code lineYear} (the current year)
 * @param newRisks            risks that appeared (current warnings and the assessment's)
 */
public record RemovalFacts(LocalDate monitoredSince, List<RiskType> riskTypes, Map<RiskType, Resolution> resolutions,
                           Set<RiskType> risksHelped, int measuresCarriedOut, LocalDate incomeStableSince,
                           Money referenceIncome, Integer incomeYear, Money monitoringLine, int lineYear,
                           boolean rigidSpendingResolved, boolean housingSafe, boolean waterSafe,
                           boolean educationSecured, boolean medicalInsured, Set<RiskType> newRisks,
                           boolean wholeHouseholdWithoutLabour) {

    public RemovalFacts {
        riskTypes = riskTypes == null ? List.of() : List.copyOf(riskTypes);
        resolutions = resolutions == null ? Map.of() : Map.copyOf(resolutions);
        risksHelped = risksHelped == null ? Set.of() : Set.copyOf(risksHelped);
        newRisks = newRisks == null ? Set.of() : Set.copyOf(newRisks);
        java.util.Objects.requireNonNull(monitoringLine, "monitoringLine");
    }
}
