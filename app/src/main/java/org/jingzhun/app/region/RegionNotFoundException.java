// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.region;

/** No region or grid has this code. */
public class RegionNotFoundException extends RuntimeException {

    private final String code;

    public RegionNotFoundException(String code) {
        super("no region " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
