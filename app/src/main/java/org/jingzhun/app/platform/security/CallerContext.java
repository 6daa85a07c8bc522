// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.security;

import org.jingzhun.kernel.RegionCode;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is calling and what they may see. Every query that returns people takes its region scope from
 * here, in its SQL ({@link #scopePattern()}), so that scoping lives in this one place.
 * <p>
 * It fails closed: inside a web request without a signed-in user the scope matches nothing. Outside
 * web requests (command-line commands, the scheduler, start-up) the caller is the system, which sees
 * everything; work handed to another thread on behalf of a user (a job, a streamed export) captures
 * the scope with {@link #snapshot()} before it leaves the request.
 */
@Component
public class CallerContext {

    /** A pattern no 12-digit code matches. */
    private static final String NOTHING = "-";

    /** What a caller may see, captured so that other threads use it. */
    public record Snapshot(String actor, String role, String scopePattern, boolean mayUnmask, boolean fullNames) {
    }

    /** The caller's name for audit fields ({@code changed_by}, job creator). */
    public String actor() {
        SignedInUser u = user();
        return u != null ? u.username() : inWebRequest() ? "anonymous" : "system";
    }

    /** The signed-in user, or {@code null}. */
    public SignedInUser user() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getPrincipal() instanceof SignedInUser u ? u : null;
    }

    /** The caller's role ({@code VILLAGE}, …), or {@code null} when nobody is signed in. */
    public String roleName() {
        SignedInUser u = user();
        return u == null ? null : u.role().name();
    }

    /** The caller's own region (or grid) code, or {@code null}. */
    public String regionCodeOrNull() {
        SignedInUser u = user();
        return u == null ? null : u.regionCode();
    }

    /** The region the caller may see, or {@code null} for everything (the system). */
    public RegionCode scope() {
        SignedInUser u = user();
        return u == null ? null : u.scope();
    }

    /** A {@code LIKE} pattern matching the codes in the caller's scope ({@code "3608%"}, {@code "%"}, or nothing). */
    public String scopePattern() {
        SignedInUser u = user();
        if (u == null) {
            return inWebRequest() ? NOTHING : "%";
        }
        return u.scope().descendantPrefix() + "%";
    }

    /** Whether the caller may ask for full ID numbers, names and phones (with a reason; audited when used). */
    public boolean mayUnmask() {
        SignedInUser u = user();
        return u != null && Role.UNMASK.contains(u.role());
    }

    /** Whether the caller sees names in full (local officers) rather than {@code 张*}. */
    public boolean fullNames() {
        SignedInUser u = user();
        return u != null && Role.FULL_NAMES.contains(u.role());
    }

    /** Whether the caller is in {@code region}'s scope (the system is everywhere). */
    public boolean covers(RegionCode region) {
        SignedInUser u = user();
        return u == null ? !inWebRequest() : u.scope().contains(region);
    }

    /** What responses show this caller by default: names in full for local officers, never full IDs or phones. */
    public Disclosure disclosure() {
        return new Disclosure(fullNames(), false);
    }

    public Snapshot snapshot() {
        return new Snapshot(actor(), roleName(), scopePattern(), mayUnmask(), fullNames());
    }

    private static boolean inWebRequest() {
        return RequestContextHolder.getRequestAttributes() != null;
    }
}
