// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.registry;

import org.jingzhun.app.platform.security.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jingzhun.app.audit.AuditLog;
import org.jingzhun.app.platform.export.TableFile;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.security.Disclosure;
import org.jingzhun.app.platform.time.TimeConfiguration;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.platform.web.IfMatch;
import org.jingzhun.app.platform.web.PreconditionRequiredException;
import org.jingzhun.app.registry.HouseholdViews.HistoryEntry;
import org.jingzhun.app.registry.HouseholdViews.HouseholdDetails;
import org.jingzhun.app.registry.HouseholdViews.HouseholdPage;
import org.jingzhun.kernel.IdNumber;
import org.jingzhun.kernel.InvalidIdNumberException;
import org.jingzhun.kernel.RegionCode;
import org.jingzhun.kernel.household.HouseholdCategory;
import org.jingzhun.kernel.household.Labelled;
import org.jingzhun.app.platform.web.ForbiddenException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** 建档立卡 API: households (户) with members, income, history, imports. {@code {id}} is the 户编号. */
@RestController
@RequestMapping("/api/v1/households")
@Tag(name = "户", description = "建档立卡户与家庭成员：查询、详情（含任意时点）、变更历史、修改、导入、导出")
class HouseholdController {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    private final HouseholdService households;
    private final HouseholdImportService imports;
    private final HouseholdExporter exporter;
    private final CallerContext caller;
    private final Clock clock;

    private final AuditLog audit;

    HouseholdController(HouseholdService households, HouseholdImportService imports, HouseholdExporter exporter,
                        CallerContext caller, AuditLog audit, Clock clock) {
        this.audit = audit;
        this.households = households;
        this.imports = imports;
        this.exporter = exporter;
        this.caller = caller;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "查询户（键集分页）", description = "按户编号排序；下一页用上一页返回的 next 作为 after")
    HouseholdPage list(
            @Parameter(description = "区划代码（含下级），如 360821") @RequestParam(required = false) String region,
            @Parameter(description = "户类型：EXITED/MONITORED/ORDINARY 或 脱贫户/监测户/一般农户") @RequestParam(required = false) String category,
            @Parameter(description = "成员姓名（或其开头），或完整的证件号码") @RequestParam(required = false) String q,
            @Parameter(description = "上一页的 next") @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("problem.page.size", MAX_SIZE);
        }
        return households.list(query(region, category, q), after, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "一户的详情", description = "asOf 给出过去的时点时返回当时的状态；响应头 ETag 是版本号，修改时放入 If-Match")
    ResponseEntity<HouseholdDetails> get(@PathVariable String id,
                                         @Parameter(description = "日期（当天结束时）或带时区的时间") @RequestParam(required = false) String asOf,
                                         @Parameter(description = "显示完整的证件号码、姓名、电话（县、乡、村级与网格员；须给出 reason，记入审计）")
                                         @RequestParam(defaultValue = "false") boolean unmasked,
                                         @Parameter(description = "查看完整信息的原因") @RequestParam(required = false) String reason) {
        HouseholdDetails d = unmasked ? households.detailsUnmasked(id, parseAsOf(asOf), reason)
                : households.details(id, parseAsOf(asOf));
        return ResponseEntity.ok().eTag("\"" + d.version() + "\"").body(d);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "变更历史", description = "每个版本：谁、何时、为何修改，以及改了哪些字段（修改前后的值，个人信息脱敏）")
    List<HistoryEntry> history(@PathVariable String id) {
        return households.history(id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "修改户级信息", description = "需要 If-Match（读取时的 ETag）；版本已变时返回 409 与期间的改动")
    ResponseEntity<HouseholdDetails> patch(@PathVariable String id,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @RequestBody HouseholdPatch patch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        HouseholdDetails d = households.patch(id, parseVersion(ifMatch), patch);
        return ResponseEntity.ok().eTag("\"" + d.version() + "\"").body(d);
    }

    @PostMapping(path = "/imports", consumes = "multipart/form-data")
    @Operation(summary = "导入户（.csv 或 .xlsx）", description = "返回任务；用 GET /api/v1/jobs/{id} 查看进度与问题")
    ResponseEntity<Map<String, Object>> importFile(@RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            throw new BadRequestException("problem.import.file-missing");
        }
        UUID job = imports.start(file.getInputStream(), file.getOriginalFilename(), caller.actor(), caller.dataScope());
        audit.record("household.import", "job:" + job, null, null, null,
                Map.of("file", String.valueOf(file.getOriginalFilename()), "bytes", file.getSize()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", job, "state", "RUNNING"));
    }

    @GetMapping("/export")
    @Operation(summary = "导出户（导入模板格式）", description = "与列表相同的筛选条件；format 为 xlsx 或 csv；证件号码、姓名、电话脱敏；每次导出记入审计日志")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "xlsx") String format,
            @Parameter(description = "导出完整信息（需要权限，须给出 reason，并记入审计）") @RequestParam(defaultValue = "false") boolean unmasked,
            @Parameter(description = "导出完整信息的原因") @RequestParam(required = false) String reason) {
        TableFile.Format f = TableFile.Format.parse(format);
        if (unmasked && !caller.mayUnmask()) {
            throw new ForbiddenException("problem.unmask.role");
        }
        if (unmasked && (reason == null || reason.isBlank())) {
            throw new BadRequestException("problem.unmask.reason");
        }
        HouseholdQuery query = query(region, category, q);
        DataScope scope = caller.dataScope();
        Disclosure show = unmasked ? Disclosure.FULL : caller.disclosure();
        // every export is audited, like the lists' exports; an unmasked one with its reason
        audit.record(unmasked ? "household.export-unmasked" : "household.export", "households:"
                        + scope.pattern().replace("%", "") + (scope.limitedToGrid() ? ":" + scope.grid() : ""), null,
                unmasked ? reason.strip() : null, null,
                Map.of("region", String.valueOf(region), "category", String.valueOf(category), "q", String.valueOf(q),
                        "format", f.extension()));
        return TableFile.response("households-" + LocalDate.now(clock), f, out -> exporter.export(query, f, scope, show, out));
    }

    static HouseholdQuery query(String region, String category, String q, Clock clock) {
        RegionCode r = region == null || region.isBlank() ? null : RegionCode.parse(region);
        HouseholdCategory c = null;
        if (category != null && !category.isBlank()) {
            c = Labelled.parse(HouseholdCategory.class, category).orElseGet(() -> {
                try {
                    return HouseholdCategory.valueOf(category.strip());
                } catch (IllegalArgumentException e) {
                    throw new BadRequestException("problem.household.category", category);
                }
            });
        }
        String name = null;
        String id = null;
        if (q != null && !q.isBlank()) {
            String t = q.strip();
            if (t.matches("[0-9]{15}|[0-9]{17}[0-9Xx]")) {
                try {
                    id = IdNumber.parse(t, LocalDate.now(clock)).value();
                } catch (InvalidIdNumberException e) {
                    throw new BadRequestException("problem.household.query-id", t, e.reason());
                }
            } else {
                name = t;
            }
        }
        return new HouseholdQuery(r, c, name, id);
    }

    private HouseholdQuery query(String region, String category, String q) {
        return query(region, category, q, clock);
    }

    private Instant parseAsOf(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            if (asOf.length() == 10) {
                return LocalDate.parse(asOf).plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant().minusNanos(1000);
            }
            return OffsetDateTime.parse(asOf).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException("problem.household.as-of");
        }
    }

    private static int parseVersion(String ifMatch) {
        return IfMatch.version(ifMatch, "problem.household.if-match");
    }
}
