// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import static org.jingzhun.app.monitoring.MonitoringParameterDefaults.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import org.jingzhun.app.platform.web.ConflictException;
import org.jingzhun.app.screening.ParameterStore;
import org.jingzhun.kernel.Money;
import org.jingzhun.kernel.monitoring.ProcedureLimits;
import org.jingzhun.kernel.monitoring.RemovalMinimums;
import org.springframework.stereotype.Component;

/**
 * The procedure's limits, the removal minimums and the monitoring line in force on a date, from the
 * current version of the policy parameters (DOMAIN.md §5; defaults in {@link MonitoringParameterDefaults}).
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
        ParameterStore.ParameterVersion v = store.current();
        Map<String, BigDecimal> p = ParameterStore.forYear(v, date.getYear());
        try {
            ProcedureLimits limits = new ProcedureLimits(days(p, VISIT_DAYS), days(p, VILLAGE_REVIEW_DAYS),
                    days(p, NOTICE_DAYS), days(p, TOWNSHIP_REVIEW_DAYS), days(p, RECOGNITION_DAYS));
            RemovalMinimums removal = new RemovalMinimums(days(p, REMOVAL_MONITORED_MONTHS), days(p, REMOVAL_MEASURES),
                    days(p, REMOVAL_INCOME_STABLE_MONTHS));
            Money line = Money.parseYuan(value(p, "monitoring_line").setScale(2, RoundingMode.HALF_UP).toPlainString());
            return new InForce(v.version(), date.getYear(), limits, removal, line);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new ConflictException(Map.of("parameterVersion", v.version()), "problem.monitoring.parameters",
                    v.version(), e.getMessage());
        }
    }

    private static int days(Map<String, BigDecimal> p, String name) {
        return value(p, name).intValueExact();
    }

    private static BigDecimal value(Map<String, BigDecimal> p, String name) {
        BigDecimal v = p.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no value of " + name);
        }
        return v;
    }
}
