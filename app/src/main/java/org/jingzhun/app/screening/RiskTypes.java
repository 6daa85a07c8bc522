// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import java.util.Map;
import org.jingzhun.kernel.household.MonitoringType;
import org.jingzhun.rules.Rule;

/** Chinese names of the risk types (DOMAIN.md §6.1) and of the categories a rule suggests. */
public final class RiskTypes {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("ILLNESS", "因病"), Map.entry("EDUCATION", "因学"), Map.entry("DISABILITY", "因残"),
            Map.entry("DISASTER", "因灾"), Map.entry("ACCIDENT", "因意外事故"), Map.entry("INDUSTRY_FAILURE", "因产业项目失败"),
            Map.entry("UNSTABLE_EMPLOYMENT", "因务工就业不稳"), Map.entry("LACK_OF_LABOUR", "缺劳动力"),
            Map.entry("UNSAFE_HOUSING", "住房出现安全问题"), Map.entry("UNSAFE_WATER", "饮水出现安全问题"), Map.entry("OTHER", "其他"));

    private RiskTypes() {
    }

    public static String label(String riskType) {
        return riskType == null ? null : LABELS.get(riskType);
    }

    /** The Chinese name of a monitoring category code ({@code MARGINAL} → 边缘易致贫户), or null. */
    public static String categoryLabel(String monitoringType) {
        return monitoringType == null ? null : MonitoringType.valueOf(monitoringType).label();
    }

    /** How a rule's suggestion reads before a household is known. */
    public static String suggestionLabel(String suggests) {
        return suggests == null ? null : Rule.BY_HOUSEHOLD.equals(suggests) ? "按户类型（脱贫户→脱贫不稳定户，一般农户→边缘易致贫户）"
                : categoryLabel(suggests);
    }
}
