// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.security;

import org.jingzhun.kernel.RegionLevel;

import java.util.EnumSet;
import java.util.Set;

/**
 * 角色 — what a user may do. Each user has one role and one region; the role fixes the level the
 * region must have and the capabilities below. Region scope (which households) comes from the region
 * alone and is applied in SQL by {@link org.jingzhun.app.platform.security.CallerContext}.
 */
public enum Role {
    /** 系统管理员: users, rules and parameters; reads the registry masked. */
    ADMIN(EnumSet.of(RegionLevel.PROVINCE)),
    PROVINCE(EnumSet.of(RegionLevel.PROVINCE)),
    CITY(EnumSet.of(RegionLevel.CITY)),
    COUNTY(EnumSet.of(RegionLevel.COUNTY)),
    TOWNSHIP(EnumSet.of(RegionLevel.TOWNSHIP)),
    VILLAGE(EnumSet.of(RegionLevel.VILLAGE)),
    /** 网格员: the region is a grid; the data scope is the households of that grid. */
    GRID_WORKER(EnumSet.of(RegionLevel.GRID)),
    /** 部门数据报送员: pushes department feeds; cannot read households. */
    DEPARTMENT(EnumSet.of(RegionLevel.PROVINCE, RegionLevel.CITY, RegionLevel.COUNTY)),
    /** 审计员: reads the audit log only. */
    AUDITOR(EnumSet.of(RegionLevel.PROVINCE, RegionLevel.CITY, RegionLevel.COUNTY));

    private final Set<RegionLevel> levels;

    Role(Set<RegionLevel> levels) {
        this.levels = levels;
    }

    /** The levels a user of this role may have as their region. */
    public Set<RegionLevel> levels() {
        return levels;
    }

    /** The Spring Security authority ({@code ROLE_VILLAGE}). */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles that read households, persons, warnings, cases and reports of their region. */
    public static final Set<Role> READ_PEOPLE = EnumSet.of(ADMIN, PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE, GRID_WORKER);

    /**
     * Roles that read the poverty history's reports and exit evaluations of villages and counties. They
     * are counted from per-village and per-county figures that have no grid: not for grid workers.
     */
    public static final Set<Role> READ_REGION_REPORTS = EnumSet.of(ADMIN, PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE);

    /** Roles that may ask for full ID numbers, names and phones (with a reason, audited). */
    public static final Set<Role> UNMASK = EnumSet.of(COUNTY, TOWNSHIP, VILLAGE, GRID_WORKER);

    /** Local roles that know the people of their area: they see names in full; others see {@code 张*}. */
    public static final Set<Role> FULL_NAMES = EnumSet.of(TOWNSHIP, VILLAGE, GRID_WORKER);

    /** Roles that change the registry (edits and imports, within their region). */
    public static final Set<Role> EDIT_REGISTRY = EnumSet.of(ADMIN, PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE, GRID_WORKER);

    /** Roles that start screening runs for their region. */
    public static final Set<Role> RUN_SCREENING = EnumSet.of(ADMIN, PROVINCE, CITY, COUNTY);

    /** Roles that change rules and policy parameters. */
    public static final Set<Role> MANAGE_RULES = EnumSet.of(ADMIN, PROVINCE);

    /** Roles that report one-stop medical settlements (the medical insurance department, or officers entering them). */
    public static final Set<Role> REPORT_SETTLEMENTS = EnumSet.of(ADMIN, PROVINCE, CITY, COUNTY, DEPARTMENT);

    /** Roles that try the medical four-lines calculator: readers of their region and settlement reporters. */
    public static final Set<Role> CALCULATE_MEDICAL = EnumSet.of(ADMIN, PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE, GRID_WORKER, DEPARTMENT);

    /** Roles that record the provincial exit assessment: sample surveys and county exit approvals. */
    public static final Set<Role> ASSESS_EXIT = EnumSet.of(ADMIN, PROVINCE);

    /** Roles that push department data. */
    public static final Set<Role> PUSH_FEEDS = EnumSet.of(ADMIN, PROVINCE, DEPARTMENT);

    public static String[] authorities(Set<Role> roles) {
        return roles.stream().map(Enum::name).toArray(String[]::new);
    }
}
