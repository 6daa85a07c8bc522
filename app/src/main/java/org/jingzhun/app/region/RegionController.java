// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.region;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.platform.web.Paging;
import org.jingzhun.app.region.RegionViews.Page;
import org.jingzhun.app.region.RegionViews.RegionDetails;
import org.jingzhun.app.region.RegionViews.RegionItem;
import org.jingzhun.app.region.RegionViews.RegionMatch;
import org.jingzhun.app.region.RegionViews.RegionStats;
import org.jingzhun.kernel.RegionLevel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 行政区划 API. Region data is public and readable without login. */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "区划", description = "行政区划（省、市、县、乡、村）与网格")
class RegionController {

    static final int MAX_QUERY = 50;

    private final RegionService regions;

    RegionController(RegionService regions) {
        this.regions = regions;
    }

    @GetMapping("/search")
    @Operation(summary = "按名称片段搜索区划", description = "结果带有从省级起的路径，按层级从高到低排列")
    Page<RegionMatch> search(
            @Parameter(description = "名称片段，如“吉安”") @RequestParam(required = false) String q,
            @Parameter(description = "只搜索某一层级: province, city, county, township, village") @RequestParam(required = false) String level,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        if (q == null || q.isBlank()) {
            throw new BadRequestException("problem.search.query-required");
        }
        if (q.strip().length() > MAX_QUERY) {
            throw new BadRequestException("problem.search.query-too-long", MAX_QUERY);
        }
        Paging.check(page, size);
        return regions.search(q.strip(), parseLevel(level), page, size);
    }

    @GetMapping("/{code}")
    @Operation(summary = "查看一个区划或网格", description = "code 为 12 位区划代码（也可写 2、4、6、9 位）或 15 位网格编码")
    RegionDetails get(@PathVariable String code) {
        return regions.get(code);
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "直接下级（分页）", description = "村（社区）的下级是网格")
    Page<RegionItem> children(@PathVariable String code,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        Paging.check(page, size);
        return regions.children(code, page, size);
    }

    @GetMapping("/{code}/stats")
    @Operation(summary = "下级各层级的数量", description = "descendants 只含本级以下的层级，如县级返回 township、village、grid")
    RegionStats stats(@PathVariable String code) {
        return regions.stats(code);
    }

    private static RegionLevel parseLevel(String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        try {
            RegionLevel l = RegionLevel.ofKey(level.strip());
            if (l != RegionLevel.GRID) {
                return l;
            }
        } catch (IllegalArgumentException e) {
            // fall through to the message below
        }
        throw new BadRequestException("problem.search.level", level);
    }
}
