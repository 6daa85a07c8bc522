// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.exit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jingzhun.app.screening.ParameterDefaults;
import org.jingzhun.app.screening.ParameterStore.ParameterValue;
import org.springframework.stereotype.Component;

/**
 * The parameters of 贫困退出: the national poverty line at current prices by year (DOMAIN.md §5; 2017
 * keeps 2016's 2,952, as no separate figure is given) and the thresholds of §9 for the central
 * provinces — incidence, 错退率 and 漏评率 below 2 %, 群众认可度 at least 90 %.
 */
@Component
class ExitParameterDefaults implements ParameterDefaults {

    static final String POVERTY_LINE = "poverty_line";
    static final String INCIDENCE_MAX = "exit_incidence_max";
    static final String WRONG_EXIT_MAX = "exit_wrong_exit_max";
    static final String MISSED_MAX = "exit_missed_max";
    static final String RECOGNITION_MIN = "exit_recognition_min";
    static final List<String> NAMES = List.of(POVERTY_LINE, INCIDENCE_MAX, WRONG_EXIT_MAX, MISSED_MAX, RECOGNITION_MIN);

    @Override
    public List<ParameterValue> defaults() {
        List<ParameterValue> v = new ArrayList<>();
        int[][] lines = {{2014, 2800}, {2015, 2855}, {2016, 2952}, {2018, 2995}, {2019, 3218}, {2020, 4000}};
        for (int[] l : lines) {
            v.add(new ParameterValue(POVERTY_LINE, l[0], BigDecimal.valueOf(l[1])));
        }
        v.add(new ParameterValue(INCIDENCE_MAX, 2014, new BigDecimal("0.02")));
        v.add(new ParameterValue(WRONG_EXIT_MAX, 2014, new BigDecimal("0.02")));
        v.add(new ParameterValue(MISSED_MAX, 2014, new BigDecimal("0.02")));
        v.add(new ParameterValue(RECOGNITION_MIN, 2014, new BigDecimal("0.9")));
        return v;
    }
}
