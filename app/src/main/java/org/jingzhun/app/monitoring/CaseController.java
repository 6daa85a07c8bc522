// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jingzhun.app.monitoring.CaseViews.CaseDetails;
import org.jingzhun.app.monitoring.CaseViews.CasePage;
import org.jingzhun.app.monitoring.CaseViews.CaseSummary;
import org.jingzhun.app.audit.AuditLog;
import org.jingzhun.app.platform.export.TableFile;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.security.DataScope;
import org.jingzhun.app.platform.security.Disclosure;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.platform.web.Paging;
import org.jingzhun.app.region.RegionService;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.RegionLevel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * 识别认定与风险消除 API: the cases and each step of the procedure. Every step is decided by the
 * kernel's state machine; a refused step answers 403/400/409 with the reason.
 */
@RestController
@Tag(name = "防返贫监测：案件与流程", description = "入户核实 → 村级民主评议 → 村内公示（≥5天，异议退回评议）→ 乡镇审核 → 县级确认；"
        + "任一步可说明理由不予通过；全程自首条线索起不超过 15 天，逾期由上一级督办；急难情形可先帮扶后认定")
class CaseController {

    private static final List<String> STAGES = List.of("AWAITING_VISIT", "AWAITING_VILLAGE_REVIEW", "IN_NOTICE",
            "AWAITING_TOWNSHIP_REVIEW", "AWAITING_COUNTY_CONFIRMATION", "CONFIRMED", "DECLINED");

    private final CaseService cases;
    private final CaseQueries queries;
    private final Notices notices;
    private final RegionService regions;
    private final MonitoringExports exports;
    private final CallerContext caller;
    private final AuditLog audit;
    private final Clock clock;

    CaseController(CaseService cases, CaseQueries queries, Notices notices, RegionService regions, MonitoringExports exports,
                   CallerContext caller, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.queries = queries;
        this.notices = notices;
        this.regions = regions;
        this.exports = exports;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/api/v1/monitoring/cases")
    @Operation(summary = "案件列表", description = "区划内的识别认定与风险消除案件，按案件号键集分页（next 作为下一页的 after）；"
            + "可按 kind（RECOGNITION、REMOVAL）、stage、open=true（未办结）、overdue=true（已逾期）筛选")
    CasePage list(@RequestParam String region, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String stage, @RequestParam(defaultValue = "false") boolean open,
                  @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Long after,
                  @RequestParam(defaultValue = "50") int size) {
        Paging.check(0, size);
        checkFilters(kind, stage);
        return queries.list(region(region), kind, stage, open, overdue, after, size);
    }

    @GetMapping("/api/v1/monitoring/cases/export")
    @Operation(summary = "导出案件列表", description = "与案件列表相同的筛选条件，全部匹配的案件（不分页），按案件号；format 为 xlsx（默认）或 csv；"
            + "户主姓名按角色脱敏；每次导出记入审计日志")
    ResponseEntity<StreamingResponseBody> export(@RequestParam String region, @RequestParam(required = false) String kind,
                                                 @RequestParam(required = false) String stage,
                                                 @RequestParam(defaultValue = "false") boolean open,
                                                 @RequestParam(defaultValue = "false") boolean overdue,
                                                 @Parameter(description = "xlsx 或 csv") @RequestParam(defaultValue = "xlsx") String format) {
        checkFilters(kind, stage);
        TableFile.Format f = TableFile.Format.parse(format);
        MonitoringExports.CaseFilter filter = new MonitoringExports.CaseFilter(region(region), kind, stage, open, overdue);
        DataScope scope = caller.dataScope();
        Disclosure show = caller.disclosure();
        audit.record("monitoring.case.export", "cases:" + filter.region().value(), filter.region().value(), null, null,
                filters("kind", kind, "stage", stage, "open", open, "overdue", overdue, "format", f.extension()));
        return TableFile.response("cases-" + LocalDate.now(clock), f, out -> exports.cases(filter, f, scope, show, out));
    }

    @GetMapping("/api/v1/monitoring/cases/{id}")
    @Operation(summary = "一件案件", description = "当前步骤、各步期限、是否逾期及由哪一级督办、公示期与异议、线索、每一步的办理人与意见，"
            + "以及县级确认的决定（类别、风险类型、规则与参数版本、证据）")
    CaseDetails get(@PathVariable long id) {
        return queries.details(id);
    }

    @PostMapping("/api/v1/monitoring/cases/{id}/visit")
    @Operation(summary = "入户核实", description = "村级用户或网格员。请求体 {authorisationSigned: 户已签署数据核查授权书（识别认定必须为 true）, "
            + "category: 拟认定类别 UNSTABLE_EXITED/MARGINAL/SUDDEN_HARDSHIP, riskTypes: 风险类型 1–5 项, notes: 核实情况}；"
            + "风险消除案件只需 notes")
    CaseDetails visit(@PathVariable long id, @RequestBody(required = false) CaseService.VisitRequest request) {
        return cases.visit(id, request);
    }

    @PostMapping("/api/v1/monitoring/cases/{id}/village-review")
    @Operation(summary = "村级民主评议通过并公示", description = "村级用户或网格员。请求体 {noticeFrom: 公示首日（默认今天，不得早于今天）, "
            + "minutes: 评议记录}；公示期按参数 notice_days（默认 5 天）")
    CaseDetails villageReview(@PathVariable long id, @RequestBody(required = false) CaseService.VillageReviewRequest request) {
        return cases.villageReview(id, request);
    }

    @PostMapping("/api/v1/monitoring/cases/{id}/objections")
    @Operation(summary = "登记公示异议", description = "村、网格或乡镇用户，仅在公示中。请求体 {text: 异议内容}；案件退回村级民主评议")
    CaseDetails objection(@PathVariable long id, @RequestBody CaseService.TextRequest request) {
        return cases.objection(id, request);
    }

    @PostMapping("/api/v1/monitoring/cases/{id}/notice-end")
    @Operation(summary = "公示期满无异议", description = "村级用户或网格员，公示最后一天之后；案件报乡镇审核")
    CaseDetails endNotice(@PathVariable long id) {
        return cases.endNotice(id);
    }

    @PostMapping("/api/v1/monitoring/cases/{id}/township-review")
    @Operation(summary = "乡镇审核通过", description = "乡镇用户。请求体 {text: 审核意见}")
    CaseDetails townshipReview(@PathVariable long id, @RequestBody(required = false) CaseService.TextRequest request) {
        return cases.townshipReview(id, request);
    }

    @PostMapping("/api/v1/monitoring/cases/{id}/confirmation")
    @Operation(summary = "县级确认", description = "县级用户。识别认定：请求体 {category, riskTypes, evidence: [证据]}（省略时用入户核实的拟认定类别与风险）；"
            + "确认后户类型改为监测户并建立帮扶计划。风险消除：再次核对全部条件，未满足时 409 并列出每一项（unmet）；确认后户类型恢复")
    CaseDetails confirm(@PathVariable long id, @RequestBody(required = false) CaseService.ConfirmationRequest request) {
        return cases.confirm(id, request);
    }

    @PostMapping("/api/v1/monitoring/cases/{id}/decline")
    @Operation(summary = "不予通过", description = "由当前步骤的办理层级说明理由。请求体 {text: 理由}")
    CaseDetails decline(@PathVariable long id, @RequestBody CaseService.TextRequest request) {
        return cases.decline(id, request);
    }

    @PostMapping("/api/v1/monitoring/cases/{id}/help-first")
    @Operation(summary = "先帮扶后认定", description = "乡镇或县级用户，识别认定案件办结前。请求体 {text: 理由}；可立即登记帮扶措施，时限不变")
    CaseDetails helpFirst(@PathVariable long id, @RequestBody CaseService.TextRequest request) {
        return cases.helpFirst(id, request);
    }

    @GetMapping(value = "/api/v1/monitoring/cases/{id}/notice", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @Operation(summary = "案件所在村的公示（可打印 HTML）", description = "该案件公示首日全村公示中的农户：户主姓名（脱敏）、家庭人口、类别与公示期；"
            + "不含证件号码、电话、银行账户、健康信息与风险类型")
    String caseNotice(@PathVariable long id) {
        return notices.ofCase(id);
    }

    @GetMapping(value = "/api/v1/monitoring/notice", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @Operation(summary = "村公示（可打印 HTML）", description = "village：12 位村级区划代码；date：哪一天的公示（默认今天）")
    String villageNotice(@RequestParam String village, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return notices.village(region(village), date == null ? LocalDate.now(clock) : date);
    }

    @GetMapping("/api/v1/monitoring/overdue")
    @Operation(summary = "逾期案件（上一级督办）", description = "区划内超过本步期限或全程期限仍未办结的案件，最久的在前；"
            + "level（TOWNSHIP、COUNTY、CITY）只列督办到该级的（入户核实、村级评议、公示逾期→乡镇；乡镇审核→县；县级确认→市）")
    List<CaseSummary> overdue(@RequestParam String region,
                              @Parameter(description = "督办层级：TOWNSHIP、COUNTY 或 CITY") @RequestParam(required = false) String level,
                              @RequestParam(defaultValue = "100") int size) {
        Paging.check(0, size);
        RegionLevel l = level(level);
        return queries.overdue(region(region), l, size);
    }

    @GetMapping("/api/v1/monitoring/overdue/export")
    @Operation(summary = "导出逾期案件", description = "与逾期案件相同的条件，全部匹配的案件（不限条数），最久的在前；format 为 xlsx（默认）或 csv；"
            + "户主姓名按角色脱敏；每次导出记入审计日志")
    ResponseEntity<StreamingResponseBody> exportOverdue(@RequestParam String region,
                                                        @Parameter(description = "督办层级：TOWNSHIP、COUNTY 或 CITY") @RequestParam(required = false) String level,
                                                        @Parameter(description = "xlsx 或 csv") @RequestParam(defaultValue = "xlsx") String format) {
        RegionLevel l = level(level);
        TableFile.Format f = TableFile.Format.parse(format);
        RegionCode r = region(region);
        DataScope scope = caller.dataScope();
        Disclosure show = caller.disclosure();
        audit.record("monitoring.overdue.export", "overdue:" + r.value(), r.value(), null, null,
                filters("level", level, "format", f.extension()));
        return TableFile.response("overdue-" + LocalDate.now(clock), f, out -> exports.overdue(r, l, f, scope, show, out));
    }

    private static RegionLevel level(String level) {
        if (level == null) {
            return null;
        }
        try {
            return RegionLevel.valueOf(level);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("problem.monitoring.level", level);
        }
    }

    private static void checkFilters(String kind, String stage) {
        if (kind != null && !List.of("RECOGNITION", "REMOVAL").contains(kind)) {
            throw new BadRequestException("problem.monitoring.kind", kind);
        }
        if (stage != null && !STAGES.contains(stage)) {
            throw new BadRequestException("problem.monitoring.stage", stage, String.join("、", STAGES));
        }
    }

    /** The filters of an export for its audit record (those given). */
    static java.util.Map<String, Object> filters(Object... pairs) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                out.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return out;
    }

    private RegionCode region(String code) {
        return RegionCode.parse(regions.get(code).code());
    }
}
