// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import java.util.List;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.kernel.household.MonitoringType;
import org.jingzhun.kernel.monitoring.Resolution;
import org.jingzhun.kernel.monitoring.RiskType;

/** Codes in requests, checked: an unknown code is a 400 naming the codes allowed. */
final class Requests {

    private Requests() {
    }

    static RiskType risk(String code) {
        try {
            return RiskType.valueOf(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadRequestException("problem.monitoring.risk-type", code);
        }
    }

    static List<RiskType> risks(List<String> codes) {
        return codes == null ? null : codes.stream().map(Requests::risk).distinct().sorted().toList();
    }

    static MonitoringType category(String code) {
        try {
            return code == null ? null : MonitoringType.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("problem.monitoring.category", code);
        }
    }

    static Resolution resolution(String code) {
        try {
            return Resolution.valueOf(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadRequestException("problem.monitoring.resolution", code);
        }
    }
}
