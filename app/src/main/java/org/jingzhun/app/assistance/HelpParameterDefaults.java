// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.assistance;

import java.math.BigDecimal;
import java.util.List;
import org.jingzhun.app.screening.ParameterDefaults;
import org.jingzhun.app.screening.ParameterStore.ParameterValue;
import org.springframework.stereotype.Component;

/**
 * How many days a risk of a monitored household may go without a measure before it is flagged
 * (DOMAIN.md §8 says every risk needs one; the number of days is this project's default, 15, for a
 * province to replace), from 2021.
 */
@Component
class HelpParameterDefaults implements ParameterDefaults {

    static final String MEASURE_DUE_DAYS = "measure_due_days";

    @Override
    public List<ParameterValue> defaults() {
        return List.of(new ParameterValue(MEASURE_DUE_DAYS, 2021, BigDecimal.valueOf(15)));
    }
}
