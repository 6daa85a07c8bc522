// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.security;

import org.jingzhun.app.platform.security.Role;
import org.jingzhun.app.platform.security.SignedInUser;
import java.time.Instant;

/** 用户 as stored (without the password hash, which never leaves {@link UserStore}). */
public record UserAccount(String username, Role role, String regionCode, String displayName, boolean enabled,
                          int failedLogins, Instant lockedUntil, Instant passwordChangedAt, Instant createdAt,
                          String createdBy, int version) {
}
