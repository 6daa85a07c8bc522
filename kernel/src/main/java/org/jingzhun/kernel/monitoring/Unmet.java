// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import java.util.List;

/** An unmet removal condition and the values that show why (see {@link RemovalCondition}). */
public record Unmet(RemovalCondition condition, List<String> details) {

    public Unmet {
        details = List.copyOf(details);
    }

    static Unmet of(RemovalCondition condition, Object... details) {
        return new Unmet(condition, java.util.Arrays.stream(details).map(d -> d == null ? "" : String.valueOf(d)).toList());
    }
}
