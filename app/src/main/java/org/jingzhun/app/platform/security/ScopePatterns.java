// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.security;

/**
 * Whether a code lies within a caller's scope, decided in Java with the same {@code LIKE} pattern the
 * SQL filters use ({@link CallerContext#scopePattern()}), so that asking for a region outside one's
 * scope can answer 404 before any query runs — and both always agree.
 */
public final class ScopePatterns {

    private ScopePatterns() {
    }

    /** SQL {@code LIKE} semantics: {@code %} any run, {@code _} one character, {@code \} escapes. */
    public static boolean covers(String pattern, String code) {
        return matches(pattern, 0, code, 0);
    }

    private static boolean matches(String p, int i, String s, int j) {
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '%') {
                for (int k = j; k <= s.length(); k++) {
                    if (matches(p, i + 1, s, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (j >= s.length()) {
                return false;
            }
            if (c == '\\' && i + 1 < p.length()) {
                c = p.charAt(++i);
            } else if (c == '_') {
                i++;
                j++;
                continue;
            }
            if (c != s.charAt(j)) {
                return false;
            }
            i++;
            j++;
        }
        return j == s.length();
    }
}
