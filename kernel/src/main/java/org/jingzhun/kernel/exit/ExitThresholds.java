// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.exit;

import java.math.BigDecimal;

/**
 * The thresholds of 贫困退出 for a year, from versioned parameters (DOMAIN.md §9: 2 % each in the
 * central provinces, 认可度 90 %).
 */
public record ExitThresholds(BigDecimal incidenceMax, BigDecimal wrongExitMax, BigDecimal missedMax, BigDecimal recognitionMin) {
}
