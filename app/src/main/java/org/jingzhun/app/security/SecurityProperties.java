// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code jingzhun.security.*}: how long a token lives, when repeated failures lock an account, and
 * how long a resolved token is trusted from memory before the database is asked again (which bounds
 * how long a revoked token or disabled user can still act on another node).
 */
@ConfigurationProperties("jingzhun.security")
public record SecurityProperties(Duration tokenLifetime, int maxFailedLogins, Duration lockout, Duration sessionCache) {

    public SecurityProperties {
        tokenLifetime = tokenLifetime == null ? Duration.ofHours(8) : tokenLifetime;
        maxFailedLogins = maxFailedLogins <= 0 ? 5 : maxFailedLogins;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        sessionCache = sessionCache == null ? Duration.ofSeconds(30) : sessionCache;
    }
}
