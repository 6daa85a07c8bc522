// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.region;

import org.jingzhun.app.platform.web.NotFoundException;

/** No region or grid has this code. */
public class RegionNotFoundException extends NotFoundException {

    public RegionNotFoundException(String code) {
        super("problem.region-not-found.title", "problem.region-not-found.detail", code);
    }
}
