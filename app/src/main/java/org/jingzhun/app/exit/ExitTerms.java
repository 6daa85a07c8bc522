// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.exit;

import java.math.BigDecimal;
import java.util.Map;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.screening.ParameterStore;
import org.jingzhun.kernel.Money;
import org.jingzhun.kernel.exit.ExitThresholds;
import org.springframework.stereotype.Component;

/** The exit thresholds and the poverty line in force for a year, with the parameter version they come from. */
@Component
class ExitTerms {

    /** {@code povertyLine} is null for a year before the first line. */
    record Terms(int version, int year, ExitThresholds thresholds, Money povertyLine) {
    }

    private final ParameterStore parameters;

    ExitTerms(ParameterStore parameters) {
        this.parameters = parameters;
    }

    Terms forYear(int year) {
        ParameterStore.ParameterVersion pv = parameters.current();
        Map<String, BigDecimal> v = ParameterStore.forYear(pv, year);
        for (String name : ExitParameterDefaults.NAMES.subList(1, ExitParameterDefaults.NAMES.size())) {
            if (v.get(name) == null) {
                throw new BadRequestException("problem.exit.no-parameters", String.valueOf(year), pv.version(), name);
            }
        }
        BigDecimal line = v.get(ExitParameterDefaults.POVERTY_LINE);
        return new Terms(pv.version(), year, new ExitThresholds(v.get(ExitParameterDefaults.INCIDENCE_MAX),
                v.get(ExitParameterDefaults.WRONG_EXIT_MAX), v.get(ExitParameterDefaults.MISSED_MAX),
                v.get(ExitParameterDefaults.RECOGNITION_MIN)),
                line == null ? null : Money.parseYuan(line.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()));
    }
}
