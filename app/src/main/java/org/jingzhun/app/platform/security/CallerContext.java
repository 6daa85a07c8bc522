// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.security;

import org.jingzhun.kernel.RegionCode;
import org.springframework.stereotype.Component;

/**
 * Who is calling and what they may see. Until users and roles land (the security issue), every
 * caller is the anonymous public: scope is the whole registry and personal data is always masked.
 * Every query that returns people takes its region scope from here, in its SQL, so that scoping
 * is added in this one place.
 */
@Component
public class CallerContext {

    /** The caller's name for audit fields ({@code changed_by}, job creator). */
    public String actor() {
        return "anonymous";
    }

    /** The region the caller may see, or {@code null} for everything. */
    public RegionCode scope() {
        return null;
    }

    /** A {@code LIKE} pattern matching the codes in the caller's scope ({@code "3608%"}, or {@code "%"}). */
    public String scopePattern() {
        RegionCode scope = scope();
        return scope == null ? "%" : scope.descendantPrefix() + "%";
    }

    /** The caller's role ({@code VILLAGE}, …), or {@code null} when nobody is signed in. */
    public String roleName() {
        return null;
    }

    /** The caller's own region (or grid) code, or {@code null}. */
    public String regionCodeOrNull() {
        RegionCode scope = scope();
        return scope == null ? null : scope.value();
    }

    /** Whether the caller may see full ID numbers, names and phones (audited when used). */
    public boolean mayUnmask() {
        return false;
    }
}
