// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel;

/**
 * 行政区划层级 — the five statistical levels of a {@link RegionCode}, plus the grid (网格) that
 * sits under a village or community and carries a 15-digit {@link GridCode}.
 */
public enum RegionLevel {
    PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE, GRID;

    /** The lower-case name used in JSON and CSV ({@code "county"}). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The level directly below this one, or {@code null} below a grid. */
    public RegionLevel below() {
        return this == GRID ? null : values()[ordinal() + 1];
    }

    public static RegionLevel ofKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
