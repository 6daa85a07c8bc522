// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jingzhun.app.platform.web.BadRequestException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

@RestController
@Tag(name = "防返贫监测：案件附件", description = "入户时拍摄的农户签字授权书及其他佐证材料（JPEG、PNG、PDF，按内容识别，默认不超过 5 MB）；上传与下载均记入审计")
class CaseAttachmentController {

    private final CaseAttachments attachments;

    CaseAttachmentController(CaseAttachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping(path = "/api/v1/monitoring/cases/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传附件", description = "multipart 字段 file；kind 为 AUTHORISATION（授权书，默认）或 EVIDENCE。村、网格、乡镇或县级账户，案件须在其辖区内")
    ResponseEntity<CaseAttachments.AttachmentView> upload(@PathVariable long id,
                                                          @RequestPart(name = "file", required = false) MultipartFile file,
                                                          @RequestParam(required = false) String kind) throws IOException {
        if (file == null) {
            throw new BadRequestException("problem.monitoring.attachment-empty");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(attachments.upload(id, kind, file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/api/v1/monitoring/cases/{id}/attachments")
    @Operation(summary = "案件的附件列表", description = "不含文件内容")
    List<CaseAttachments.AttachmentView> list(@PathVariable long id) {
        return attachments.list(id);
    }

    @GetMapping("/api/v1/monitoring/cases/{id}/attachments/{attachmentId}")
    @Operation(summary = "下载附件", description = "授权书含证件号码与签名：每次下载记入审计（reason 可说明用途）")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId,
                                    @Parameter(description = "查看原因") @RequestParam(required = false) String reason) {
        CaseAttachments.Content c = attachments.download(id, attachmentId, reason);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(c.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(c.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(c.bytes());
    }
}
