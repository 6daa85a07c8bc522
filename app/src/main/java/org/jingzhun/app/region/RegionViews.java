// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.region;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the region API. */
public final class RegionViews {

    private RegionViews() {
    }

    @Schema(description = "一个区划或网格")
    public record RegionDetails(
            @Schema(description = "12 位区划代码，网格为 15 位网格编码", example = "360821000000") String code,
            @Schema(description = "名称", example = "吉安县") String name,
            @Schema(description = "层级: province, city, county, township, village, grid", example = "county") String level,
            @Schema(description = "上级区划代码，省级为 null", example = "360800000000") String parentCode,
            @Schema(description = "从省级到本级的名称", example = "[\"江西省\", \"吉安市\", \"吉安县\"]") List<String> path,
            @Schema(description = "直接下级的数量（村级为网格数）") long childCount) {
    }

    @Schema(description = "列表中的区划")
    public record RegionItem(String code, String name, String level, String parentCode, long childCount) {
    }

    @Schema(description = "搜索结果：区划及其从省级起的路径")
    public record RegionMatch(String code, String name, String level, String parentCode, List<String> path) {
    }

    @Schema(description = "一页结果")
    public record Page<T>(
            List<T> items,
            @Schema(description = "页码，从 0 开始") int page,
            @Schema(description = "每页条数") int size,
            @Schema(description = "总条数") long total) {
    }

    @Schema(description = "区划下各层级的数量（只含本级以下的层级）")
    public record RegionStats(
            String code,
            @Schema(description = "层级 → 数量", example = "{\"city\": 11, \"county\": 100, \"township\": 1767, \"village\": 22080, \"grid\": 81234}")
            Map<String, Long> descendants) {
    }
}
