// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.jingzhun.app.platform.web.BadRequestException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** 防返贫监测月报 API: per county, as JSON or as an .xlsx workbook. */
@RestController
@Tag(name = "防返贫监测：月报", description = "按县统计：线索、新认定、监测对象（类别、风险类型）、帮扶措施、风险消除、逾期")
class MonthlyReportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MonthlyReports reports;
    private final Clock clock;

    MonthlyReportController(MonthlyReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/api/v1/monitoring/reports/monthly")
    @Operation(summary = "防返贫监测月报", description = "region：省、市或县（按县分行，另有合计）；month：YYYY-MM（默认本月）。"
            + "本月线索（按渠道）、新认定（按类别）、风险消除与不予通过数、帮扶措施（按类型：计划、落实、金额）；"
            + "月末（本月为今天）监测对象户数（按类别、风险类型）、未办结与逾期案件、超时限无措施户数")
    MonthlyReport monthly(@RequestParam String region,
                          @Parameter(description = "YYYY-MM") @RequestParam(required = false) String month) {
        return reports.report(region, month(month));
    }

    @GetMapping("/api/v1/monitoring/reports/monthly.xlsx")
    @Operation(summary = "导出防返贫监测月报（.xlsx）", description = "与 JSON 月报相同的数字：月报汇总、风险类型、帮扶措施三个工作表")
    ResponseEntity<StreamingResponseBody> monthlyXlsx(@RequestParam String region, @RequestParam(required = false) String month) {
        MonthlyReport report = reports.report(region, month(month));
        String name = "防返贫监测月报-" + report.region() + "-" + report.month() + ".xlsx";
        StreamingResponseBody body = out -> MonthlyReportXlsx.write(report, out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private YearMonth month(String text) {
        if (text == null) {
            return YearMonth.now(clock);
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("problem.monitoring.month", text);
        }
    }
}
