// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.region.ScopedRegions;
import org.jingzhun.kernel.RegionCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** 报表 API: the poverty report of a region and year, and its yearly series as .xlsx. */
@RestController
@Tag(name = "报表", description = "由登记的历史数据（每户的识别与脱贫年度、各村乡村户籍人口、贫困村与贫困县的退出）即时统计")
class ReportController {

    private final PovertyReportService reports;
    private final ScopedRegions scope;

    ReportController(PovertyReportService reports, ScopedRegions scope) {
        this.reports = reports;
        this.scope = scope;
    }

    @GetMapping("/api/v1/reports/poverty")
    @Operation(summary = "贫困状况（年末）", description = "区划在该年末的乡村户籍人口、建档立卡贫困人口、贫困发生率（小数）、未退出的贫困村数"
            + "与已批准退出的贫困县；该年度没有数据时返回 404")
    PovertyReport poverty(@RequestParam String region, @Parameter(description = "年度，如 2013") @RequestParam int year) {
        return reports.report(scope.get(region), checkYear(year));
    }

    @GetMapping("/api/v1/reports/poverty/export")
    @Operation(summary = "贫困状况逐年导出（xlsx）", description = "from 到 to 各年末一行（默认 2013–2020），没有数据的年度不列出")
    ResponseEntity<StreamingResponseBody> export(@RequestParam String region, @RequestParam(defaultValue = "2013") int from,
                                                 @RequestParam(defaultValue = "2020") int to) {
        RegionCode code = scope.get(region);
        if (checkYear(from) > checkYear(to)) {
            throw new BadRequestException("problem.report.years");
        }
        List<PovertyReport> series = reports.series(code, from, to);
        StreamingResponseBody body = out -> PovertyReportService.write(series, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"poverty-" + code.value() + "-" + from + "-" + to + ".xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(body);
    }

    private static int checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new BadRequestException("problem.report.year");
        }
        return year;
    }

}
