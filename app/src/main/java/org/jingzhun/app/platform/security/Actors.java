// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.security;

import java.util.Optional;
import org.jingzhun.kernel.RegionLevel;
import org.jingzhun.kernel.monitoring.Actor;
import org.springframework.stereotype.Component;

/**
 * The one place where the signed-in user becomes the kernel's {@link Actor}: the user acts at the
 * level of their role over their region; a grid worker acts at village level for the grid's village.
 * Department uploaders and auditors take no part in the procedure, nor does the system.
 */
@Component
public class Actors {

    private final CallerContext caller;

    public Actors(CallerContext caller) {
        this.caller = caller;
    }

    /** The caller as an actor of the procedure, or empty if the caller acts at no level. */
    public Optional<Actor> current() {
        SignedInUser u = caller.user();
        if (u == null) {
            return Optional.empty();
        }
        return level(u.role()).map(level -> new Actor(u.username(), level, u.scope()));
    }

    /** The caller's name for records and audit ({@code system} outside requests). */
    public String username() {
        return caller.actor();
    }

    static Optional<RegionLevel> level(Role role) {
        return Optional.ofNullable(switch (role) {
            case ADMIN, PROVINCE -> RegionLevel.PROVINCE;
            case CITY -> RegionLevel.CITY;
            case COUNTY -> RegionLevel.COUNTY;
            case TOWNSHIP -> RegionLevel.TOWNSHIP;
            case VILLAGE -> RegionLevel.VILLAGE;
            case GRID_WORKER -> RegionLevel.GRID;
            case DEPARTMENT, AUDITOR -> null;
        });
    }
}
