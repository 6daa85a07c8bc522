// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

import java.util.SplittableRandom;
import org.jingzhun.kernel.household.DisabilityGrade;
import org.jingzhun.kernel.household.Health;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.LabourAbility;
import org.jingzhun.kernel.household.MonitoringType;
import org.jingzhun.kernel.household.SchoolStatus;
import org.jingzhun.kernel.household.WorkStatus;

/**
 * A household's support flags (低保, 特困供养, 易地搬迁), housing and water, and its income for
 * 2025 (DOMAIN.md §2), all in fen. Income is built from the members — wages from the months each
 * worked, farming from those who stay home, pensions for the old, 低保金 for 低保户, 合规自付支出
 * from illness and schooling — so that 参考人均收入 follows the family: ordinary households mostly
 * well above the 7,600-yuan monitoring line, 脱贫户 lower, and monitored households (other than
 * 突发严重困难户, who may earn well but face a large bill) below or near it.
 */
final class IncomeModel {

    static final int INCOME_YEAR = 2025;
    /** 2025 monitoring line (DOMAIN.md §5, default), fen per person per year. */
    static final long MONITORING_LINE = 7_600_00;

    private IncomeModel() {
    }

    static void assign(Family f, boolean urban, boolean povertyCounty, SplittableRandom r) {
        circumstances(f, povertyCounty, r);
        earnings(f, urban, r);
        transfers(f, urban, r);
        outOfPocket(f, r);
        if (f.monitoringType == MonitoringType.UNSTABLE_EXITED || f.monitoringType == MonitoringType.MARGINAL) {
            bringNearTheLine(f, r);
        }
    }

    private static long yuan(int low, int spread, SplittableRandom r) {
        return (low + (long) r.nextInt(spread)) * 100;
    }

    private static void circumstances(Family f, boolean povertyCounty, SplittableRandom r) {
        boolean monitored = f.category == HouseholdCategory.MONITORED;
        boolean supported = f.isExitedOrMonitored();
        boolean anyoneWorks = false;
        boolean canWork = false;
        for (int i = 0; i < f.size; i++) {
            anyoneWorks |= f.work[i] != WorkStatus.NOT_WORKING;
            canWork |= f.labour[i] == LabourAbility.SKILLED || f.labour[i] == LabourAbility.ORDINARY;
        }
        boolean alone = f.size == 1 && !canWork && (f.age[0] >= 60 || f.health[0] == Health.DISABLED);
        f.tekun = alone && r.nextDouble() < (supported ? 0.35 : 0.05);
        double dibao = monitored ? 0.38 : supported ? 0.18 : 0.012;
        f.dibao = !f.tekun && r.nextDouble() < Math.min(0.9, anyoneWorks ? dibao : dibao * 1.8);
        boolean wasPoor = f.category == HouseholdCategory.EXITED || f.monitoringType == MonitoringType.UNSTABLE_EXITED;
        f.relocated = r.nextDouble() < (wasPoor ? (povertyCounty ? 0.06 : 0.035) : 0.001);
        // unsafe housing or water makes a household a monitoring case (DOMAIN.md §6.5); the rare
        // unmonitored ones are left for the data-quality checks to find
        f.housingSafe = !(r.nextDouble() < (f.hardship == Hardship.DISASTER ? 0.35 : monitored ? 0.02 : 0.0001));
        f.waterSafe = !(r.nextDouble() < (monitored ? 0.015 : 0.00005));
    }

    private static void earnings(Family f, boolean urban, SplittableRandom r) {
        long wages = 0;
        long farm = 0;
        for (int i = 0; i < f.size; i++) {
            wages += f.monthlyWage[i] * f.workMonths[i];
            LabourAbility a = f.labour[i];
            boolean home = f.work[i] == WorkStatus.NOT_WORKING || f.work[i] == WorkStatus.IN_TOWNSHIP;
            boolean farms = a == LabourAbility.SKILLED || a == LabourAbility.ORDINARY || a == LabourAbility.WEAK;
            if (home && farms && f.age[i] >= 16 && f.age[i] <= 75 && (!urban || r.nextDouble() < 0.1)) {
                boolean fullTime = f.age[i] < 60 && a != LabourAbility.WEAK && f.work[i] == WorkStatus.NOT_WORKING;
                long gross = fullTime ? yuan(12_000, 24_000, r) : yuan(4_000, 8_000, r); // crops, pigs, navel oranges
                farm += a == LabourAbility.WEAK ? gross / 2 : gross;
            }
        }
        if (farm == 0 && !urban && r.nextDouble() < 0.4) {
            farm = yuan(300, 1_200, r); // a vegetable plot and some poultry
        }
        if (f.category == HouseholdCategory.EXITED && r.nextDouble() < 0.7) {
            farm += yuan(1_000, 3_000, r); // industry support (产业帮扶) keeps paying after exit
        }
        double businessShare = switch (f.category) {
            case ORDINARY -> urban ? 0.15 : 0.09;
            case EXITED -> 0.04;
            case MONITORED -> 0.02;
        };
        long business = r.nextDouble() < businessShare ? yuan(20_000, 100_000, r) : 0;
        long costs = Math.round(farm * (0.35 + 0.2 * r.nextDouble()))
                + Math.round(business * (0.45 + 0.25 * r.nextDouble()));
        if (f.hardship == Hardship.INDUSTRY_FAILURE) {
            farm += yuan(5_000, 20_000, r);
            costs = Math.round((farm + business) * (0.9 + 0.7 * r.nextDouble()));
        } else if (f.hardship == Hardship.DISASTER) {
            farm = Math.round(farm * (0.1 + 0.4 * r.nextDouble()));
            business = Math.round(business * (0.1 + 0.4 * r.nextDouble()));
        }
        long property = switch (f.category) {
            case ORDINARY -> urban && r.nextDouble() < 0.25 ? yuan(3_000, 17_000, r)
                    : r.nextDouble() < 0.45 ? yuan(200, 3_800, r) : 0;
            case EXITED -> r.nextDouble() < 0.65 ? yuan(300, 1_200, r) : 0; // cooperative and solar dividends
            case MONITORED -> r.nextDouble() < 0.5 ? yuan(100, 700, r) : 0;
        };
        f.wages = wages;
        f.businessIncome = farm + business;
        f.productionCosts = costs;
        f.propertyIncome = property;
    }

    private static void transfers(Family f, boolean urban, SplittableRandom r) {
        boolean supported = f.isExitedOrMonitored();
        boolean needy = f.monitoringType == MonitoringType.UNSTABLE_EXITED || f.monitoringType == MonitoringType.MARGINAL;
        boolean youngEarner = false;
        for (int i = 0; i < f.size; i++) {
            youngEarner |= f.age[i] < 60 && f.workMonths[i] > 0;
        }
        long total = 0;
        boolean seriousIllness = false;
        for (int i = 0; i < f.size; i++) {
            int age = f.age[i];
            if (age >= 60 && f.basicPension[i]) {
                total += urban && r.nextDouble() < 0.4
                        ? 12L * (200_000 + r.nextInt(150_000)) // a retired employee's pension (城镇职工养老保险)
                        : 12L * (16_000 + r.nextInt(14_000)); // residents' basic pension with local top-ups, to the fen
                if (age >= 80) {
                    total += yuan(600, 600, r); // 高龄补贴
                }
            }
            if (age >= 60 && r.nextDouble() < (youngEarner ? 0.3 : needy ? 0.35 : 0.85)) {
                long support = needy ? yuan(1_000, 3_000, r) : yuan(4_000, 8_000, r);
                total += support; // children living elsewhere support their parents (赡养)
                f.relativesSupport += support;
            }
            if (f.dibao) {
                total += 12L * yuan(280, 200, r);
            }
            if (f.tekun) {
                total += 12L * yuan(750, 200, r);
            }
            DisabilityGrade g = f.disability[i];
            if (g == DisabilityGrade.GRADE_1 || g == DisabilityGrade.GRADE_2) {
                total += yuan(1_200, 600, r);
            } else if (g != null && (f.dibao || supported)) {
                total += yuan(600, 400, r);
            }
            if (supported) {
                total += studentAid(f.school[i], r);
            }
            seriousIllness |= f.health[i] == Health.SERIOUS_ILLNESS;
        }
        if (!urban && r.nextDouble() < 0.85) {
            total += yuan(150, 750, r); // 耕地地力保护补贴
        }
        long payouts = 0;
        boolean insuredLoss = f.hardship == Hardship.ILLNESS && r.nextDouble() < 0.7
                || f.hardship == Hardship.DISASTER && r.nextDouble() < 0.6;
        if (insuredLoss) {
            payouts = yuan(3_000, 17_000, r); // 防贫保险 / 返贫责任险, up to 20,000
        } else if (seriousIllness && r.nextDouble() < (supported ? 0.5 : 0.3 * commercialShare(f))) {
            payouts = supported ? yuan(1_000, 9_000, r) : yuan(2_000, 28_000, r);
        }
        f.insurancePayouts = payouts;
        f.transfers = total + payouts; // 理赔收入 is part of 转移性收入
    }

    private static double commercialShare(Family f) {
        int insured = 0;
        for (int i = 0; i < f.size; i++) {
            insured += f.commercialMedical[i] ? 1 : 0;
        }
        return (double) insured / f.size;
    }

    private static long studentAid(SchoolStatus s, SplittableRandom r) {
        return switch (s) {
            case PRIMARY, JUNIOR_SECONDARY -> yuan(500, 500, r);
            case SENIOR_SECONDARY, SECONDARY_VOCATIONAL -> 2_000_00;
            case HIGHER_VOCATIONAL, BACHELOR_OR_ABOVE -> yuan(3_000, 2_000, r); // 助学金 and 雨露计划
            default -> 0;
        };
    }

    private static void outOfPocket(Family f, SplittableRandom r) {
        boolean supported = f.isExitedOrMonitored();
        boolean sudden = f.monitoringType == MonitoringType.SUDDEN_HARDSHIP;
        long oop = 0;
        for (int i = 0; i < f.size; i++) {
            switch (f.health[i]) {
                // after the four lines of medical cover (四道保障线) 脱贫/监测 patients pay about 10 %
                case SERIOUS_ILLNESS -> oop += supported && !sudden ? yuan(1_500, 10_500, r)
                        : yuan(5_000, 15_000, r) + (r.nextDouble() < 0.2 ? yuan(0, 30_000, r) : 0);
                case CHRONIC_ILLNESS -> oop += supported ? yuan(200, 1_300, r) : yuan(300, 2_700, r);
                case DISABLED -> oop += r.nextDouble() < 0.5 ? yuan(0, 1_000, r) : 0;
                default -> { }
            }
            SchoolStatus s = f.school[i];
            if (s == SchoolStatus.HIGHER_VOCATIONAL || s == SchoolStatus.BACHELOR_OR_ABOVE) {
                oop += supported ? yuan(1_000, 2_000, r) : yuan(4_000, 6_000, r);
            } else if (s == SchoolStatus.SENIOR_SECONDARY || s == SchoolStatus.SECONDARY_VOCATIONAL) {
                oop += yuan(1_000, 2_000, r);
            }
        }
        if (oop == 0 && r.nextDouble() < 0.35) {
            oop = yuan(0, 800, r);
        }
        if (sudden && f.hardship == Hardship.ILLNESS) {
            oop += yuan(20_000, 60_000, r); // the large rigid bill that makes a sudden-hardship case
        } else if (f.hardship == Hardship.ILLNESS) {
            oop += yuan(5_000, 20_000, r);
        } else if (f.hardship == Hardship.EDUCATION) {
            oop += yuan(3_000, 7_000, r);
        }
        f.outOfPocket = oop;
    }

    /**
     * A household monitored as 脱贫不稳定户 or 边缘易致贫户 is by definition below the line or close
     * to it: if the members alone gave it more, its hardship took the difference — a bigger bill
     * for illness and schooling, a loss on the failed project or the disaster, fewer months of
     * work, less help from children living elsewhere.
     */
    private static void bringNearTheLine(Family f, SplittableRandom r) {
        long target = r.nextDouble() < 0.85 ? yuan(2_500, 5_100, r) : yuan(7_600, 1_900, r);
        long excess = f.referenceIncome() - target * f.size;
        if (excess <= 0) {
            return;
        }
        switch (f.hardship) {
            case ILLNESS, EDUCATION -> {
                f.outOfPocket += excess;
                return;
            }
            case INDUSTRY_FAILURE -> {
                f.productionCosts += excess;
                return;
            }
            default -> { }
        }
        excess -= fewerMonths(f, excess);
        long fromBusiness = Math.min(excess, f.businessIncome - f.productionCosts);
        if (fromBusiness > 0) {
            f.businessIncome -= fromBusiness;
            excess -= fromBusiness;
        }
        long fromProperty = Math.min(excess, f.propertyIncome);
        f.propertyIncome -= fromProperty;
        excess -= fromProperty;
        long fromSupport = Math.min(excess, f.relativesSupport);
        f.transfers -= fromSupport;
        f.relativesSupport -= fromSupport;
    }

    /** Shortens the members' work until wages have dropped by about {@code excess}; returns the drop. */
    private static long fewerMonths(Family f, long excess) {
        if (f.wages == 0) {
            return 0;
        }
        double keep = Math.max(0, 1 - (double) excess / f.wages);
        long wages = 0;
        for (int i = 0; i < f.size; i++) {
            if (f.workMonths[i] > 0 && !f.welfareJob[i]) {
                int months = (int) Math.round(f.workMonths[i] * keep);
                f.workMonths[i] = months;
                if (months == 0) {
                    f.work[i] = WorkStatus.NOT_WORKING;
                    f.monthlyWage[i] = 0;
                }
            }
            wages += f.monthlyWage[i] * f.workMonths[i];
        }
        long drop = f.wages - wages;
        f.wages = wages;
        return drop;
    }
}
