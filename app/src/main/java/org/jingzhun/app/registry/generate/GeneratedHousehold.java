// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry.generate;

import java.nio.charset.StandardCharsets;
import org.jingzhun.app.registry.generate.VillageCatalog.County;
import org.jingzhun.app.registry.generate.VillageCatalog.Village;
import org.jingzhun.kernel.household.DisabilityGrade;
import org.jingzhun.kernel.household.Health;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.MonitoringType;
import org.jingzhun.kernel.household.Relation;
import org.jingzhun.kernel.household.SchoolStatus;
import org.jingzhun.kernel.household.WorkStatus;

/**
 * A read-only view of the household the generator has just drawn, handed out by
 * {@link HouseholdGenerator#forEachHousehold}: the same persons, ID numbers and figures that its
 * rows in {@code households-<county>.csv} hold. It exists so that data about the generated
 * persons (department feeds, DOMAIN.md §7) can be made in memory, without writing and parsing
 * the household files. The view is reused for the next household: it is valid only during the
 * call it is passed to, and must not be kept. Money is in fen.
 */
public final class GeneratedHousehold {

    private final County county;
    private final boolean formerPovertyCounty;
    private final PovertyGeography geography;
    private Family f;
    private IdNumberAllocator ids;
    private Village village;
    private int sequence;

    GeneratedHousehold(County county, PovertyGeography geography) {
        this.county = county;
        this.geography = geography;
        this.formerPovertyCounty = geography.isFormerPovertyCounty(county.code());
    }

    GeneratedHousehold at(Family family, IdNumberAllocator allocator, Village v, int householdSequence) {
        this.f = family;
        this.ids = allocator;
        this.village = v;
        this.sequence = householdSequence;
        return this;
    }

    // where

    public County county() {
        return county;
    }

    public Village village() {
        return village;
    }

    /** 户编号, 16 digits. */
    public String householdNumber() {
        return village.code() + String.format("%04d", sequence);
    }

    /** One of the 25 former poverty counties (贫困县). */
    public boolean formerPovertyCounty() {
        return formerPovertyCounty;
    }

    /** One of the 3,058 former poor villages (贫困村). */
    public boolean formerPoorVillage() {
        return geography.isFormerPoorVillage(village.code());
    }

    // the household

    public HouseholdCategory category() {
        return f.category;
    }

    /** {@code null} unless the household is monitored. */
    public MonitoringType monitoringType() {
        return f.monitoringType;
    }

    /** 脱贫年度: the year a household registered poor exited (脱贫户, and 脱贫不稳定户 among the monitored), else 0. */
    public int exitYear() {
        return f.exitYear;
    }

    /** What put a monitored household at risk; {@link Hardship#NONE} for the others. */
    public Hardship hardship() {
        return f.hardship;
    }

    public boolean dibao() {
        return f.dibao;
    }

    public boolean tekun() {
        return f.tekun;
    }

    public boolean housingSafe() {
        return f.housingSafe;
    }

    public boolean waterSafe() {
        return f.waterSafe;
    }

    /** 家庭纯收入: wages + business + property + transfers − production costs. */
    public long netIncomeFen() {
        return f.wages + f.businessIncome + f.propertyIncome + f.transfers - f.productionCosts;
    }

    /** 参考人均收入: (家庭纯收入 − 合规自付支出) / household size. */
    public long referenceIncomePerPersonFen() {
        return f.referenceIncomePerPerson();
    }

    /** 生产经营性收入 (farming and business together, as in the template). */
    public long businessIncomeFen() {
        return f.businessIncome;
    }

    /** 合规自付支出. */
    public long outOfPocketFen() {
        return f.outOfPocket;
    }

    // members, 0 = the head

    public int size() {
        return f.size;
    }

    public Relation relation(int member) {
        return f.relation[member];
    }

    /** Age in whole years on {@link HouseholdGenerator#REFERENCE_DATE}. */
    public int age(int member) {
        return f.age[member];
    }

    /** The birth date in the ID number, as an epoch day. */
    public int birthEpochDay(int member) {
        return IdNumberAllocator.birthEpochDay(f, member);
    }

    public boolean male(int member) {
        return f.male[member];
    }

    public Health health(int member) {
        return f.health[member];
    }

    /** {@code null} unless the member is registered as disabled. */
    public DisabilityGrade disabilityGrade(int member) {
        return f.disability[member];
    }

    public SchoolStatus schoolStatus(int member) {
        return f.school[member];
    }

    public WorkStatus work(int member) {
        return f.work[member];
    }

    public int workMonths(int member) {
        return f.workMonths[member];
    }

    /** Wage per month worked. */
    public long monthlyWageFen(int member) {
        return f.monthlyWage[member];
    }

    /** 参加基本医保 as registered. */
    public boolean basicMedical(int member) {
        return f.basicMedical[member];
    }

    public boolean welfareJob(int member) {
        return f.welfareJob[member];
    }

    /** Puts the member's 18-character ID number into {@code dst} from {@code offset} as ASCII, without allocating. */
    public void idNumber(int member, byte[] dst, int offset) {
        ids.idNumber(f, member, dst, offset);
    }

    /** The member's 18-character ID number. */
    public String idNumber(int member) {
        byte[] b = new byte[18];
        idNumber(member, b, 0);
        return new String(b, StandardCharsets.US_ASCII);
    }
}
