// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.db;

/** LIKE patterns from user text, with {@code \ % _} escaped (PostgreSQL's default escape is {@code \}). */
public final class Like {

    private Like() {
    }

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Matches values starting with {@code text}. */
    public static String prefix(String text) {
        return escape(text) + "%";
    }

    /** Matches values containing {@code text}. */
    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }
}
