// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.security;

import org.jingzhun.kernel.RegionCode;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is calling and what they may see. Every query that returns people takes its scope from here and
 * applies it in its SQL ({@link #dataScope()}: the region as a code prefix, and for a grid worker the
 * grid), so that scoping lives in this one place.
 * <p>
 * It fails closed: inside a web request without a signed-in user the scope matches nothing. Outside
 * web requests (command-line commands, the scheduler, start-up) the caller is the system, which sees
 * everything; work handed to another thread on behalf of a user (a job, a streamed export) captures
 * the scope with {@link #snapshot()} before it leaves the request.
 */
@Component
public class CallerContext {

    /** What a caller may see, captured so that other threads use it. */
    public record Snapshot(String actor, String role, DataScope scope, boolean mayUnmask, boolean fullNames) {
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

    /**
     * A {@code LIKE} pattern matching the codes in the caller's region scope ({@code "3608%"}, {@code "%"},
     * or nothing). Alone it is the scope of regions (users, the audit log); a query that returns
     * households or people binds {@link #dataScope()}, which adds the grid of a grid worker.
     */
    public String scopePattern() {
        return dataScope().pattern();
    }

    /**
     * The households the caller may see: their region's code prefix and, for a grid worker, their grid
     * (see {@link DataScope} for the SQL every people query writes with it). Fails closed: a request
     * without a user matches no code and no grid.
     */
    public DataScope dataScope() {
        SignedInUser u = user();
        if (u == null) {
            return inWebRequest() ? DataScope.NOTHING : DataScope.EVERYTHING;
        }
        String grid = u.grid();
        return new DataScope(u.scope().descendantPrefix() + "%", grid == null ? "" : grid);
    }

    /** The named parameters {@code scope} and {@code grid} of {@link #dataScope()}, to bind in a people query. */
    public java.util.Map<String, Object> scopeParams() {
        return dataScope().params();
    }

    /** Whether the caller sees the households of one grid only (a grid worker). */
    public boolean limitedToGrid() {
        return dataScope().limitedToGrid();
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

    /**
     * Whether {@code region} lies in the caller's region scope (the system is everywhere). For a grid
     * worker that is the grid's village: a region check, not a household check — which households of
     * it they see is for {@link #coversHousehold}.
     */
    public boolean covers(RegionCode region) {
        SignedInUser u = user();
        return u == null ? !inWebRequest() : u.scope().contains(region);
    }

    /** Whether a household of {@code villageCode} in grid {@code gridCode} ({@code null} for none) is in the caller's scope. */
    public boolean coversHousehold(String villageCode, String gridCode) {
        if (!covers(new RegionCode(villageCode))) {
            return false;
        }
        String grid = dataScope().grid();
        return grid.isEmpty() || grid.equals(gridCode);
    }

    /** What responses show this caller by default: names in full for local officers, never full IDs or phones. */
    public Disclosure disclosure() {
        return new Disclosure(fullNames(), false);
    }

    public Snapshot snapshot() {
        return new Snapshot(actor(), roleName(), dataScope(), mayUnmask(), fullNames());
    }

    private static boolean inWebRequest() {
        return RequestContextHolder.getRequestAttributes() != null;
    }
}
