// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.app.audit.AuditLog;
import org.jingzhun.app.platform.export.TableFile;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.security.DataScope;
import org.jingzhun.app.platform.security.Disclosure;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

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
    private final ScreeningExports exports;
    private final Clock clock;

    ScreeningController(ScreeningService screening, ScreeningQueries queries, WhatIfService whatIf, RegionService regions,
                        CallerContext caller, AuditLog audit, ScreeningExports exports, Clock clock) {
        this.audit = audit;
        this.exports = exports;
        this.clock = clock;
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

    @GetMapping("/api/v1/screening/runs/export")
    @Operation(summary = "导出筛查批次", description = "与批次列表相同的批次（全部，不限条数），新批次在前；format 为 xlsx（默认）或 csv；"
            + "每次导出记入审计日志")
    ResponseEntity<StreamingResponseBody> exportRuns(@Parameter(description = "xlsx 或 csv") @RequestParam(defaultValue = "xlsx") String format) {
        TableFile.Format f = TableFile.Format.parse(format);
        DataScope scope = caller.dataScope();
        List<String> lineage = queries.lineage();
        audit.record("screening.run.export", "screening-runs", null, null, null, Map.of("format", f.extension()));
        return TableFile.response("screening-runs-" + LocalDate.now(clock), f, out -> exports.runs(scope, lineage, f, out));
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
        checkFilters(kind, status);
        return queries.tasks(RegionCode.parse(regions.get(region).code()), kind, status, rule, after, pageSize(size));
    }

    @GetMapping("/api/v1/screening/tasks/export")
    @Operation(summary = "导出预警任务清单", description = "与任务清单相同的筛选条件，全部匹配的结果（不分页），按户编号、规则；"
            + "format 为 xlsx（默认）或 csv；户主姓名按角色脱敏；每次导出记入审计日志")
    ResponseEntity<StreamingResponseBody> exportTasks(@RequestParam String region,
                                                      @Parameter(description = "WARNING、ELIGIBILITY 或 DATA_QUALITY") @RequestParam(required = false) String kind,
                                                      @Parameter(description = "HIT 或 ERROR") @RequestParam(required = false) String status,
                                                      @RequestParam(required = false) String rule,
                                                      @Parameter(description = "xlsx 或 csv") @RequestParam(defaultValue = "xlsx") String format) {
        checkFilters(kind, status);
        TableFile.Format f = TableFile.Format.parse(format);
        ScreeningExports.TaskFilter filter = new ScreeningExports.TaskFilter(RegionCode.parse(regions.get(region).code()),
                kind, status, rule);
        DataScope scope = caller.dataScope();
        Disclosure show = caller.disclosure();
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("kind", kind);
        given.put("status", status);
        given.put("rule", rule);
        given.values().removeIf(java.util.Objects::isNull);
        given.put("format", f.extension());
        audit.record("screening.task.export", "tasks:" + filter.region().value(), filter.region().value(), null, null, given);
        return TableFile.response("warnings-" + LocalDate.now(clock), f, out -> exports.tasks(filter, f, scope, show, out));
    }

    private static void checkFilters(String kind, String status) {
        if (kind != null && !List.of("WARNING", "ELIGIBILITY", "DATA_QUALITY").contains(kind)) {
            throw new BadRequestException("problem.screening.kind", kind);
        }
        if (status != null && !List.of("HIT", "ERROR").contains(status)) {
            throw new BadRequestException("problem.screening.status", status);
        }
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
