// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.monitoring;

import org.jingzhun.app.audit.AuditLog;
import org.jingzhun.app.platform.security.Actors;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.platform.web.ForbiddenException;
import org.jingzhun.app.platform.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 案件附件: the photographed signed authorisation (授权书) and other evidence of a case. Only JPEG, PNG
 * and PDF, recognised by their first bytes (not by the name or the declared type), up to
 * {@code jingzhun.monitoring.attachment-max-megabytes}. Uploads are by officers who act on cases in the
 * case's region; every upload and every download is in the audit log (the form carries an ID number
 * and a signature).
 */
@Service
public class CaseAttachments {

    /** An attachment as listed (without its content). */
    public record AttachmentView(long id, long caseId, String kind, String fileName, String contentType, int size,
                                 String sha256, Instant uploadedAt, String uploadedBy) {
    }

    /** An attachment's content for download. */
    public record Content(AttachmentView attachment, byte[] bytes) {
    }

    private final JdbcClient jdbc;
    private final CallerContext caller;
    private final Actors actors;
    private final AuditLog audit;
    private final Clock clock;
    private final CaseStore cases;
    private final int maxBytes;

    CaseAttachments(JdbcClient jdbc, CallerContext caller, Actors actors, AuditLog audit, Clock clock, CaseStore cases,
                    @Value("${jingzhun.monitoring.attachment-max-megabytes:5}") int maxMegabytes) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.caller = caller;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxMegabytes * 1024 * 1024;
    }

    @Transactional
    public AttachmentView upload(long caseId, String kind, String fileName, byte[] bytes) {
        if (actors.current().isEmpty()) {
            throw new ForbiddenException("problem.monitoring.no-actor");
        }
        String household = householdInScope(caseId);
        String k = kind == null || kind.isBlank() ? "AUTHORISATION" : kind.strip().toUpperCase(Locale.ROOT);
        if (!List.of("AUTHORISATION", "EVIDENCE").contains(k)) {
            throw new BadRequestException("problem.monitoring.attachment-kind", kind);
        }
        if (bytes == null || bytes.length == 0) {
            throw new BadRequestException("problem.monitoring.attachment-empty");
        }
        if (bytes.length > maxBytes) {
            throw new BadRequestException("problem.monitoring.attachment-size", maxBytes / 1024 / 1024);
        }
        String type = sniff(bytes);
        if (type == null) {
            throw new BadRequestException("problem.monitoring.attachment-type", fileName == null ? "" : fileName);
        }
        String name = fileName == null || fileName.isBlank() ? "授权书" : fileName.replaceAll("[\\\\/\\r\\n\"]", "_");
        name = name.length() > 120 ? name.substring(name.length() - 120) : name;
        Instant now = Instant.now(clock);
        String sha = sha256(bytes);
        long id = jdbc.sql("""
                        insert into case_attachment (case_id, kind, file_name, content_type, size, sha256, content, uploaded_at, uploaded_by)
                        values (:case, :kind, :name, :type, :size, :sha, :content, :at, :by) returning id""")
                .param("case", caseId).param("kind", k).param("name", name).param("type", type).param("size", bytes.length)
                .param("sha", sha).param("content", bytes).param("at", Timestamp.from(now)).param("by", caller.actor())
                .query(Long.class).single();
        AttachmentView view = new AttachmentView(id, caseId, k, name, type, bytes.length, sha, now, caller.actor());
        audit.record("monitoring.case.attachment", "case:" + caseId, household.substring(0, 12), null, null,
                Map.of("attachment", id, "kind", k, "fileName", name, "size", bytes.length, "sha256", sha));
        return view;
    }

    public List<AttachmentView> list(long caseId) {
        householdInScope(caseId);
        return jdbc.sql("select id, case_id, kind, file_name, content_type, size, sha256, uploaded_at, uploaded_by"
                        + " from case_attachment where case_id = :case order by id")
                .param("case", caseId).query((rs, i) -> view(rs)).list();
    }

    /** The file, for a caller in the case's region; the read is audited. */
    @Transactional
    public Content download(long caseId, long attachmentId, String reason) {
        String household = householdInScope(caseId);
        Content c = jdbc.sql("select id, case_id, kind, file_name, content_type, size, sha256, uploaded_at, uploaded_by, content"
                        + " from case_attachment where case_id = :case and id = :id")
                .param("case", caseId).param("id", attachmentId)
                .query((rs, i) -> new Content(view(rs), rs.getBytes("content"))).optional()
                .orElseThrow(() -> new NotFoundException("problem.monitoring.attachment-not-found.title",
                        "problem.monitoring.attachment-not-found", attachmentId));
        audit.record("monitoring.case.attachment-read", "case:" + caseId, household.substring(0, 12), reason, null,
                Map.of("attachment", attachmentId, "fileName", c.attachment().fileName()));
        return c;
    }

    private String householdInScope(long caseId) {
        return cases.findInScope(caseId).map(CaseStore.CaseRow::householdId).orElseThrow(() -> CaseQueries.notFound(caseId));
    }

    /** The file's type from its first bytes, or {@code null} if it is none of the accepted ones. */
    static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return "image/png";
        }
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return "application/pdf";
        }
        return null;
    }

    private static AttachmentView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AttachmentView(rs.getLong("id"), rs.getLong("case_id"), rs.getString("kind"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getInt("size"), rs.getString("sha256"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(), rs.getString("uploaded_by"));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
