// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.reports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** The poverty figures of a region at the end of a year, counted from the history by running the report. */
@Schema(description = "区划某年末的贫困人口、贫困发生率、贫困村与已摘帽贫困县")
public record PovertyReport(
        String region, String regionName, int year,
        @Schema(description = "乡村户籍人口") long ruralPersons,
        @Schema(description = "建档立卡贫困人口（年末未脱贫）") long poorPersons,
        @Schema(description = "贫困发生率 = 贫困人口 / 乡村户籍人口（小数，0.0921 即 9.21%）；无人口数据时为 null") BigDecimal incidence,
        @Schema(description = "年末未退出的贫困村数") long poorVillages,
        @Schema(description = "年末前已批准退出（摘帽）的贫困县代码") List<String> exitedCounties,
        @Schema(description = "已摘帽贫困县名称，与 exitedCounties 一一对应") List<String> exitedCountyNames) {
}
