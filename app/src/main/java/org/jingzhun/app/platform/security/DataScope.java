// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.security;

import java.util.Map;

/**
 * Which households a caller may see, as the two values every people query binds in its SQL:
 * <ul>
 * <li>{@code :scope} — a {@code LIKE} prefix of 12-digit codes (household numbers start with their
 * village code, so on {@code household.id} it is a primary-key range);</li>
 * <li>{@code :grid} — {@code ''} when the caller is not limited to a grid, else the one grid
 * (网格) whose households they may see, compared with {@code household.grid_code}.</li>
 * </ul>
 * The conditions are written out in each query, in one of two forms:
 * <pre>
 *   h.id like :scope and (:grid = '' or h.grid_code = :grid)                          -- household h joined
 *   x.household_id like :scope
 *     and (:grid = '' or x.household_id in (select g.id from household g where g.grid_code = :grid))
 * </pre>
 * and rows that belong to no household's grid (village populations, per-county counts, history)
 * are read with {@code :grid = ''}: a grid worker sees none of them. With the caller's values
 * PostgreSQL plans each statement for them ({@code '' = ''} folds away), so callers who are not
 * limited to a grid pay nothing for it. {@code ScopeInSqlTest} checks that no statement binds the
 * region scope without the grid.
 *
 * @param pattern the region scope, {@code LIKE}
 * @param grid    {@code ''} (any grid), a 15-digit grid code, or {@code "-"} (nothing)
 */
public record DataScope(String pattern, String grid) {

    /** The system (command line, scheduler, start-up): everything. */
    public static final DataScope EVERYTHING = new DataScope("%", "");

    /** A request without a user: no code and no grid match. */
    public static final DataScope NOTHING = new DataScope("-", "-");

    /** The values to bind: {@code scope} and {@code grid}. */
    public Map<String, Object> params() {
        return Map.of("scope", pattern, "grid", grid);
    }

    /** Whether only the households of one grid are in scope (a grid worker). */
    public boolean limitedToGrid() {
        return !grid.isEmpty();
    }
}
