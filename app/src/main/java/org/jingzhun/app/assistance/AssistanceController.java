// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.assistance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jingzhun.app.audit.AuditLog;
import org.jingzhun.app.assistance.AssistanceViews.GapPage;
import org.jingzhun.app.assistance.AssistanceViews.HouseholdPlan;
import org.jingzhun.app.assistance.AssistanceViews.MeasureTypeView;
import org.jingzhun.app.assistance.AssistanceViews.MeasureView;
import org.jingzhun.app.platform.export.TableFile;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.security.DataScope;
import org.jingzhun.app.platform.security.Disclosure;
import org.jingzhun.app.platform.web.Paging;
import org.jingzhun.app.region.RegionService;
import org.jingzhun.kernel.RegionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** 帮扶 API: the measure catalogue, each household's plan and measures, and the households still without help. */
@RestController
@Tag(name = "帮扶措施", description = "措施目录；监测户每项风险的帮扶措施（计划、落实、金额、责任单位、成效）；超过时限仍无措施的风险")
class AssistanceController {

    private final MeasureService measures;
    private final MeasureQueries queries;
    private final RegionService regions;
    private final GapExport gapExport;
    private final CallerContext caller;
    private final AuditLog audit;
    private final Clock clock;

    AssistanceController(MeasureService measures, MeasureQueries queries, RegionService regions, GapExport gapExport,
                         CallerContext caller, AuditLog audit, Clock clock) {
        this.measures = measures;
        this.queries = queries;
        this.regions = regions;
        this.gapExport = gapExport;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/api/v1/assistance/catalogue")
    @Operation(summary = "帮扶措施目录", description = "产业帮扶、就业帮扶（含公益岗位、技能培训）、小额信贷、教育资助、医疗保障、住房安全保障、"
            + "饮水安全保障、低保/特困兜底、临时救助、防贫保险、消费帮扶、其他；每项给出通常针对的风险类型")
    List<MeasureTypeView> catalogue() {
        return queries.catalogue();
    }

    @GetMapping("/api/v1/assistance/households/{id}/plan")
    @Operation(summary = "一户的帮扶计划", description = "当前帮扶计划的每项风险及其措施；无措施的风险给出落实期限，超过期限（参数 "
            + "measure_due_days，自县级确认或决定先帮扶之日起）标记 flagged")
    HouseholdPlan plan(@PathVariable String id) {
        return measures.plan(id);
    }

    @PostMapping("/api/v1/assistance/households/{id}/measures")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记帮扶措施（计划）", description = "请求体 {type: 措施代码, riskType: 针对的风险类型, plannedOn: 计划日期, "
            + "amount: 金额（元，可选）, responsibleUnit: 责任单位, note}。只对监测户或已决定先帮扶的案件；风险应属于帮扶计划；"
            + "由户所在区划的村（网格员）、乡镇或县级用户登记，写入审计日志")
    MeasureView create(@PathVariable String id, @RequestBody MeasureService.MeasureRequest request) {
        return measures.create(id, request);
    }

    @PostMapping("/api/v1/assistance/measures/{measureId}/carried-out")
    @Operation(summary = "措施已落实", description = "请求体 {carriedOutOn: 落实日期, amount: 实际金额（元，可选）, effect: 帮扶成效}")
    MeasureView carriedOut(@PathVariable long measureId, @RequestBody MeasureService.CarriedOut request) {
        return measures.carryOut(measureId, request);
    }

    @GetMapping("/api/v1/assistance/gaps")
    @Operation(summary = "超时限仍无帮扶措施的监测户", description = "区划内帮扶计划中有风险在时限（参数 measure_due_days）后仍无任何措施的户，"
            + "列出缺少措施的风险；按户编号键集分页（next 作为下一页的 after）")
    GapPage gaps(@RequestParam String region, @RequestParam(required = false) String after,
                 @Parameter(description = "每页条数，最多 500") @RequestParam(defaultValue = "50") int size) {
        Paging.check(0, size);
        LocalDate today = LocalDate.now(clock);
        return queries.gaps(RegionCode.parse(regions.get(region).code()), today, measures.dueDays(today), after, size);
    }

    @GetMapping("/api/v1/assistance/gaps/export")
    @Operation(summary = "导出超时限仍无帮扶措施的监测户", description = "与列表相同的条件，全部匹配的户（不分页），按户编号；"
            + "format 为 xlsx（默认）或 csv；户主姓名按角色脱敏；每次导出记入审计日志")
    ResponseEntity<StreamingResponseBody> exportGaps(@RequestParam String region,
                                                     @Parameter(description = "xlsx 或 csv") @RequestParam(defaultValue = "xlsx") String format) {
        TableFile.Format f = TableFile.Format.parse(format);
        RegionCode r = RegionCode.parse(regions.get(region).code());
        LocalDate today = LocalDate.now(clock);
        int days = measures.dueDays(today);
        DataScope scope = caller.dataScope();
        Disclosure show = caller.disclosure();
        audit.record("assistance.gap.export", "gaps:" + r.value(), r.value(), null, null, Map.of("format", f.extension()));
        return TableFile.response("gaps-" + today, f, out -> gapExport.write(r, today, days, f, scope, show, out));
    }
}
