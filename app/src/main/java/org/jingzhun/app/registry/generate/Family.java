// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

import org.jingzhun.kernel.household.DisabilityGrade;
import org.jingzhun.kernel.household.Education;
import org.jingzhun.kernel.household.Health;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.LabourAbility;
import org.jingzhun.kernel.household.MonitoringType;
import org.jingzhun.kernel.household.Relation;
import org.jingzhun.kernel.household.SchoolStatus;
import org.jingzhun.kernel.household.WorkStatus;

/**
 * One household (户) being generated: a mutable buffer of parallel arrays that a county's worker
 * fills, writes and then reuses for the next household. Holding members as primitives instead of
 * objects keeps a province-size run free of per-person garbage. Member 0 is always the head.
 */
final class Family {

    /** Largest household the size distributions produce. */
    static final int MAX_MEMBERS = 10;

    // household
    HouseholdCategory category;
    MonitoringType monitoringType;
    Hardship hardship;
    int exitYear;
    long wages;
    long businessIncome;
    long propertyIncome;
    long transfers;
    long productionCosts;
    long insurancePayouts;
    long outOfPocket;
    /** The part of {@link #transfers} that children living elsewhere give (赡养). */
    long relativesSupport;
    boolean housingSafe;
    boolean waterSafe;
    boolean relocated;
    boolean dibao;
    boolean tekun;
    /** Surname index of the family line (the head's, or the late husband's when a widow heads it). */
    int familySurname;

    // members
    int size;
    final Relation[] relation = new Relation[MAX_MEMBERS];
    final int[] age = new int[MAX_MEMBERS];
    final boolean[] male = new boolean[MAX_MEMBERS];
    final int[] surname = new int[MAX_MEMBERS];
    final int[] given1 = new int[MAX_MEMBERS];
    /** −1 for a one-character given name. */
    final int[] given2 = new int[MAX_MEMBERS];
    final int[] birthDay = new int[MAX_MEMBERS];
    final int[] idSequence = new int[MAX_MEMBERS];
    final int[] ethnicity = new int[MAX_MEMBERS];
    final Education[] education = new Education[MAX_MEMBERS];
    final SchoolStatus[] school = new SchoolStatus[MAX_MEMBERS];
    final Health[] health = new Health[MAX_MEMBERS];
    /** {@code null} unless {@link #health} is {@link Health#DISABLED}. */
    final DisabilityGrade[] disability = new DisabilityGrade[MAX_MEMBERS];
    final LabourAbility[] labour = new LabourAbility[MAX_MEMBERS];
    final WorkStatus[] work = new WorkStatus[MAX_MEMBERS];
    final int[] workMonths = new int[MAX_MEMBERS];
    /** Fen per month worked. */
    final long[] monthlyWage = new long[MAX_MEMBERS];
    final boolean[] basicMedical = new boolean[MAX_MEMBERS];
    final boolean[] seriousIllnessInsurance = new boolean[MAX_MEMBERS];
    final boolean[] basicPension = new boolean[MAX_MEMBERS];
    final boolean[] commercialMedical = new boolean[MAX_MEMBERS];
    final boolean[] welfareJob = new boolean[MAX_MEMBERS];
    /** 11 digits, or 0 for none. */
    final long[] phone = new long[MAX_MEMBERS];

    void reset() {
        size = 0;
        monitoringType = null;
        hardship = Hardship.NONE;
        exitYear = 0;
        wages = 0;
        businessIncome = 0;
        propertyIncome = 0;
        transfers = 0;
        productionCosts = 0;
        insurancePayouts = 0;
        outOfPocket = 0;
        relativesSupport = 0;
        housingSafe = true;
        waterSafe = true;
        relocated = false;
        dibao = false;
        tekun = false;
    }

    /** Adds a member with the given relation, age and sex; returns its index. */
    int add(Relation r, int memberAge, boolean isMale) {
        int i = size++;
        relation[i] = r;
        age[i] = Math.clamp(memberAge, 0, FamilyBuilder.MAX_AGE);
        male[i] = isMale;
        surname[i] = 0;
        given1[i] = 0;
        given2[i] = -1;
        ethnicity[i] = 0;
        disability[i] = null;
        workMonths[i] = 0;
        monthlyWage[i] = 0;
        welfareJob[i] = false;
        phone[i] = 0;
        return i;
    }

    boolean isExitedOrMonitored() {
        return category != HouseholdCategory.ORDINARY;
    }

    /** 家庭纯收入 − 合规自付支出, in fen. */
    long referenceIncome() {
        return wages + businessIncome + propertyIncome + transfers - productionCosts - outOfPocket;
    }

    /** 参考人均收入 in fen. */
    long referenceIncomePerPerson() {
        return referenceIncome() / size;
    }

    int indexOf(Relation r) {
        for (int i = 0; i < size; i++) {
            if (relation[i] == r) {
                return i;
            }
        }
        return -1;
    }
}
