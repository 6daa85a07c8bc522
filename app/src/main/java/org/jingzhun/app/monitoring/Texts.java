// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import java.util.Arrays;
import java.util.List;
import org.jingzhun.app.platform.i18n.Messages;
import org.jingzhun.kernel.RegionLevel;
import org.jingzhun.kernel.household.Labelled;
import org.jingzhun.kernel.monitoring.Outcome.Rejection;
import org.jingzhun.kernel.monitoring.RiskType;
import org.jingzhun.kernel.monitoring.Step;
import org.jingzhun.kernel.monitoring.Unmet;
import org.springframework.stereotype.Component;

/**
 * The Chinese words of the procedure: stages and levels from messages.properties, and the reasons
 * of refusals and unmet removal conditions with their values shown as a reader expects (labels,
 * not codes).
 */
@Component
public class Texts {

    private final Messages messages;

    Texts(Messages messages) {
        this.messages = messages;
    }

    public String stage(String code) {
        return code == null ? null : messages.get("monitoring.stage." + code);
    }

    public String level(RegionLevel level) {
        return level == null ? null : messages.get("monitoring.level." + level.name());
    }

    public String rejection(Rejection r) {
        Object[] args = r.details().stream().map(this::readable).toArray();
        return messages.get("monitoring.rejection." + r.reason().name(), args);
    }

    public String unmet(Unmet u) {
        Object[] args = u.details().stream().map(this::readable).toArray();
        if (u.condition() == org.jingzhun.kernel.monitoring.RemovalCondition.NO_NEW_RISK) {
            args = new Object[] {String.join("、", u.details().stream().map(this::readable).toList())};
        }
        return messages.get("monitoring.removal." + u.condition().name(), args);
    }

    /** A code as its label: a step, a risk type, a list of levels; other values as they are. */
    private String readable(String value) {
        if (value.isEmpty()) {
            return messages.get("monitoring.value.none");
        }
        if (value.contains(",") && Arrays.stream(value.split(",")).allMatch(Texts::isLevel)) {
            return String.join("、", Arrays.stream(value.split(",")).map(l -> level(RegionLevel.valueOf(l))).toList());
        }
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(Step.class, RiskType.class,
                org.jingzhun.kernel.household.MonitoringType.class, org.jingzhun.kernel.household.HouseholdCategory.class,
                org.jingzhun.kernel.monitoring.CaseKind.class)) {
            for (Enum<?> e : type.getEnumConstants()) {
                if (e.name().equals(value)) {
                    return ((Labelled) e).label();
                }
            }
        }
        return isLevel(value) ? level(RegionLevel.valueOf(value)) : value;
    }

    private static boolean isLevel(String s) {
        return Arrays.stream(RegionLevel.values()).anyMatch(l -> l.name().equals(s));
    }
}
