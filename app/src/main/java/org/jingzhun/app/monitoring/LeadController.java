// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.jingzhun.app.monitoring.CaseViews.CaseDetails;
import org.jingzhun.app.monitoring.CaseViews.EligibilityView;
import org.jingzhun.app.monitoring.CaseViews.HouseholdMonitoring;
import org.jingzhun.app.monitoring.CaseViews.LeadView;
import org.jingzhun.app.audit.AuditLog;
import org.jingzhun.app.platform.export.TableFile;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.security.DataScope;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.platform.web.Paging;
import org.jingzhun.app.region.RegionService;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.monitoring.Channel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** 线索与风险消除 API: leads from the three channels, a household's monitoring, and the removal check and application. */
@RestController
@Tag(name = "防返贫监测：线索与风险消除", description = "农户自主申报、基层干部排查、部门筛查预警三个渠道的线索，按户去重；"
        + "风险消除条件逐项核对（说明每一项为何不满足）与申请")
class LeadController {

    private final LeadService leads;
    private final LeadQueries leadQueries;
    private final CaseQueries cases;
    private final RemovalService removal;
    private final RegionService regions;
    private final MonitoringExports exports;
    private final CallerContext caller;
    private final AuditLog audit;
    private final Clock clock;

    LeadController(LeadService leads, LeadQueries leadQueries, CaseQueries cases, RemovalService removal,
                   RegionService regions, MonitoringExports exports, CallerContext caller, AuditLog audit, Clock clock) {
        this.leads = leads;
        this.leadQueries = leadQueries;
        this.cases = cases;
        this.removal = removal;
        this.regions = regions;
        this.exports = exports;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    @PostMapping("/api/v1/monitoring/leads")
    @Operation(summary = "登记线索", description = "村、网格、乡镇或县级用户。请求体 {householdId, channel: HOUSEHOLD_APPLICATION（农户自主申报）"
            + "或 CADRE_REPORT（基层干部、网格员排查）, receivedOn: 收到日期（默认今天）, source: 来源（谁、以何种方式）, riskType, note}。"
            + "户有未办结案件时并入该案件（早于其首条线索的日期使时限前移），户已是监测户时记为监测中线索，否则开启识别认定案件。"
            + "部门筛查预警线索由筛查批次完成后自动生成")
    ResponseEntity<LeadView> record(@RequestBody LeadService.LeadRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(leads.record(request));
    }

    @GetMapping("/api/v1/monitoring/leads")
    @Operation(summary = "线索列表", description = "区划内 from–to（默认近 30 天）收到的线索，新的在前；channel 可筛选渠道；"
            + "按线索号键集分页（next 作为下一页的 before）")
    LeadQueries.LeadPage list(@RequestParam String region, @RequestParam(required = false) String channel,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              @RequestParam(required = false) Long before, @RequestParam(defaultValue = "50") int size) {
        Paging.check(0, size);
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        return leadQueries.list(RegionCode.parse(regions.get(region).code()), channel(channel),
                from == null ? end.minusDays(30) : from, end, before, size);
    }

    @GetMapping("/api/v1/monitoring/leads/export")
    @Operation(summary = "导出线索列表", description = "与线索列表相同的条件（from–to 默认近 30 天），全部匹配的线索（不分页），新的在前；"
            + "format 为 xlsx（默认）或 csv；每次导出记入审计日志")
    ResponseEntity<StreamingResponseBody> export(@RequestParam String region, @RequestParam(required = false) String channel,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                 @Parameter(description = "xlsx 或 csv") @RequestParam(defaultValue = "xlsx") String format) {
        Channel c = channel(channel);
        TableFile.Format f = TableFile.Format.parse(format);
        RegionCode r = RegionCode.parse(regions.get(region).code());
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.minusDays(30) : from;
        DataScope scope = caller.dataScope();
        audit.record("monitoring.lead.export", "leads:" + r.value(), r.value(), null, null,
                CaseController.filters("channel", channel, "from", start.toString(), "to", end.toString(), "format", f.extension()));
        return TableFile.response("leads-" + LocalDate.now(clock), f, out -> exports.leads(r, c, start, end, f, scope, out));
    }

    private static Channel channel(String channel) {
        if (channel == null) {
            return null;
        }
        try {
            return Channel.valueOf(channel);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("problem.monitoring.lead-channel", channel);
        }
    }

    @GetMapping("/api/v1/monitoring/households/{id}")
    @Operation(summary = "一户的监测情况", description = "standing（NOT_MONITORED、IN_RECOGNITION、MONITORED、IN_REMOVAL）、认定日期、"
            + "类别与风险类型、全部案件与线索")
    HouseholdMonitoring household(@PathVariable String id) {
        return cases.household(id);
    }

    @PostMapping("/api/v1/monitoring/households/{id}/removal/eligibility")
    @Operation(summary = "核对风险消除条件（不保存）", description = "请求体为村级核实评估 {incomeStableSince: 收入稳定起始日, "
            + "rigidSpendingResolved: 刚性支出问题已解决, resolutions: {风险类型: THROUGH_HELP（帮扶消除）或 NATURALLY（自然消除）}, "
            + "newRisks: [新发现风险], monitoredSince: 仅系统上线前已是监测户时填写}。返回 eligible 与每一项未满足条件及原因（unmet）、"
            + "核对所用的数据（监测时长、已落实措施、参考人均收入与当年监测线、两不愁三保障及饮水、当前预警、劳动力）")
    EligibilityView eligibility(@PathVariable String id, @RequestBody(required = false) RemovalService.Assessment assessment) {
        return removal.eligibility(id, assessment);
    }

    @PostMapping("/api/v1/monitoring/households/{id}/removal")
    @Operation(summary = "申请风险消除", description = "村级用户或网格员；请求体同核对，另加 reason。条件全部满足时开启风险消除案件（流程同识别认定），"
            + "否则 409 并列出每一项未满足的条件（unmet）")
    ResponseEntity<CaseDetails> applyForRemoval(@PathVariable String id,
                                                @RequestBody(required = false) RemovalService.Assessment assessment) {
        long caseId = removal.open(id, assessment);
        return ResponseEntity.status(HttpStatus.CREATED).body(cases.details(caseId));
    }
}
