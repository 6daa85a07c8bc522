// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

import java.util.SplittableRandom;
import org.jingzhun.app.region.GridKind;
import org.jingzhun.app.registry.generate.VillageCatalog.County;
import org.jingzhun.app.registry.generate.VillageCatalog.Village;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.MonitoringType;

/**
 * How many households each village has and which category (户类型) each gets, calibrated so that
 * the province reproduces DOMAIN.md §1 at scale 1: about 14 million households, 346万 persons in
 * 脱贫户 — concentrated in the 25 former poverty counties and most of all in the 3,058 former poor
 * villages — and 监测户 holding about 1 % of rural persons. The calibration is computed from the
 * whole province, so a county generated alone comes out exactly as in a province-wide run.
 */
final class CategoryModel {

    static final long PROVINCE_HOUSEHOLDS = 14_000_000;
    static final long EXITED_PERSONS = 3_460_000;
    static final long MONITORED_PERSONS = 376_000;
    // shares of monitored persons by monitoring type
    static final double UNSTABLE_SHARE = 0.45;
    static final double MARGINAL_SHARE = 0.45;
    static final double SUDDEN_SHARE = 0.10;

    // relative chance of having been a poor household, by where the village is
    private static final double EXIT_WEIGHT_POOR_VILLAGE = 10;
    private static final double EXIT_WEIGHT_POVERTY_COUNTY = 3;
    private static final double EXIT_WEIGHT_RURAL = 1;
    private static final double EXIT_WEIGHT_URBAN = 0.1;
    // relative chance of an ordinary household being 边缘易致贫
    private static final double MARGINAL_WEIGHT_POOR_AREA = 1.6;
    private static final double MARGINAL_WEIGHT_RURAL = 1;
    private static final double MARGINAL_WEIGHT_URBAN = 0.3;

    private static final Hardship[] HARDSHIPS = Hardship.values();
    private static final Weighted EXIT_YEARS = new Weighted(14, 18, 19, 18, 15, 12, 6.8); // 2014..2020
    private static final Weighted MONITORED_HARDSHIPS = new Weighted(0, 45, 15, 15, 10, 5, 5, 5); // by Hardship ordinal
    private static final Weighted SUDDEN_HARDSHIPS = new Weighted(0, 70, 0, 0, 0, 0, 0, 30);

    private final PovertyGeography geography;
    /** Households per unit of the demo estimate at scale 1. */
    private final double calibration;
    private final double exitFactor;
    private final double unstableGivenExited;
    private final double marginalFactor;
    private final double suddenRate;

    CategoryModel(VillageCatalog catalog, PovertyGeography geography) {
        this.geography = geography;
        double exitedHouseholds = EXITED_PERSONS / FamilyBuilder.meanSize(HouseholdCategory.EXITED);
        double monitoredMean = FamilyBuilder.meanSize(HouseholdCategory.MONITORED);
        double unstable = MONITORED_PERSONS * UNSTABLE_SHARE / monitoredMean;
        double marginal = MONITORED_PERSONS * MARGINAL_SHARE / monitoredMean;
        double sudden = MONITORED_PERSONS * SUDDEN_SHARE / monitoredMean;

        double estimate = 0;
        double exitWeighted = 0;
        for (County c : catalog.counties()) {
            for (Village v : c.villages()) {
                estimate += v.estimatedHouseholds();
                exitWeighted += v.estimatedHouseholds() * exitWeight(c, v);
            }
        }
        this.calibration = PROVINCE_HOUSEHOLDS / estimate;
        // households ∝ estimate, so shares of the estimate are shares of households at any scale
        this.exitFactor = (exitedHouseholds + unstable) / PROVINCE_HOUSEHOLDS * estimate / exitWeighted;
        this.unstableGivenExited = unstable / (exitedHouseholds + unstable);
        double ordinaryWeighted = 0;
        double ordinaryEstimate = 0;
        for (County c : catalog.counties()) {
            for (Village v : c.villages()) {
                double notExited = v.estimatedHouseholds() * (1 - exitBackground(c, v));
                ordinaryEstimate += notExited;
                ordinaryWeighted += notExited * marginalWeight(c, v);
            }
        }
        this.marginalFactor = marginal / PROVINCE_HOUSEHOLDS * estimate / ordinaryWeighted;
        this.suddenRate = sudden / PROVINCE_HOUSEHOLDS * estimate / ordinaryEstimate;
    }

    private double exitWeight(County c, Village v) {
        if (v.kind() == GridKind.URBAN) {
            return EXIT_WEIGHT_URBAN;
        }
        if (geography.isFormerPoorVillage(v.code())) {
            return EXIT_WEIGHT_POOR_VILLAGE;
        }
        return geography.isFormerPovertyCounty(c.code()) ? EXIT_WEIGHT_POVERTY_COUNTY : EXIT_WEIGHT_RURAL;
    }

    private double marginalWeight(County c, Village v) {
        if (v.kind() == GridKind.URBAN) {
            return MARGINAL_WEIGHT_URBAN;
        }
        boolean poorArea = geography.isFormerPoorVillage(v.code()) || geography.isFormerPovertyCounty(c.code());
        return poorArea ? MARGINAL_WEIGHT_POOR_AREA : MARGINAL_WEIGHT_RURAL;
    }

    /** The chance that a household of this village was registered poor (and has since exited). */
    double exitBackground(County c, Village v) {
        return Math.min(0.9, exitFactor * exitWeight(c, v));
    }

    /** Households of a village at {@code scale}, rounded at random so that small scales keep their expected totals. */
    int households(Village v, double scale, SplittableRandom r) {
        double expected = v.estimatedHouseholds() * calibration * scale;
        int whole = (int) expected;
        return whole + (r.nextDouble() < expected - whole ? 1 : 0);
    }

    double calibration() {
        return calibration;
    }

    /** Sets the category, monitoring type, hardship and exit year of a household in village {@code v}. */
    void categorise(Family f, County c, Village v, SplittableRandom r) {
        f.monitoringType = null;
        f.hardship = Hardship.NONE;
        f.exitYear = 0;
        if (r.nextDouble() < exitBackground(c, v)) {
            f.exitYear = exitYear(c, r);
            if (r.nextDouble() < unstableGivenExited) {
                monitored(f, MonitoringType.UNSTABLE_EXITED, MONITORED_HARDSHIPS, r);
            } else {
                f.category = HouseholdCategory.EXITED;
            }
            return;
        }
        double u = r.nextDouble();
        double marginal = marginalFactor * marginalWeight(c, v);
        if (u < marginal) {
            monitored(f, MonitoringType.MARGINAL, MONITORED_HARDSHIPS, r);
        } else if (u < marginal + suddenRate) {
            monitored(f, MonitoringType.SUDDEN_HARDSHIP, SUDDEN_HARDSHIPS, r);
        } else {
            f.category = HouseholdCategory.ORDINARY;
        }
    }

    private static void monitored(Family f, MonitoringType type, Weighted hardships, SplittableRandom r) {
        f.category = HouseholdCategory.MONITORED;
        f.monitoringType = type;
        f.hardship = HARDSHIPS[hardships.sample(r)];
    }

    /** 2014–2020; in a former poverty county mostly before the year its own exit was approved. */
    private int exitYear(County c, SplittableRandom r) {
        int countyYear = geography.countyExitYear(c.code());
        int year = 2014 + EXIT_YEARS.sample(r);
        if (countyYear == 0 || year < countyYear || r.nextDouble() < 0.1) {
            return year;
        }
        return 2014 + r.nextInt(countyYear - 2014);
    }
}
