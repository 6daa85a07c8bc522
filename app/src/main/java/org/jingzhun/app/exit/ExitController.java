// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.exit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.region.ScopedRegions;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.RegionLevel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 贫困退出评估 API: households, villages and counties for any year and region; sample surveys; county exits. */
@RestController
@Tag(name = "贫困退出", description = "按 DOMAIN.md §9 评估户、村、县的退出标准（一达标两不愁三保障、贫困发生率、三率一度），"
        + "每项标准给出比较的数值、阈值、参数版本与中文说明；第三方评估抽样调查；贫困县摘帽审批")
class ExitController {

    private final ExitEvaluationService evaluations;
    private final SurveyService surveys;
    private final CountyExitService counties;
    private final ScopedRegions scope;

    ExitController(ExitEvaluationService evaluations, SurveyService surveys, CountyExitService counties, ScopedRegions scope) {
        this.evaluations = evaluations;
        this.surveys = surveys;
        this.counties = counties;
        this.scope = scope;
    }

    @GetMapping("/api/v1/exit/households/{id}/evaluation")
    @Operation(summary = "贫困户退出评估", description = "一达标（人均纯收入高于当年扶贫标准，含两不愁）、住房安全、义务教育、基本医疗、饮水安全；"
            + "按该年底的登记信息（登记晚于该年度时按当前信息，见 basis），缺少的数据判为无法判定")
    ExitViews.HouseholdEvaluationView household(@PathVariable String id, @RequestParam int year) {
        return evaluations.household(id, SurveyService.year(year));
    }

    @GetMapping("/api/v1/exit/villages/{code}/evaluation")
    @Operation(summary = "贫困村退出评估", description = "年末贫困发生率（贫困人口 / 乡村户籍人口）低于阈值（中部省份 2%）")
    ExitViews.VillageEvaluationView village(@PathVariable String code, @RequestParam int year) {
        RegionCode village = scope.get(code);
        if (village.level() != RegionLevel.VILLAGE) {
            throw new BadRequestException("problem.exit.not-a-village", village.value());
        }
        return evaluations.village(village, SurveyService.year(year));
    }

    @GetMapping("/api/v1/exit/villages")
    @Operation(summary = "区划内各村的退出评估", description = "默认只列贫困村（poorOnly=true）；列全部村时一次最多 5000 个，请按县查询")
    List<ExitViews.VillageEvaluationView> villages(@RequestParam String region, @RequestParam int year,
                                                   @RequestParam(defaultValue = "true") boolean poorOnly) {
        return evaluations.villages(scope.get(region), SurveyService.year(year), poorOnly);
    }

    @GetMapping("/api/v1/exit/counties/{code}/evaluation")
    @Operation(summary = "贫困县退出评估（三率一度）", description = "年末贫困发生率、错退率、漏评率低于阈值（2%），群众认可度不低于 90%；"
            + "后三项来自该年度的第三方评估抽样调查，没有调查时无法判定")
    ExitViews.CountyEvaluationView county(@PathVariable String code, @RequestParam int year) {
        RegionCode county = scope.get(code);
        SurveyService.requireCounty(county);
        return evaluations.county(county, SurveyService.year(year));
    }

    @GetMapping("/api/v1/exit/counties")
    @Operation(summary = "区划内各县的退出评估", description = "省或市内有历史数据、贫困县登记或抽样调查的各县（市、区）")
    List<ExitViews.CountyEvaluationView> countyList(@RequestParam String region, @RequestParam int year) {
        RegionCode r = scope.get(region);
        if (r.level().ordinal() > RegionLevel.COUNTY.ordinal()) {
            throw new BadRequestException("problem.exit.region-level", r.value());
        }
        return evaluations.counties(r, SurveyService.year(year));
    }

    @PostMapping("/api/v1/exit/counties/{code}/approval")
    @Operation(summary = "贫困县摘帽审批", description = "记录县申请、市初审、省第三方评估、公示（不少于 5 个工作日）与批准的日期；"
            + "批准年度的上一年度评估须全部达标，否则返回 409 与未达标项。返回依据的评估")
    ExitViews.CountyEvaluationView approve(@PathVariable String code, @RequestBody ExitViews.ApprovalRequest request) {
        return counties.approve(scope.get(code), request);
    }

    @PostMapping("/api/v1/exit/surveys")
    @Operation(summary = "录入抽样调查", description = "第三方评估抽样调查的一批样本户：已脱贫户样本（是否错退）与非建档立卡户样本（是否漏评），"
            + "以及是否认可。整批检查，有误时返回 problems 且不保存；同一县、年度同一户再次录入即更正")
    ExitViews.SurveyView record(@RequestBody ExitViews.SurveyBatch batch) {
        if (batch == null || batch.county() == null) {
            throw new BadRequestException("problem.exit.survey.county");
        }
        RegionCode county = scope.get(batch.county());
        SurveyService.requireCounty(county);
        return surveys.record(county, batch);
    }

    @GetMapping("/api/v1/exit/surveys")
    @Operation(summary = "某县某年度的抽样调查", description = "样本户与汇总的错退率、漏评率、群众认可度")
    ExitViews.SurveyView survey(@RequestParam String county, @RequestParam int year) {
        RegionCode c = scope.get(county);
        SurveyService.requireCounty(c);
        return surveys.view(c, SurveyService.year(year));
    }

    @DeleteMapping("/api/v1/exit/surveys/entries/{id}")
    @Operation(summary = "删除一户样本", description = "须说明原因（reason），记入审计日志")
    ResponseEntity<Void> delete(@PathVariable long id, @Parameter(description = "删除原因") @RequestParam(required = false) String reason) {
        surveys.delete(id, reason);
        return ResponseEntity.noContent().build();
    }

}
