// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import java.util.List;
import java.util.Objects;
import org.jingzhun.kernel.household.MonitoringType;

/**
 * What the home visit proposes for a recognition case: the category (监测对象类别) and the risk
 * types. Checked by {@link Procedure} (one to five risk types; a category the household's type allows).
 */
public record Proposal(MonitoringType category, List<RiskType> riskTypes) {

    public Proposal {
        riskTypes = riskTypes == null ? List.of() : riskTypes.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }
}
