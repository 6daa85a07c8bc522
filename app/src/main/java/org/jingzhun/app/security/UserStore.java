// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.security;

import org.jingzhun.app.platform.security.Role;
import org.jingzhun.app.platform.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** SQL for users and their sessions (V6). */
@Repository
class UserStore {

    record Credentials(UserAccount account, String passwordHash) {
    }

    private static final String COLUMNS = """
            username, role, region_code, display_name, enabled, failed_logins, locked_until,
            password_changed_at, created_at, created_by, version""";

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("select " + COLUMNS + ", password_hash from app_user where username = :u").param("u", username)
                .query((rs, n) -> new Credentials(account(rs), rs.getString("password_hash"))).optional();
    }

    Optional<UserAccount> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where username = :u").param("u", username)
                .query((rs, n) -> account(rs)).optional();
    }

    /** Users whose region lies in {@code scopePattern} ({@code LIKE}), by name, after {@code after}. */
    List<UserAccount> list(String scopePattern, String after, int limit) {
        return jdbc.sql("select " + COLUMNS + " from app_user where region_code like :scope and username > :after"
                        + " order by username limit :limit")
                .param("scope", scopePattern).param("after", after == null ? "" : after).param("limit", limit)
                .query((rs, n) -> account(rs)).list();
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    void insert(UserAccount a, String hash) {
        jdbc.sql("""
                        insert into app_user (username, password_hash, role, region_code, display_name, enabled,
                                              password_changed_at, created_at, created_by)
                        values (:u, :h, :role, :region, :name, :enabled, :at, :at, :by)""")
                .param("u", a.username()).param("h", hash).param("role", a.role().name())
                .param("region", a.regionCode()).param("name", a.displayName()).param("enabled", a.enabled())
                .param("at", ts(a.createdAt())).param("by", a.createdBy()).update();
    }

    /** Saves changed fields if the version still matches; returns whether it did. */
    boolean update(UserAccount a, String newHashOrNull, int expectedVersion) {
        return jdbc.sql("""
                        update app_user set role = :role, region_code = :region, display_name = :name, enabled = :enabled,
                               password_hash = coalesce(:h, password_hash), password_changed_at = :changed,
                               failed_logins = :failed, locked_until = :locked, version = version + 1
                        where username = :u and version = :v""")
                .param("u", a.username()).param("role", a.role().name()).param("region", a.regionCode())
                .param("name", a.displayName()).param("enabled", a.enabled()).param("h", newHashOrNull)
                .param("changed", ts(a.passwordChangedAt())).param("failed", a.failedLogins())
                .param("locked", a.lockedUntil() == null ? null : ts(a.lockedUntil()))
                .param("v", expectedVersion).update() == 1;
    }

    /** Counts a failed login; locks the account for {@code lockFor} once {@code limit} failures are reached. */
    void failedLogin(String username, int limit, Instant lockUntil) {
        jdbc.sql("""
                        update app_user set failed_logins = failed_logins + 1,
                               locked_until = case when failed_logins + 1 >= :limit then :until else locked_until end
                        where username = :u""")
                .param("u", username).param("limit", limit).param("until", ts(lockUntil)).update();
    }

    void succeededLogin(String username) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where username = :u and (failed_logins > 0 or locked_until is not null)")
                .param("u", username).update();
    }

    void insertSession(byte[] tokenHash, String username, Instant issued, Instant expires) {
        jdbc.sql("insert into auth_session (token_hash, username, issued_at, expires_at) values (:h, :u, :i, :e)")
                .param("h", tokenHash).param("u", username).param("i", ts(issued)).param("e", ts(expires)).update();
    }

    /** A live session's user and when the session expires. */
    record LiveSession(UserAccount account, Instant expiresAt) {
    }

    /** The user of a live session: not revoked, not expired, user enabled. */
    Optional<LiveSession> liveSession(byte[] tokenHash, Instant now) {
        return jdbc.sql("select " + COLUMNS.replace("username", "u.username") + ", s.expires_at from auth_session s"
                        + " join app_user u on u.username = s.username"
                        + " where s.token_hash = :h and s.revoked_at is null and s.expires_at > :now and u.enabled")
                .param("h", tokenHash).param("now", ts(now))
                .query((rs, n) -> new LiveSession(account(rs), instant(rs, "expires_at"))).optional();
    }

    void revokeSession(byte[] tokenHash, Instant now) {
        jdbc.sql("update auth_session set revoked_at = :now where token_hash = :h and revoked_at is null")
                .param("h", tokenHash).param("now", ts(now)).update();
    }

    void revokeSessions(String username, Instant now) {
        jdbc.sql("update auth_session set revoked_at = :now where username = :u and revoked_at is null")
                .param("u", username).param("now", ts(now)).update();
    }

    void deleteExpiredSessions(Instant before) {
        jdbc.sql("delete from auth_session where expires_at < :t").param("t", ts(before)).update();
    }

    private static UserAccount account(ResultSet rs) throws SQLException {
        return new UserAccount(rs.getString("username"), Role.valueOf(rs.getString("role")), rs.getString("region_code"),
                rs.getString("display_name"), rs.getBoolean("enabled"), rs.getInt("failed_logins"),
                instant(rs, "locked_until"), instant(rs, "password_changed_at"), instant(rs, "created_at"),
                rs.getString("created_by"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }
}
