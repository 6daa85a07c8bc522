// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.jobs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** 后台任务 API: progress, problems and cancellation of imports and other long work. */
@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "任务", description = "导入等后台任务的状态、进度、问题清单与取消")
class JobController {

    private final JobService jobs;

    private final CallerContext caller;

    JobController(JobService jobs, CallerContext caller) {
        this.jobs = jobs;
        this.caller = caller;
    }

    /** A job is its creator's (and the administrators'): anyone else is told it does not exist. */
    private JobView visible(UUID id) {
        JobView job = jobs.find(id).orElseThrow(() -> notFound(id));
        if (!job.createdBy().equals(caller.actor()) && !"ADMIN".equals(caller.roleName())) {
            throw notFound(id);
        }
        return job;
    }

    @GetMapping("/{id}")
    @Operation(summary = "任务状态与进度", description = "state: RUNNING, SUCCEEDED, FAILED, CANCELLED；errors 每条含 row, column, value, message")
    JobView get(@PathVariable UUID id) {
        return visible(id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "取消任务", description = "正在运行的导入会回滚，不写入任何数据")
    Map<String, Object> cancel(@PathVariable UUID id) {
        JobView job = visible(id);
        boolean requested = jobs.cancel(id);
        return Map.of("id", id, "state", job.state(), "cancelRequested", requested);
    }

    @GetMapping("/{id}/errors.xlsx")
    @Operation(summary = "下载问题清单（Excel）", description = "每个问题一行：行号、列、值、说明")
    ResponseEntity<StreamingResponseBody> errors(@PathVariable UUID id) {
        visible(id);
        StreamingResponseBody body = out -> ProblemWorkbook.write(jobs.errors(id), out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"errors-" + id + ".xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(body);
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("problem.job-not-found.title", "problem.job-not-found.detail", id);
    }
}
