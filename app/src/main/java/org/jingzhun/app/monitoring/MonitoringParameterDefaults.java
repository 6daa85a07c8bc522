// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import java.math.BigDecimal;
import java.util.List;
import org.jingzhun.app.screening.ParameterDefaults;
import org.jingzhun.app.screening.ParameterStore.ParameterValue;
import org.springframework.stereotype.Component;

/**
 * The procedure's limits (DOMAIN.md §5), from 2021: 15 days from the first lead to county
 * confirmation (visit by day 3, village review by day 5, township review by day 13), a notice of at
 * least 5 days; risk removal after at least 6 months of monitoring, 1 measure carried out and 6 months
 * of stable income. The step deadlines inside the 15 days are this project's defaults (the spec gives
 * only the total) for a province to replace.
 */
@Component
class MonitoringParameterDefaults implements ParameterDefaults {

    static final String RECOGNITION_DAYS = "recognition_days";
    static final String VISIT_DAYS = "visit_days";
    static final String VILLAGE_REVIEW_DAYS = "village_review_days";
    static final String TOWNSHIP_REVIEW_DAYS = "township_review_days";
    static final String NOTICE_DAYS = "notice_days";
    static final String REMOVAL_MONITORED_MONTHS = "removal_monitored_months";
    static final String REMOVAL_MEASURES = "removal_measures";
    static final String REMOVAL_INCOME_STABLE_MONTHS = "removal_income_stable_months";

    @Override
    public List<ParameterValue> defaults() {
        Object[][] values = {{RECOGNITION_DAYS, 15}, {VISIT_DAYS, 3}, {VILLAGE_REVIEW_DAYS, 5}, {TOWNSHIP_REVIEW_DAYS, 13},
                {NOTICE_DAYS, 5}, {REMOVAL_MONITORED_MONTHS, 6}, {REMOVAL_MEASURES, 1}, {REMOVAL_INCOME_STABLE_MONTHS, 6}};
        return java.util.Arrays.stream(values)
                .map(v -> new ParameterValue((String) v[0], 2021, BigDecimal.valueOf((Integer) v[1]))).toList();
    }
}
