// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import java.util.List;

/** Whether a household's risk can be removed: every unmet condition with its reason, or none. */
public record Eligibility(List<Unmet> unmet) {

    public Eligibility {
        unmet = List.copyOf(unmet);
    }

    public boolean eligible() {
        return unmet.isEmpty();
    }
}
