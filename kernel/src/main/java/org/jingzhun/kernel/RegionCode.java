// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * 区划代码 — a 12-digit statistical division code (GB/T 2260 extended by the NBS to townships and
 * villages): province 2 + city 2 + county 2 + township 3 + village 3 digits, trailing segments zero.
 *
 * <p>Shorter forms (2, 4, 6 or 9 digits, as many data sets print them) are accepted by
 * {@link #parse(String)} and padded with zeros. A county segment of {@code 00} below a set
 * township is allowed: a few prefecture-level cities have no counties (东莞 441900, 中山 442000,
 * 儋州 460400, 嘉峪关 620200), and their townships hang directly under the city.
 */
public record RegionCode(String value) implements Comparable<RegionCode> {

    public static final int LENGTH = 12;

    public RegionCode {
        validate(value);
    }

    /** Parses a 2-, 4-, 6-, 9- or 12-digit code; surrounding whitespace is ignored. */
    public static RegionCode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidCodeException(String.valueOf(text), InvalidCodeException.Reason.EMPTY,
                    "region code is empty");
        }
        String t = text.strip();
        requireDigits(t);
        return switch (t.length()) {
            case 2, 4, 6, 9 -> new RegionCode(t + "0".repeat(LENGTH - t.length()));
            case LENGTH -> new RegionCode(t);
            default -> throw new InvalidCodeException(t, InvalidCodeException.Reason.WRONG_LENGTH,
                    "region code must have 12 digits (or 2, 4, 6, 9), has " + t.length());
        };
    }

    /** True when {@code text} is a well-formed code; never throws. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidCodeException e) {
            return false;
        }
    }

    public RegionLevel level() {
        if (!isZero(9, 12)) {
            return RegionLevel.VILLAGE;
        }
        if (!isZero(6, 9)) {
            return RegionLevel.TOWNSHIP;
        }
        if (!isZero(4, 6)) {
            return RegionLevel.COUNTY;
        }
        if (!isZero(2, 4)) {
            return RegionLevel.CITY;
        }
        return RegionLevel.PROVINCE;
    }

    /** The region this one belongs to, or {@code null} for a province. */
    public RegionCode parent() {
        return switch (level()) {
            case PROVINCE -> null;
            case CITY -> new RegionCode(value.substring(0, 2) + "0000000000");
            case COUNTY -> new RegionCode(value.substring(0, 4) + "00000000");
            case TOWNSHIP -> isZero(4, 6)
                    ? new RegionCode(value.substring(0, 4) + "00000000")
                    : new RegionCode(value.substring(0, 6) + "000000");
            case VILLAGE -> new RegionCode(value.substring(0, 9) + "000");
            case GRID -> throw new AssertionError("a region code is never a grid");
        };
    }

    /** This code's ancestors from the province down, ending with this code itself. */
    public List<RegionCode> lineage() {
        List<RegionCode> codes = new ArrayList<>(5);
        for (RegionCode c = this; c != null; c = c.parent()) {
            codes.add(c);
        }
        Collections.reverse(codes);
        return codes;
    }

    /**
     * The significant leading digits: every code (region or grid) in this region's subtree starts
     * with them, and no code outside it does. In SQL, {@code code LIKE prefix || '%'} under the
     * "C" collation is an index range scan.
     */
    public String descendantPrefix() {
        return switch (level()) {
            case PROVINCE -> value.substring(0, 2);
            case CITY -> value.substring(0, 4);
            case COUNTY -> value.substring(0, 6);
            case TOWNSHIP -> value.substring(0, 9);
            case VILLAGE, GRID -> value;
        };
    }

    /** Whether {@code other} lies in this region's subtree (a region contains itself). */
    public boolean contains(RegionCode other) {
        return other.value.startsWith(descendantPrefix());
    }

    @Override
    public int compareTo(RegionCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }

    private boolean isZero(int from, int to) {
        for (int i = from; i < to; i++) {
            if (value.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    static void requireDigits(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidCodeException(t, InvalidCodeException.Reason.NOT_DIGITS,
                        "code may contain only digits, found '" + c + "' at position " + (i + 1));
            }
        }
    }

    private static void validate(String v) {
        if (v == null || v.isEmpty()) {
            throw new InvalidCodeException(String.valueOf(v), InvalidCodeException.Reason.EMPTY,
                    "region code is empty");
        }
        requireDigits(v);
        if (v.length() != LENGTH) {
            throw new InvalidCodeException(v, InvalidCodeException.Reason.WRONG_LENGTH,
                    "region code must have 12 digits, has " + v.length());
        }
        if (v.startsWith("00")) {
            throw new InvalidCodeException(v, InvalidCodeException.Reason.NO_PROVINCE,
                    "province segment is 00");
        }
        boolean cityZero = v.startsWith("00", 2);
        boolean countyZero = v.startsWith("00", 4);
        boolean townshipZero = v.startsWith("000", 6);
        boolean villageZero = v.startsWith("000", 9);
        if (cityZero && !(countyZero && townshipZero && villageZero)) {
            throw new InvalidCodeException(v, InvalidCodeException.Reason.SKIPPED_LEVEL,
                    "city segment is 00 but a lower segment is set");
        }
        if (townshipZero && !villageZero) {
            throw new InvalidCodeException(v, InvalidCodeException.Reason.SKIPPED_LEVEL,
                    "township segment is 000 but the village segment is set");
        }
    }
}
