// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.region;

import java.util.regex.Pattern;

/** Whether a grid is rural (农村, 100–300 households) or in an urban community (城市, 300–500). */
public enum GridKind {
    RURAL, URBAN;

    /** Residents' committees, communities and similar urban units (also used in SQL: POSIX-compatible). */
    static final Pattern URBAN_NAME = Pattern.compile("居委会|居民委员会|社区|家委会|生活区");

    /** Urban for residents' committees and communities, rural otherwise. */
    public static GridKind ofVillageName(String villageName) {
        return URBAN_NAME.matcher(villageName).find() ? URBAN : RURAL;
    }

    /** Parses 农村/城市 or RURAL/URBAN; {@code null} if the text is neither. */
    public static GridKind parse(String text) {
        return switch (text.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "农村", "RURAL" -> RURAL;
            case "城市", "城镇", "URBAN" -> URBAN;
            default -> null;
        };
    }
}
