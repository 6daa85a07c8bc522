// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import java.util.Set;
import org.jingzhun.kernel.RegionLevel;
import org.jingzhun.kernel.household.Labelled;

/**
 * The steps of the procedure (DOMAIN.md §6.3), each done by users of given levels whose region
 * contains the household; a step that runs late is escalated to (listed for) the level above.
 * Grid workers act at village level.
 */
public enum Step implements Labelled {
    /** 入户核实 — the household signs the authorisation for data checks. */
    HOME_VISIT("入户核实", Set.of(RegionLevel.VILLAGE, RegionLevel.GRID), RegionLevel.TOWNSHIP),
    /** 村级民主评议. */
    VILLAGE_REVIEW("村级民主评议", Set.of(RegionLevel.VILLAGE, RegionLevel.GRID), RegionLevel.TOWNSHIP),
    /** 村内公示 — objections are also received by the township. */
    PUBLIC_NOTICE("村内公示", Set.of(RegionLevel.VILLAGE, RegionLevel.GRID), RegionLevel.TOWNSHIP),
    /** 乡镇审核. */
    TOWNSHIP_REVIEW("乡镇审核", Set.of(RegionLevel.TOWNSHIP), RegionLevel.COUNTY),
    /** 县级确认. */
    COUNTY_CONFIRMATION("县级确认", Set.of(RegionLevel.COUNTY), RegionLevel.CITY);

    private final String label;
    private final Set<RegionLevel> actors;
    private final RegionLevel escalatesTo;

    Step(String label, Set<RegionLevel> actors, RegionLevel escalatesTo) {
        this.label = label;
        this.actors = actors;
        this.escalatesTo = escalatesTo;
    }

    @Override
    public String label() {
        return label;
    }

    /** The levels of the users who do this step. */
    public Set<RegionLevel> actors() {
        return actors;
    }

    /** The level that sees this step when it is overdue. */
    public RegionLevel escalatesTo() {
        return escalatesTo;
    }
}
