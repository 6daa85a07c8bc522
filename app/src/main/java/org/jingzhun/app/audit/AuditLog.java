// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.audit;

import org.jingzhun.app.platform.security.CallerContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/**
 * 审计日志 — the append-only record of every write and every unmasked read: who (actor and role),
 * when, in which region, what (action and target), why (reason), and the state before and after.
 * Features call {@link #record} inside the transaction of the change, so a change and its audit
 * record commit or roll back together. The table refuses updates and deletes (V6 trigger).
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CallerContext caller;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, JsonMapper json, CallerContext caller, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Records one action by the current caller.
     *
     * @param action     what was done, {@code feature.verb} ({@code household.update}, {@code case.confirm})
     * @param target     what it was done to, {@code kind:id} ({@code household:360821100201000001})
     * @param regionCode the region of the record acted on (the caller's when there is none)
     * @param reason     the reason the user gave, or {@code null}
     * @param before     the state before (any JSON-serialisable value), or {@code null}
     * @param after      the state after, or {@code null}
     */
    public void record(String action, String target, String regionCode, String reason, Object before, Object after) {
        record(caller.actor(), caller.roleName(), action, target, regionCode, reason, before, after);
    }

    /** Records an action of a named actor (a login attempt, a command-line or scheduled action). */
    public void record(String actor, String role, String action, String target, String regionCode, String reason,
                       Object before, Object after) {
        jdbc.sql("""
                        insert into audit_log (at, actor, role, region_code, action, target, reason, before, after)
                        values (:at, :actor, :role, :region, :action, :target, :reason, cast(:before as jsonb), cast(:after as jsonb))""")
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("actor", actor).param("role", role)
                .param("region", regionCode != null ? regionCode : caller.regionCodeOrNull())
                .param("action", action).param("target", target).param("reason", reason)
                .param("before", toJson(before)).param("after", toJson(after))
                .update();
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof String s && (s.startsWith("{") || s.startsWith("[")) ? s : json.writeValueAsString(value);
    }
}
