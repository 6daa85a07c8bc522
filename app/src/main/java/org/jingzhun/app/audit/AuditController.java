// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.time.TimeConfiguration;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.platform.xlsx.SafeCells;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "审计", description = "审计员查询与导出审计日志：每次写操作与每次查看完整个人信息（谁、何时、哪个区划、做了什么、原因、前后状态）")
class AuditController {

    record AuditPage(List<AuditQueries.Entry> items, Long next) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(TimeConfiguration.ZONE);

    private final AuditQueries queries;
    private final CallerContext caller;

    AuditController(AuditQueries queries, CallerContext caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GetMapping
    @Operation(summary = "查询审计日志", description = "新记录在前；from/to 为日期或带时区的时间；action 以点结尾时按前缀匹配（如 household.）；下一页用 next 作为 after")
    AuditPage search(@Parameter(description = "起（含）") @RequestParam(required = false) String from,
                     @Parameter(description = "止（不含；日期则含当天）") @RequestParam(required = false) String to,
                     @RequestParam(required = false) String actor,
                     @RequestParam(required = false) String action,
                     @Parameter(description = "对象，如 household:360821100201000001") @RequestParam(required = false) String target,
                     @Parameter(description = "上一页的 next") @RequestParam(required = false) Long after,
                     @RequestParam(defaultValue = "50") int size) {
        if (size < 1 || size > 500) {
            throw new BadRequestException("problem.page.size", 500);
        }
        List<AuditQueries.Entry> rows = queries.search(filter(from, to, actor, action, target), after, size + 1);
        boolean more = rows.size() > size;
        List<AuditQueries.Entry> items = more ? rows.subList(0, size) : rows;
        return new AuditPage(items, more ? items.getLast().id() : null);
    }

    @GetMapping("/export")
    @Operation(summary = "导出审计日志（Excel）", description = "与查询相同的条件，全部匹配的记录")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String from,
                                                 @RequestParam(required = false) String to,
                                                 @RequestParam(required = false) String actor,
                                                 @RequestParam(required = false) String action,
                                                 @RequestParam(required = false) String target) {
        AuditQueries.Filter f = filter(from, to, actor, action, target);
        String scope = caller.scopePattern();
        StreamingResponseBody body = out -> {
            Workbook wb = new Workbook(out, "Jingzhun", "1.0");
            Worksheet ws = wb.newWorksheet("审计日志");
            String[] headers = {"编号", "时间", "用户", "角色", "区划", "操作", "对象", "原因", "操作前", "操作后"};
            for (int c = 0; c < headers.length; c++) {
                ws.value(0, c, headers[c]);
                ws.style(0, c).bold().set();
            }
            int[] r = {1};
            queries.each(f, scope, rs -> {
                AuditQueries.Entry e = AuditQueries.entry(rs);
                ws.value(r[0], 0, e.id());
                String[] v = {TIME.format(e.at()), e.actor(), e.role(), e.regionCode(), e.action(), e.target(), e.reason(),
                        e.before(), e.after()};
                for (int c = 0; c < v.length; c++) {
                    SafeCells.text(ws, r[0], c + 1, v[c]);
                }
                r[0]++;
                if (r[0] % 10_000 == 0) {
                    try {
                        ws.flush();
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    }
                }
            });
            wb.finish();
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(body);
    }

    private static AuditQueries.Filter filter(String from, String to, String actor, String action, String target) {
        return new AuditQueries.Filter(time(from, false), time(to, true), blank(actor), blank(action), blank(target));
    }

    private static Instant time(String text, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.length() == 10) {
                LocalDate d = LocalDate.parse(text);
                return (endOfDay ? d.plusDays(1) : d).atStartOfDay(TimeConfiguration.ZONE).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException("problem.audit.time", text);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
