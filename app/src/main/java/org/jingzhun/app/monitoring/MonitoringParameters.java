// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import java.math.RoundingMode;
import java.time.LocalDate;
import org.jingzhun.app.platform.web.ConflictException;
import org.jingzhun.app.screening.ParameterStore;
import org.jingzhun.kernel.Money;
import org.jingzhun.kernel.monitoring.ProcedureLimits;
import org.jingzhun.kernel.monitoring.RemovalMinimums;
import org.springframework.stereotype.Component;

/**
 * The procedure's limits, the removal minimums and the monitoring line in force on a date, from the
 * current version of the policy parameters (DOMAIN.md §5).
 */
@Component
public class MonitoringParameters {

    /** The values in force, with the version they came from. */
    public record InForce(int version, int year, ProcedureLimits limits, RemovalMinimums removal, Money monitoringLine) {
    }

    private final ParameterStore store;

    MonitoringParameters(ParameterStore store) {
        this.store = store;
    }

    public InForce on(LocalDate date) {
        ParameterStore.InForce p = store.inForce(date.getYear());
        try {
            ProcedureLimits limits = new ProcedureLimits(days(p, "visit_days"), days(p, "village_review_days"),
                    days(p, "notice_days"), days(p, "township_review_days"), days(p, "recognition_days"));
            RemovalMinimums removal = new RemovalMinimums(days(p, "removal_monitored_months"), days(p, "removal_measures"),
                    days(p, "removal_income_stable_months"));
            Money line = Money.parseYuan(p.get("monitoring_line").setScale(2, RoundingMode.HALF_UP).toPlainString());
            return new InForce(p.version(), p.year(), limits, removal, line);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new ConflictException(java.util.Map.of("parameterVersion", p.version()), "problem.monitoring.parameters",
                    p.version(), e.getMessage());
        }
    }

    private static int days(ParameterStore.InForce p, String name) {
        return p.get(name).intValueExact();
    }
}
