// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.assistance.medical;

import java.math.BigDecimal;
import java.util.Map;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.screening.ParameterStore;
import org.jingzhun.kernel.medical.MedicalParameters;
import org.jingzhun.kernel.medical.MissingParametersException;
import org.springframework.stereotype.Component;

/** The four lines' settings in force for a year, read from the current parameter version. */
@Component
class MedicalTerms {

    /** The settings with the parameter version and year they come from. */
    record Terms(int version, int year, MedicalParameters params, Map<String, BigDecimal> values) {
    }

    private final ParameterStore parameters;

    MedicalTerms(ParameterStore parameters) {
        this.parameters = parameters;
    }

    Terms forYear(int year) {
        ParameterStore.ParameterVersion pv = parameters.current();
        Map<String, BigDecimal> all = ParameterStore.forYear(pv, year);
        Map<String, BigDecimal> mine = new java.util.TreeMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith(MedicalParameters.PREFIX) && MedicalParameters.NAMES.contains(k)) {
                mine.put(k, v);
            }
        });
        try {
            return new Terms(pv.version(), year, MedicalParameters.from(all), mine);
        } catch (MissingParametersException e) {
            throw new BadRequestException("problem.medical.no-parameters", String.valueOf(year), pv.version(),
                    String.join("、", e.names()));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("problem.medical.bad-parameters", pv.version(), e.getMessage());
        }
    }
}
