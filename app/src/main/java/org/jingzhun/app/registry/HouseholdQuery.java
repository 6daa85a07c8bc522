// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import org.jingzhun.app.platform.security.DataScope;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.household.HouseholdCategory;

/**
 * A household search: within a region, of a category, matching a name (prefix of any member's
 * name) or an exact ID number. Used by lists and exports alike.
 *
 * @param region   households in this region's subtree, or {@code null} for all the caller may see
 * @param category or {@code null}
 * @param name     a member's name or its beginning, or {@code null}
 * @param idNumber a member's exact, validated ID number, or {@code null}
 */
record HouseholdQuery(RegionCode region, HouseholdCategory category, String name, String idNumber) {

    /**
     * SQL conditions on {@code h} (household) for this query, with named parameters. Region and
     * scope filter the household number, which starts with the village code: a primary-key range
     * scan already in the order lists page through.
     */
    String where() {
        StringBuilder sql = new StringBuilder("h.id like :scope and (:grid = '' or h.grid_code = :grid)");
        if (region != null) {
            sql.append(" and h.id like :region");
        }
        if (category != null) {
            sql.append(" and h.category = :category");
        }
        if (name != null) {
            // = any(array(...)) makes PostgreSQL find the (few) matching households first and fetch
            // them by primary key; with "in (...)" it may walk the whole household index in order
            sql.append(" and h.id = any(array(select q.household_id from person q where q.name like :name))");
        }
        if (idNumber != null) {
            sql.append(" and h.id = (select q.household_id from person q where q.id_number = :idNumber)");
        }
        return sql.toString();
    }

    /** The named parameters of {@link #where()}, with the caller's scope. */
    org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(DataScope scope) {
        var params = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource(scope.params());
        if (region != null) {
            params.addValue("region", region.descendantPrefix() + "%");
        }
        if (category != null) {
            params.addValue("category", category.name());
        }
        if (name != null) {
            params.addValue("name", org.jingzhun.app.platform.db.Like.prefix(name));
        }
        if (idNumber != null) {
            params.addValue("idNumber", idNumber);
        }
        return params;
    }
}
