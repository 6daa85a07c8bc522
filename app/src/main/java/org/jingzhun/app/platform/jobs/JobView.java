// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.jobs;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jingzhun.app.platform.csv.ImportProblem;

/** A job as the API shows it. */
@Schema(description = "后台任务（如导入）的状态与进度")
public record JobView(
        UUID id,
        @Schema(description = "任务类型，如 household-import") String kind,
        @Schema(description = "RUNNING, SUCCEEDED, FAILED, CANCELLED") JobState state,
        @Schema(description = "来源，如上传的文件名") String source,
        @Schema(description = "已处理行数") long rowsDone,
        @Schema(description = "总行数（未知时为 null）") Long rowsTotal,
        @Schema(description = "问题总数") long errorCount,
        @Schema(description = "问题（最多 1000 条），每条含行、列、值和中文说明") List<ImportProblem> errors,
        @Schema(description = "结果说明（中文）") String message,
        @Schema(description = "结果数据，如新增、更新、未变的户数") Object result,
        String createdBy,
        Instant createdAt,
        Instant finishedAt) {
}
