// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.screening;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jingzhun.app.audit.AuditLog;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.rules.Catalog;
import org.jingzhun.rules.Rule;
import org.jingzhun.rules.RuleFile;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 规则与参数 API: the active rule set, rule versions, validation and editing; policy parameters. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "规则与参数", description = "预警、资格与逻辑校验规则（版本化数据）及政策参数（按年度、版本化）")
class RuleController {

    /** A rule as the API shows it. */
    record RuleView(String code, int version, String kind, String riskType, String riskTypeLabel, String suggests,
                    String suggestedCategory, String title, String message, String condition) {
        static RuleView of(Rule r) {
            return new RuleView(r.code(), r.version(), r.kind().name(), r.riskType(), RiskTypes.label(r.riskType()),
                    r.suggests(), RiskTypes.suggestionLabel(r.suggests()), r.title(), r.message(), r.conditionText());
        }
    }

    /** A rule set as the API shows it. */
    record RuleSetView(int version, Instant activatedAt, String activatedBy, String note, List<RuleView> rules) {
        static RuleSetView of(RuleStore.RuleSet s) {
            return new RuleSetView(s.version(), s.activatedAt(), s.activatedBy(), s.note(),
                    s.rules().stream().map(RuleView::of).toList());
        }
    }

    record ValidateBody(String condition) {
    }

    record ParametersBody(List<ParameterStore.ParameterValue> values, String note) {
    }

    private final RuleStore rules;
    private final ParameterStore parameters;
    private final CallerContext caller;

    private final AuditLog audit;

    private final RuleTester tester;

    RuleController(RuleStore rules, ParameterStore parameters, CallerContext caller, AuditLog audit, RuleTester tester) {
        this.tester = tester;
        this.audit = audit;
        this.rules = rules;
        this.parameters = parameters;
        this.caller = caller;
    }

    @GetMapping("/rules")
    @Operation(summary = "当前生效的规则集", description = "规则集号最大者生效；每条规则带编码、版本、类别、风险类型、建议的监测类别与条件")
    RuleSetView active() {
        return RuleSetView.of(rules.active());
    }

    @GetMapping("/rules/sets/{version}")
    @Operation(summary = "某一版规则集", description = "筛查批次记录其使用的规则集号，用于复核")
    RuleSetView ruleSet(@PathVariable int version) {
        return RuleSetView.of(rules.ruleSet(version));
    }

    @GetMapping("/rules/{code}")
    @Operation(summary = "一条规则的全部版本", description = "新版本在前")
    List<RuleView> versions(@PathVariable String code) {
        return rules.versions(code).stream().map(RuleView::of).toList();
    }

    @PutMapping("/rules/{code}")
    @Operation(summary = "新增或修改规则（生成新版本并启用新规则集）",
            description = "先检查语法、字段、类型与取值（错误带行号、列号，见 problems），全部通过才保存并启用；旧版本保留")
    RuleSetView save(@PathVariable String code, @RequestBody RuleStore.RuleDraft draft) {
        RuleSetView set = RuleSetView.of(rules.save(code, draft, caller.actor()));
        audit.record("rules.save", "rule:" + code, null, null, null, draft);
        return set;
    }

    @DeleteMapping("/rules/{code}")
    @Operation(summary = "停用规则", description = "启用一个不含该规则的新规则集；规则的各版本仍保留")
    RuleSetView remove(@PathVariable String code) {
        RuleSetView set = RuleSetView.of(rules.remove(code, caller.actor()));
        audit.record("rules.remove", "rule:" + code, null, null, null, null);
        return set;
    }

    @GetMapping(path = "/rules/export", produces = "text/plain;charset=UTF-8")
    @Operation(summary = "导出当前规则集（规则文件格式）", description = "可编辑后用 POST /api/v1/rules/import 导入；格式见 docs/rules.md")
    String export() {
        return RuleFile.format(rules.active().rules());
    }

    @PostMapping(path = "/rules/import", consumes = "text/plain")
    @Operation(summary = "导入规则文件，替换当前规则集",
            description = "整个文件先检查（错误带行号）；内容有变化的规则生成新版本，文件中没有的规则不再启用；无变化时不产生新规则集")
    RuleSetView importFile(@RequestBody byte[] body) throws java.io.IOException {
        // rule files are UTF-8 (or GBK, as saved by some Windows editors), whatever the request's charset says
        var decoded = org.jingzhun.app.platform.csv.TextDecoding.open(new java.io.ByteArrayInputStream(body));
        java.io.StringWriter text = new java.io.StringWriter();
        try (java.io.Reader reader = decoded.reader()) {
            reader.transferTo(text);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new BadRequestException("problem.rules.encoding");
        }
        RuleSetView set = RuleSetView.of(rules.replaceAll(text.toString(), caller.actor()));
        audit.record("rules.import", "rule-set", null, null, null, Map.of("text", text.toString()));
        return set;
    }

    @PostMapping("/rules/validate")
    @Operation(summary = "检查规则条件", description = "不保存；返回 valid 与问题列表（行、列、说明）")
    Map<String, Object> validate(@RequestBody ValidateBody body) {
        try {
            RuleStore.validate("CHECK", 1, new RuleStore.RuleDraft(org.jingzhun.rules.RuleKind.WARNING, null, null, "t", "m",
                    body == null ? null : body.condition()));
            return Map.of("valid", true, "problems", List.of());
        } catch (BadRequestException e) {
            return Map.of("valid", false, "problems", e.properties().getOrDefault("problems", List.of()));
        }
    }

    /** A rule to try on one household: an active rule's {@code code}, or a draft {@code condition}. */
    record TestBody(String householdId, String code, String condition, java.time.LocalDate date) {
    }

    @PostMapping("/rules/test")
    @Operation(summary = "在一户上试算规则", description = "请求体 {\"householdId\", \"code\": 现行规则编码, 或 \"condition\": 规则条件草稿, "
            + "\"date\": 可选筛查日期}。用该户当前的登记信息与部门数据求值，返回 status（HIT、NO_HIT、ERROR）、中文说明与比较的数值；不保存任何结果")
    RuleTester.TestResult test(@RequestBody TestBody body) throws java.sql.SQLException {
        if (body == null) {
            throw new BadRequestException("problem.rules.test-household");
        }
        return tester.test(body.householdId(), body.code(), body.condition(), body.date());
    }

    @GetMapping("/rules/catalog")
    @Operation(summary = "规则可用的字段、数据项与参数", description = "编写规则时参考：户字段、成员字段、部门数据字段、数据项与参数名")
    Map<String, Object> catalog() {
        return Map.of("household", Catalog.householdFields(), "member", Catalog.memberFields(), "feed", Catalog.feedFields(),
                "items", Catalog.items(), "parameters", Catalog.params());
    }

    @GetMapping("/parameters")
    @Operation(summary = "当前政策参数", description = "每个参数按年度取值：某年度的值从该年起适用，直到更晚年度的值")
    ParameterStore.ParameterVersion parameters() {
        return parameters.current();
    }

    @PutMapping("/parameters")
    @Operation(summary = "修改政策参数（保存为新版本）", description = "提交完整的参数表；逐项检查，有误时返回 problems 且不保存")
    ParameterStore.ParameterVersion replace(@RequestBody ParametersBody body) {
        if (body == null || body.values() == null || body.values().isEmpty()) {
            throw new BadRequestException("problem.parameters.empty");
        }
        var version = parameters.replace(body.values(), caller.actor(), body.note());
        audit.record("parameters.replace", "parameters", null, body.note(), null, body.values());
        return version;
    }
}
