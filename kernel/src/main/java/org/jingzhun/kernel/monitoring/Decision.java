// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import java.util.List;
import java.util.Map;
import org.jingzhun.kernel.household.MonitoringType;

/**
 * What the county confirmed, kept with the case so that it can be explained later: the rule and
 * parameter versions it was decided under and the evidence it rests on.
 */
public sealed interface Decision {

    /** The version of the policy parameters in force when the decision was made. */
    int parameterVersion();

    /** What the decision rests on: visit notes, review minutes, department warnings, documents. */
    List<String> evidence();

    /**
     * 认定为监测对象.
     *
     * @param ruleVersions the warning rules that raised the case ({@code YB01_STAY@3}), if any
     */
    record Recognition(MonitoringType category, List<RiskType> riskTypes, List<String> ruleVersions,
                       int parameterVersion, List<String> evidence) implements Decision {
        public Recognition {
            riskTypes = riskTypes == null ? List.of() : riskTypes.stream().distinct().sorted().toList();
            ruleVersions = ruleVersions == null ? List.of() : List.copyOf(ruleVersions);
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    /** 风险消除, with how each risk went away and the eligibility checked at confirmation. */
    record Removal(Map<RiskType, Resolution> resolutions, Eligibility eligibility, int parameterVersion,
                   List<String> evidence) implements Decision {
        public Removal {
            resolutions = resolutions == null ? Map.of() : Map.copyOf(resolutions);
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }
}
