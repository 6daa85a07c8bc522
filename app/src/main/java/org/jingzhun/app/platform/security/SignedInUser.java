// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.security;

import org.jingzhun.kernel.GridCode;
import org.jingzhun.kernel.RegionCode;

/**
 * The user behind a request, as the bearer token resolved it.
 *
 * @param regionCode the user's region code, or a 15-digit grid code for a grid worker
 */
public record SignedInUser(String username, Role role, String regionCode, String regionName) {

    /**
     * The region this user's scope lies in: the grid's village for a grid worker, who sees only the
     * households of their {@link #grid()} in it.
     */
    public RegionCode scope() {
        return scopeOf(regionCode);
    }

    /** The grid a grid worker is limited to (their 15-digit region code), or {@code null} for everyone else. */
    public String grid() {
        return regionCode.length() == GridCode.LENGTH ? GridCode.parse(regionCode).value() : null;
    }

    /** The region scope of a user's region code: the region itself, or a grid's village. */
    public static RegionCode scopeOf(String regionCode) {
        return regionCode.length() == RegionCode.LENGTH ? RegionCode.parse(regionCode) : GridCode.parse(regionCode).village();
    }
}
