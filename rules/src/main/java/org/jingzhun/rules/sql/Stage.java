// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.sql;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One pre-aggregation of the query: a {@code GROUP BY} over members or feed records whose columns
 * are the aggregates of every rule at that level. Identical columns are computed once, so rules that
 * share an aggregate (say {@code any feed GA01 within 12 months}) share its column.
 */
final class Stage {

    /** The three stages and the rows each groups. */
    enum Kind {
        /** Feed records grouped by member {@code (hh, mi)}: feed aggregates inside a member aggregate. */
        FEEDS_BY_MEMBER("fm"),
        /** Members grouped by household: member aggregates. */
        MEMBERS("mh"),
        /** Feed records grouped by household: feed aggregates outside any member aggregate. */
        FEEDS_BY_HOUSEHOLD("fh");

        final String alias;

        Kind(String alias) {
            this.alias = alias;
        }
    }

    final Kind kind;
    /** Column name → aggregate SQL, in order of first use. */
    final Map<String, String> columns = new LinkedHashMap<>();
    /** Data items the stage's aggregates read: the stage scans only those feed records. */
    final Set<String> items = new TreeSet<>();
    /** Whether a column reads the household's fields ({@code h.}): the stage then joins {@code s_household}. */
    boolean readsHousehold;
    /** Whether a column of the per-member feed stage reads the member's fields ({@code m.}): it then joins {@code s_member}. */
    boolean readsMember;
    private final Map<String, String> bySql = new HashMap<>();

    Stage(Kind kind) {
        this.kind = kind;
    }

    /** The qualified name of a column computing {@code sql}, added if new. */
    String column(String sql) {
        String name = bySql.computeIfAbsent(sql, s -> {
            String n = "a" + (columns.size() + 1);
            columns.put(n, s);
            return n;
        });
        return kind.alias + "." + name;
    }

    boolean isEmpty() {
        return columns.isEmpty();
    }
}
