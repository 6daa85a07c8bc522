// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.SQLException;
import java.util.List;
import org.jingzhun.app.audit.AuditLog;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.region.RegionNotFoundException;
import org.jingzhun.app.region.RegionService;
import org.jingzhun.kernel.RegionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 筛查预警 API: screening runs, findings per household, task lists per region, what-if. */
@RestController
@Tag(name = "筛查预警", description = "按规则集与参数版本对区划内农户筛查；每条结果带规则、版本、比较的数值与来源记录")
class ScreeningController {

    private static final int MAX_PAGE = 500;

    private final ScreeningService screening;
    private final ScreeningQueries queries;
    private final WhatIfService whatIf;
    private final RegionService regions;
    private final CallerContext caller;
    private final AuditLog audit;

    ScreeningController(ScreeningService screening, ScreeningQueries queries, WhatIfService whatIf, RegionService regions,
                        CallerContext caller, AuditLog audit) {
        this.audit = audit;
        this.screening = screening;
        this.queries = queries;
        this.whatIf = whatIf;
        this.regions = regions;
        this.caller = caller;
    }

    @PostMapping("/api/v1/screening/runs")
    @Operation(summary = "开始筛查", description = "请求体 {\"region\": 区划代码, \"date\": 可选筛查日期（默认今天）, \"incremental\": "
            + "可选，true 时只重新筛查上次全量筛查后登记信息或部门数据有变化的户}。返回任务 {id, state, runId}；"
            + "用 GET /api/v1/jobs/{id} 看进度，完成后任务结果给出命中数、无法判定数与各阶段耗时")
    ResponseEntity<ScreeningService.Started> start(@RequestBody ScreeningService.RunRequest request) {
        if (request != null && request.region() != null
                && !caller.covers(RegionCode.parse(regions.get(request.region()).code()))) {
            throw new RegionNotFoundException(request.region());
        }
        ScreeningService.Started started = screening.start(request, caller.actor());
        audit.record("screening.start", "screening-run:" + started.runId(), request.region(), null, null, request);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(started);
    }

    @GetMapping("/api/v1/screening/runs")
    @Operation(summary = "筛查批次列表", description = "新批次在前；每批记录规则集号、参数版本、筛查日期与结果数")
    List<ScreeningQueries.RunView> runs(@RequestParam(defaultValue = "20") int size) {
        return queries.runs(pageSize(size));
    }

    @GetMapping("/api/v1/screening/runs/{runId}")
    @Operation(summary = "一个筛查批次")
    ScreeningQueries.RunView run(@PathVariable long runId) {
        return queries.run(runId);
    }

    @GetMapping("/api/v1/screening/runs/{runId}/counts")
    @Operation(summary = "批次各规则的户数", description = "region 可限定到某市、县（按县汇总）")
    List<ScreeningQueries.RuleCount> counts(@PathVariable long runId, @RequestParam(required = false) String region) {
        queries.run(runId);
        return queries.ruleCounts(runId, region == null ? null : RegionCode.parse(regions.get(region).code()));
    }

    @GetMapping("/api/v1/screening/summary")
    @Operation(summary = "下级区划的当前预警数", description = "省→市→县→乡镇→村逐级下推：每个下级区划命中的户数及预警、资格、逻辑校验与无法判定条数")
    List<ScreeningQueries.RegionCount> summary(@RequestParam String region) {
        return queries.summary(RegionCode.parse(regions.get(region).code()));
    }

    @GetMapping("/api/v1/screening/tasks")
    @Operation(summary = "预警任务清单", description = "区划内各户当前的筛查结果，按户编号、规则排序，键集分页（next 作为下一页的 after）")
    ScreeningQueries.TaskPage tasks(@RequestParam String region,
                                    @Parameter(description = "WARNING、ELIGIBILITY 或 DATA_QUALITY") @RequestParam(required = false) String kind,
                                    @Parameter(description = "HIT 或 ERROR") @RequestParam(required = false) String status,
                                    @RequestParam(required = false) String rule,
                                    @RequestParam(required = false) String after,
                                    @RequestParam(defaultValue = "50") int size) {
        if (kind != null && !List.of("WARNING", "ELIGIBILITY", "DATA_QUALITY").contains(kind)) {
            throw new BadRequestException("problem.screening.kind", kind);
        }
        if (status != null && !List.of("HIT", "ERROR").contains(status)) {
            throw new BadRequestException("problem.screening.status", status);
        }
        return queries.tasks(RegionCode.parse(regions.get(region).code()), kind, status, rule, after, pageSize(size));
    }

    @GetMapping("/api/v1/households/{id}/warnings")
    @Operation(summary = "一户当前的筛查结果", description = "每条：kind、ruleCode、ruleVersion、riskType（风险类型英文代码）、"
            + "suggestedCategory（建议的监测对象类别中文名）、status（HIT 或 ERROR）与中文 explanation（比较的数值与来源记录）")
    List<ScreeningQueries.WarningView> warnings(@PathVariable String id) {
        return queries.warnings(id);
    }

    @PostMapping("/api/v1/screening/what-if")
    @Operation(summary = "政策模拟", description = "请求体 {\"region\": 可选, \"parameters\": {\"monitoring_line\": 8500}}：以最近一次"
            + "全量筛查的数据与参数为基准，按县给出新增与不再命中预警规则的户数；不改变任何数据")
    WhatIfService.WhatIfResult whatIf(@RequestBody WhatIfService.WhatIfRequest request) throws SQLException {
        return whatIf.whatIf(request);
    }

    private static int pageSize(int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new BadRequestException("problem.page.size", MAX_PAGE);
        }
        return size;
    }
}
