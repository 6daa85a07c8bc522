// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.region;

import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.kernel.RegionCode;
import org.springframework.stereotype.Component;

/**
 * A region a caller asks about by code: known, and within the caller's scope — outside it, the same
 * 404 as an unknown code, so that the answer tells nothing about regions one may not see.
 */
@Component
public class ScopedRegions {

    private final RegionService regions;
    private final CallerContext caller;

    ScopedRegions(RegionService regions, CallerContext caller) {
        this.regions = regions;
        this.caller = caller;
    }

    /** The 12-digit code of a region the caller may see; 400 when malformed, 404 when unknown or outside the scope. */
    public RegionCode get(String rawCode) {
        RegionCode code = RegionCode.parse(regions.get(rawCode).code());
        if (!caller.covers(code)) {
            throw new RegionNotFoundException(code.value());
        }
        return code;
    }

    /** Its name. */
    public String name(RegionCode code) {
        return regions.get(code.value()).name();
    }
}
