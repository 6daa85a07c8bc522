// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel;

/**
 * 网格编码 — a 15-digit grid code: the 12-digit code of the village or community the grid lies in,
 * then a 3-digit sequence ({@code 001}–{@code 999}).
 */
public record GridCode(String value) implements Comparable<GridCode> {

    public static final int LENGTH = 15;

    public GridCode {
        if (value == null || value.isBlank()) {
            throw new InvalidCodeException(String.valueOf(value), InvalidCodeException.Reason.EMPTY,
                    "grid code is empty");
        }
        RegionCode.requireDigits(value);
        if (value.length() != LENGTH) {
            throw new InvalidCodeException(value, InvalidCodeException.Reason.WRONG_LENGTH,
                    "grid code must have 15 digits, has " + value.length());
        }
        RegionCode village = new RegionCode(value.substring(0, RegionCode.LENGTH));
        if (village.level() != RegionLevel.VILLAGE) {
            throw new InvalidCodeException(value, InvalidCodeException.Reason.SKIPPED_LEVEL,
                    "a grid code starts with a village code; " + village + " is a " + village.level().key());
        }
        if (value.endsWith("000")) {
            throw new InvalidCodeException(value, InvalidCodeException.Reason.NO_GRID_SEQUENCE,
                    "grid sequence is 000");
        }
    }

    public static GridCode parse(String text) {
        return new GridCode(text == null ? null : text.strip());
    }

    public static GridCode of(RegionCode village, int sequence) {
        if (sequence < 1 || sequence > 999) {
            throw new IllegalArgumentException("grid sequence must be 1..999, was " + sequence);
        }
        return new GridCode(village.value() + String.format("%03d", sequence));
    }

    public RegionCode village() {
        return new RegionCode(value.substring(0, RegionCode.LENGTH));
    }

    public int sequence() {
        return Integer.parseInt(value.substring(RegionCode.LENGTH));
    }

    @Override
    public int compareTo(GridCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
