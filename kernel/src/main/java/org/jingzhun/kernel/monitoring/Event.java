// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

import org.jingzhun.kernel.RegionLevel;
import org.jingzhun.kernel.household.Labelled;

/**
 * What a transition did, for the case's timeline and the audit log.
 *
 * @param by    the user (or {@code system} for a department warning)
 * @param level the level the user acted at, or {@code null} for the system
 * @param note  the reason, notes, minutes or objection given with the step, or {@code null}
 */
public record Event(Action action, String by, RegionLevel level, java.time.LocalDate on, String note) {

    /** The kinds of transition. */
    public enum Action implements Labelled {
        OPENED("立案"),
        VISITED("入户核实"),
        VILLAGE_APPROVED("村级评议通过并公示"),
        OBJECTION_RAISED("公示期间有异议，退回村级评议"),
        NOTICE_ENDED("公示期满无异议"),
        TOWNSHIP_APPROVED("乡镇审核通过"),
        CONFIRMED("县级确认"),
        DECLINED("不予通过"),
        HELP_FIRST("先帮扶后认定");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
