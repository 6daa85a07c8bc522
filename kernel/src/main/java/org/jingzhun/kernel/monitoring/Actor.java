// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import java.util.Objects;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.RegionLevel;

/**
 * Who does a step: a user acting at a level over a region. A grid worker (level {@link RegionLevel#GRID})
 * acts for the village the grid lies in, so {@code region} is then that village.
 */
public record Actor(String username, RegionLevel level, RegionCode region) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(region, "region");
        RegionLevel expected = level == RegionLevel.GRID ? RegionLevel.VILLAGE : level;
        if (region.level() != expected) {
            throw new IllegalArgumentException("an actor of level " + level + " acts over a " + expected
                    + " region, not " + region + " (" + region.level() + ")");
        }
    }

    /** Whether the household's village lies in this actor's region. */
    public boolean covers(RegionCode village) {
        return region.contains(village);
    }
}
