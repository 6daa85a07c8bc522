// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.security;

import org.jingzhun.app.platform.security.Role;
import org.jingzhun.app.platform.security.SignedInUser;
import org.jingzhun.app.audit.AuditLog;
import org.jingzhun.app.platform.time.TimeConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * 登录: checks a password, counts failures and locks the account after
 * {@code jingzhun.security.max-failed-logins} of them, and issues a bearer token. Every attempt is
 * in the audit log. The answer to a wrong user name and to a wrong password is the same.
 */
@Service
public class AuthService {

    public record Login(String token, Instant expiresAt, SignedInUser user) {
    }

    /** Compared against when the user does not exist, so both cases cost one hash. */
    private final String decoyHash;

    private final UserStore store;
    private final Sessions sessions;
    private final PasswordEncoder encoder;
    private final SecurityProperties properties;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    AuthService(UserStore store, Sessions sessions, PasswordEncoder encoder, SecurityProperties properties,
                AuditLog audit, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.encoder = encoder;
        this.properties = properties;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.decoyHash = encoder.encode("decoy-password-never-matches");
    }

    public Login login(String username, String password) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (name.isEmpty() || password == null || password.isEmpty()) {
            throw new LoginFailedException("problem.auth.missing");
        }
        Instant now = Instant.now(clock);
        Optional<UserStore.Credentials> found = store.credentials(name);
        if (found.isEmpty()) {
            encoder.matches(password, decoyHash);
            audit.record(name, null, "auth.login-failed", "user:" + name, null, "用户不存在", null, null);
            throw new LoginFailedException("problem.auth.bad-credentials");
        }
        UserAccount a = found.get().account();
        if (!a.enabled()) {
            audit.record(name, a.role().name(), "auth.login-failed", "user:" + name, a.regionCode(), "账户已停用", null, null);
            throw new LoginFailedException("problem.auth.disabled");
        }
        if (a.lockedUntil() != null && a.lockedUntil().isAfter(now)) {
            audit.record(name, a.role().name(), "auth.login-failed", "user:" + name, a.regionCode(), "账户已锁定", null, null);
            throw new LoginFailedException("problem.auth.locked", time(a.lockedUntil()));
        }
        if (!encoder.matches(password, found.get().passwordHash())) {
            Instant until = now.plus(properties.lockout());
            tx.executeWithoutResult(s -> {
                store.failedLogin(name, properties.maxFailedLogins(), until);
                audit.record(name, a.role().name(), "auth.login-failed", "user:" + name, a.regionCode(), "密码错误", null,
                        Map.of("failedLogins", a.failedLogins() + 1));
            });
            int left = properties.maxFailedLogins() - a.failedLogins() - 1;
            if (left <= 0) {
                throw new LoginFailedException("problem.auth.locked", time(until));
            }
            throw new LoginFailedException("problem.auth.bad-credentials");
        }
        return tx.execute(s -> {
            store.succeededLogin(name);
            Sessions.Issued issued = sessions.issue(name);
            audit.record(name, a.role().name(), "auth.login", "user:" + name, a.regionCode(), null, null, null);
            return new Login(issued.token(), issued.expiresAt(),
                    new SignedInUser(name, a.role(), a.regionCode(), sessions.regionName(a.regionCode())));
        });
    }

    public void logout(String token) {
        sessions.resolve(token).ifPresent(u -> audit.record(u.username(), u.role().name(), "auth.logout", "user:" + u.username(),
                u.regionCode(), null, null, null));
        sessions.revoke(token);
    }

    private static String time(Instant t) {
        return DateTimeFormatter.ofPattern("HH:mm").withZone(TimeConfiguration.ZONE).format(t);
    }
}
