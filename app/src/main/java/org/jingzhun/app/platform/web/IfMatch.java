// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.web;

/** Reads the version a client sends back in {@code If-Match} ({@code "3"}, {@code W/"3"} or {@code 3}). */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version in {@code header}; a header that is not one answers 400 with {@code messageKey}. */
    public static int version(String header, String messageKey, Object... args) {
        String t = header.strip();
        if (t.startsWith("W/")) {
            t = t.substring(2);
        }
        t = t.replace("\"", "");
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new BadRequestException(messageKey, args);
        }
    }
}
