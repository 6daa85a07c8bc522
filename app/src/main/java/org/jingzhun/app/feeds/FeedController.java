// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jingzhun.app.audit.AuditLog;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.web.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 部门数据 API: department feed files and pushed batches (DOMAIN.md §7). */
@RestController
@RequestMapping("/api/v1/feeds")
@Tag(name = "部门数据", description = "部门数据导入与推送：按（部门, 记录编号）幂等，按证件号码匹配在册人员")
class FeedController {

    /** A pushed batch. */
    record PushBody(List<FeedPushService.PushedRecord> records) {
    }

    private final FeedImportService imports;
    private final FeedPushService pushes;
    private final CallerContext caller;
    private final AuditLog audit;

    FeedController(FeedImportService imports, FeedPushService pushes, CallerContext caller, AuditLog audit) {
        this.audit = audit;
        this.imports = imports;
        this.pushes = pushes;
        this.caller = caller;
    }

    @PostMapping(path = "/imports", consumes = "multipart/form-data")
    @Operation(summary = "导入部门数据文件（.csv 或 .xlsx）",
            description = "列：部门, 记录编号, 证件号码, 数据项, 发生日期, 数值, 文本值。返回任务；完成后任务结果给出"
                    + " inserted/updated/unchanged、matched（匹配到在册人员）、unmatched（未匹配，已保存）和 rejected（格式错误，"
                    + "未保存）条数，errors 列出退回与未匹配的记录（行、列、值、原因）。表头或文件本身有误时整个文件不写入。")
    ResponseEntity<Map<String, Object>> importFile(@RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            throw new BadRequestException("problem.import.file-missing");
        }
        UUID job = imports.start(file.getInputStream(), file.getOriginalFilename(), caller.actor());
        audit.record("feeds.import", "job:" + job, null, null, null,
                Map.of("file", String.valueOf(file.getOriginalFilename()), "bytes", file.getSize()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", job, "state", "RUNNING"));
    }

    @PostMapping(path = "/{department}", consumes = "application/json")
    @Operation(summary = "推送部门数据（JSON 批量）",
            description = "请求体 {\"records\": [{\"recordId\", \"idNumber\", \"item\", \"date\": \"YYYY-MM-DD\", \"value\", "
                    + "\"text\"}]}，一次最多 10000 条。格式正确的记录在一个事务中保存（同一记录编号再次推送不重复），"
                    + "rejected 列出未保存的记录及原因，unmatched 列出已保存但未匹配到在册人员的记录。")
    FeedPushService.PushResult push(@PathVariable String department, @RequestBody PushBody body) {
        FeedPushService.PushResult result = pushes.push(department, body == null ? null : body.records());
        audit.record("feeds.push", "department:" + department, null, null, null,
                Map.of("received", result.received(), "inserted", result.inserted(), "updated", result.updated(),
                        "unchanged", result.unchanged(), "rejected", result.rejectedCount()));
        return result;
    }
}
