// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

import java.util.SplittableRandom;
import org.jingzhun.kernel.household.DisabilityGrade;
import org.jingzhun.kernel.household.Education;
import org.jingzhun.kernel.household.Health;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.LabourAbility;
import org.jingzhun.kernel.household.Relation;
import org.jingzhun.kernel.household.SchoolStatus;
import org.jingzhun.kernel.household.WorkStatus;

/**
 * A member's situation (家庭成员信息): health, schooling, labour, work, insurance and phone, drawn
 * from age and from the household's category and hardship. Each is drawn after the ones it
 * depends on — labour after health and school, work after labour — so that the combinations a
 * data-quality check would reject (a pupil who works, a disabled grade without 残疾) do not occur,
 * except the rare dropout that DOMAIN.md §6.5 wants the checks to find.
 */
final class MemberProfiles {

    private static final double DROPOUT = 0.0005;
    // shares by age band: under 18, 18–44, 45–59, 60–74, 75 and over
    private static final double[] CHRONIC = {0.01, 0.03, 0.10, 0.22, 0.30};
    private static final double[] SERIOUS = {0.002, 0.006, 0.018, 0.035, 0.045};
    private static final double[] DISABLED = {0.006, 0.018, 0.03, 0.05, 0.08};
    // values() copies its array on every call; these are read for every member
    private static final DisabilityGrade[] GRADES = DisabilityGrade.values();
    private static final Education[] EDUCATIONS = Education.values();
    private static final Weighted DISABILITY_GRADES = new Weighted(12, 22, 30, 36);
    private static final Weighted ADULT_EDUCATION_70_PLUS = new Weighted(0, 45, 40, 12, 3, 0, 0, 0);
    private static final Weighted ADULT_EDUCATION_55_69 = new Weighted(0, 15, 40, 35, 8, 2, 0, 0);
    private static final Weighted ADULT_EDUCATION_40_54 = new Weighted(0, 3, 22, 50, 15, 6, 3, 1);
    private static final Weighted ADULT_EDUCATION_23_39 = new Weighted(0, 1, 6, 40, 20, 14, 12, 7);
    private static final Weighted ADULT_EDUCATION_16_22 = new Weighted(0, 0, 8, 50, 22, 20, 0, 0);
    // work places: in township, in county, in province outside the county, outside the province
    private static final Weighted YOUNGER_WORK_PLACES = new Weighted(18, 20, 20, 42);
    private static final Weighted OLDER_WORK_PLACES = new Weighted(35, 30, 15, 20);
    private static final Weighted URBAN_WORK_PLACES = new Weighted(10, 55, 15, 20);
    private static final Weighted WEAK_WORK_PLACES = new Weighted(70, 30, 0, 0);
    /** Yuan per month at each work place (lowest, spread). */
    private static final int[][] WAGE_RANGES = {{2_200, 1_400}, {3_000, 1_500}, {3_800, 1_800}, {4_600, 2_400}};
    private static final int[] PHONE_PREFIXES = {130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 147, 150, 151, 152,
            153, 155, 156, 157, 158, 159, 166, 173, 175, 176, 177, 178, 180, 181, 182, 183, 184, 185, 186, 187, 188,
            189, 191, 193, 195, 198, 199};
    private static final WorkStatus[] WORK_PLACES = {
            WorkStatus.IN_TOWNSHIP, WorkStatus.IN_COUNTY, WorkStatus.IN_PROVINCE, WorkStatus.OUT_OF_PROVINCE};

    private MemberProfiles() {
    }

    /** Draws every member's profile; the household's category and hardship are already set. */
    static void assign(Family f, boolean urban, SplittableRandom r) {
        boolean supported = f.isExitedOrMonitored();
        for (int i = 0; i < f.size; i++) {
            health(f, i, supported, r);
        }
        applyHardshipToHealth(f, r);
        for (int i = 0; i < f.size; i++) {
            school(f, i, r);
            labour(f, i, r);
            if (f.hardship == Hardship.LACK_OF_LABOUR
                    && (f.labour[i] == LabourAbility.SKILLED || f.labour[i] == LabourAbility.ORDINARY)) {
                f.labour[i] = LabourAbility.WEAK;
            }
            work(f, i, urban, r);
            insurance(f, i, supported, r);
            f.phone[i] = f.age[i] >= 18 && r.nextDouble() < phoneShare(f.age[i])
                    ? PHONE_PREFIXES[r.nextInt(PHONE_PREFIXES.length)] * 100_000_000L + r.nextInt(100_000_000) : 0;
        }
        welfareJob(f, supported, r);
    }

    private static void health(Family f, int i, boolean supported, SplittableRandom r) {
        int age = f.age[i];
        int band = age < 18 ? 0 : age < 45 ? 1 : age < 60 ? 2 : age < 75 ? 3 : 4;
        double factor = supported ? 1.8 : 1.0;
        double chronic = CHRONIC[band] * factor;
        double serious = SERIOUS[band] * factor;
        double disabled = DISABLED[band] * factor;
        double u = r.nextDouble();
        f.disability[i] = null;
        if (u < disabled) {
            setDisabled(f, i, GRADES[DISABILITY_GRADES.sample(r)]);
        } else if (u < disabled + serious) {
            f.health[i] = Health.SERIOUS_ILLNESS;
        } else if (u < disabled + serious + chronic) {
            f.health[i] = Health.CHRONIC_ILLNESS;
        } else {
            f.health[i] = Health.HEALTHY;
        }
    }

    private static void setDisabled(Family f, int i, DisabilityGrade grade) {
        f.health[i] = Health.DISABLED;
        f.disability[i] = grade;
    }

    /** The member whose illness or disability put the household at risk: an adult, the head or spouse if possible. */
    private static void applyHardshipToHealth(Family f, SplittableRandom r) {
        if (f.hardship != Hardship.ILLNESS && f.hardship != Hardship.DISABILITY) {
            return;
        }
        int who = f.size > 1 && f.relation[1] == Relation.SPOUSE && r.nextBoolean() ? 1 : 0;
        if (r.nextDouble() < 0.15 && f.size > 2) {
            who = 2 + r.nextInt(f.size - 2); // a child's or parent's illness can ruin a family too
        }
        if (f.hardship == Hardship.ILLNESS) {
            f.disability[who] = null;
            f.health[who] = r.nextDouble() < 0.75 ? Health.SERIOUS_ILLNESS : Health.CHRONIC_ILLNESS;
        } else {
            setDisabled(f, who, r.nextDouble() < 0.7
                    ? (r.nextBoolean() ? DisabilityGrade.GRADE_1 : DisabilityGrade.GRADE_2)
                    : (r.nextBoolean() ? DisabilityGrade.GRADE_3 : DisabilityGrade.GRADE_4));
        }
    }

    private static void school(Family f, int i, SplittableRandom r) {
        int age = f.age[i];
        SchoolStatus s;
        if (age < 3) {
            s = SchoolStatus.NOT_IN_SCHOOL;
        } else if (age < 6) {
            s = r.nextDouble() < 0.85 ? SchoolStatus.PRESCHOOL : SchoolStatus.NOT_IN_SCHOOL;
        } else if (age <= 15) {
            s = age <= 11 || age == 12 && r.nextDouble() < 0.4 ? SchoolStatus.PRIMARY : SchoolStatus.JUNIOR_SECONDARY;
            if (r.nextDouble() < DROPOUT) {
                f.school[i] = SchoolStatus.DROPOUT;
                f.education[i] = age >= 13 ? Education.JUNIOR_SECONDARY : Education.PRIMARY;
                return;
            }
        } else if (age <= 17) {
            double u = r.nextDouble();
            s = u < 0.50 ? SchoolStatus.SENIOR_SECONDARY
                    : u < 0.82 ? SchoolStatus.SECONDARY_VOCATIONAL : SchoolStatus.NOT_IN_SCHOOL;
        } else if (age <= 22) {
            double u = r.nextDouble();
            s = u < 0.28 ? SchoolStatus.BACHELOR_OR_ABOVE
                    : u < 0.48 ? SchoolStatus.HIGHER_VOCATIONAL : SchoolStatus.NOT_IN_SCHOOL;
        } else if (age <= 25) {
            s = r.nextDouble() < 0.06 ? SchoolStatus.BACHELOR_OR_ABOVE : SchoolStatus.NOT_IN_SCHOOL;
        } else {
            s = SchoolStatus.NOT_IN_SCHOOL;
        }
        f.school[i] = s;
        f.education[i] = switch (s) {
            case PRESCHOOL, NOT_IN_SCHOOL -> age < 6 ? Education.PRESCHOOL_CHILD : adultEducation(age, r);
            case PRIMARY, DROPOUT -> Education.PRIMARY;
            case JUNIOR_SECONDARY -> Education.JUNIOR_SECONDARY;
            case SENIOR_SECONDARY -> Education.SENIOR_SECONDARY;
            case SECONDARY_VOCATIONAL -> Education.SECONDARY_VOCATIONAL;
            case HIGHER_VOCATIONAL -> Education.JUNIOR_COLLEGE;
            case BACHELOR_OR_ABOVE -> Education.BACHELOR_OR_ABOVE;
        };
    }

    /** Highest education of someone out of school: older cohorts had far less schooling. */
    private static Education adultEducation(int age, SplittableRandom r) {
        Weighted w = age >= 70 ? ADULT_EDUCATION_70_PLUS : age >= 55 ? ADULT_EDUCATION_55_69
                : age >= 40 ? ADULT_EDUCATION_40_54 : age >= 23 ? ADULT_EDUCATION_23_39 : ADULT_EDUCATION_16_22;
        return EDUCATIONS[w.sample(r)];
    }

    static boolean inSchool(SchoolStatus s) {
        return s != SchoolStatus.NOT_IN_SCHOOL && s != SchoolStatus.DROPOUT;
    }

    private static void labour(Family f, int i, SplittableRandom r) {
        int age = f.age[i];
        double u = r.nextDouble();
        LabourAbility a;
        if (age < 16 || inSchool(f.school[i])) {
            a = LabourAbility.NONE;
        } else if (severelyDisabled(f, i) || f.health[i] == Health.SERIOUS_ILLNESS && u < 0.55) {
            a = LabourAbility.LOST;
        } else if (age >= 75) {
            a = u < 0.6 ? LabourAbility.NONE : u < 0.85 ? LabourAbility.WEAK : LabourAbility.LOST;
        } else if (f.health[i] != Health.HEALTHY) {
            a = u < 0.45 && age < 60 ? LabourAbility.ORDINARY : u < 0.92 ? LabourAbility.WEAK : LabourAbility.LOST;
        } else if (age >= 65) {
            a = u < 0.30 ? LabourAbility.ORDINARY : u < 0.85 ? LabourAbility.WEAK : LabourAbility.NONE;
        } else if (age >= 60) {
            a = u < 0.70 ? LabourAbility.ORDINARY : LabourAbility.WEAK;
        } else {
            double skilled = f.education[i].ordinal() >= Education.SENIOR_SECONDARY.ordinal() ? 0.30 : 0.10;
            a = u < skilled ? LabourAbility.SKILLED : u < 0.96 ? LabourAbility.ORDINARY : LabourAbility.WEAK;
        }
        f.labour[i] = a;
    }

    private static boolean severelyDisabled(Family f, int i) {
        return f.disability[i] == DisabilityGrade.GRADE_1 || f.disability[i] == DisabilityGrade.GRADE_2;
    }

    private static void work(Family f, int i, boolean urban, SplittableRandom r) {
        f.work[i] = WorkStatus.NOT_WORKING;
        f.workMonths[i] = 0;
        f.monthlyWage[i] = 0;
        LabourAbility a = f.labour[i];
        int age = f.age[i];
        double chance = switch (a) {
            case SKILLED -> 0.92;
            case ORDINARY -> age >= 60 ? 0.45 : urban ? 0.88 : 0.80;
            case WEAK -> 0.35;
            case LOST, NONE -> 0;
        };
        if (age > 70 || r.nextDouble() >= chance) {
            return;
        }
        Weighted places = a == LabourAbility.WEAK ? WEAK_WORK_PLACES : urban ? URBAN_WORK_PLACES
                : age < 50 ? YOUNGER_WORK_PLACES : OLDER_WORK_PLACES;
        int place = places.sample(r);
        f.work[i] = WORK_PLACES[place];
        double u = r.nextDouble();
        int months;
        if (place >= 2) {
            months = u < 0.70 ? 10 + r.nextInt(3) : u < 0.95 ? 6 + r.nextInt(4) : 3 + r.nextInt(3);
        } else {
            months = u < 0.55 ? 12 : u < 0.90 ? 6 + r.nextInt(6) : 2 + r.nextInt(4);
        }
        if (f.hardship == Hardship.UNSTABLE_EMPLOYMENT) {
            months = 1 + r.nextInt(4);
        }
        f.workMonths[i] = months;
        double skill = a == LabourAbility.SKILLED ? 1.35 : a == LabourAbility.WEAK ? 0.6 : 1.0;
        if (f.category == HouseholdCategory.EXITED) {
            skill *= 0.85; // former poor households still find fewer well-paid jobs than their neighbours
        }
        int[] range = WAGE_RANGES[place];
        f.monthlyWage[i] = Math.round((range[0] + r.nextInt(range[1])) * skill) * 100;
    }

    private static void insurance(Family f, int i, boolean supported, SplittableRandom r) {
        // the state pays the premium for 脱贫/监测 people, so they are all insured (应保尽保)
        boolean medical = supported || r.nextDouble() < 0.993;
        f.basicMedical[i] = medical;
        f.seriousIllnessInsurance[i] = medical; // 大病保险 comes with 基本医保
        boolean adultOutOfSchool = f.age[i] >= 16 && !inSchool(f.school[i]);
        f.basicPension[i] = adultOutOfSchool && r.nextDouble() < (f.age[i] >= 60 ? 0.98 : supported ? 0.97 : 0.88);
        f.commercialMedical[i] = r.nextDouble() < (supported ? 0.92 : 0.06);
    }

    private static double phoneShare(int age) {
        return age < 70 ? 0.92 : age < 80 ? 0.55 : 0.25;
    }

    /** 公益岗位: a local job for one member of a 脱贫/监测 household who cannot go out to work. */
    private static void welfareJob(Family f, boolean supported, SplittableRandom r) {
        if (r.nextDouble() >= (supported ? 0.07 : 0.003)) {
            return;
        }
        for (int i = 0; i < f.size; i++) {
            LabourAbility a = f.labour[i];
            boolean local = f.work[i] == WorkStatus.NOT_WORKING || f.work[i] == WorkStatus.IN_TOWNSHIP;
            if (f.age[i] >= 18 && f.age[i] <= 65 && local && (a == LabourAbility.WEAK || a == LabourAbility.ORDINARY)) {
                f.welfareJob[i] = true;
                f.work[i] = WorkStatus.IN_TOWNSHIP;
                f.workMonths[i] = 12;
                f.monthlyWage[i] = (500 + r.nextInt(501)) * 100L;
                return;
            }
        }
    }
}
