// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.security;

import org.jingzhun.app.platform.security.Role;
import org.jingzhun.app.platform.security.SignedInUser;
import org.jingzhun.app.region.RegionService;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens: 256 random bits handed to the client once; only their SHA-256 is stored. Resolving a
 * token reads memory for {@code jingzhun.security.session-cache} after the database confirmed it, so
 * that a request costs no query; logout and disabling a user drop the memory entries at once.
 */
@Service
public class Sessions {

    record Issued(String token, Instant expiresAt) {
    }

    private record Cached(SignedInUser user, Instant expiresAt, Instant checkedAt) {
    }

    private final UserStore store;
    private final RegionService regions;
    private final SecurityProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    Sessions(UserStore store, RegionService regions, SecurityProperties properties, Clock clock) {
        this.store = store;
        this.regions = regions;
        this.properties = properties;
        this.clock = clock;
    }

    Issued issue(String username) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = "jz_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = Instant.now(clock);
        Instant expires = now.plus(properties.tokenLifetime());
        store.insertSession(hash(token), username, now, expires);
        return new Issued(token, expires);
    }

    /** The user a token belongs to, if it is live. */
    public Optional<SignedInUser> resolve(String token) {
        if (token == null || !token.startsWith("jz_") || token.length() > 64) {
            return Optional.empty();
        }
        byte[] h = hash(token);
        String key = HexFormat.of().formatHex(h);
        Instant now = Instant.now(clock);
        Cached c = cache.get(key);
        if (c != null && c.expiresAt().isAfter(now) && c.checkedAt().plus(properties.sessionCache()).isAfter(now)) {
            return Optional.of(c.user());
        }
        Optional<UserStore.LiveSession> session = store.liveSession(h, now);
        if (session.isEmpty()) {
            cache.remove(key);
            return Optional.empty();
        }
        UserAccount a = session.get().account();
        SignedInUser user = new SignedInUser(a.username(), a.role(), a.regionCode(), regionName(a.regionCode()));
        Instant expires = session.get().expiresAt();
        if (cache.size() > 100_000) {
            cache.clear();
        }
        cache.put(key, new Cached(user, expires, now));
        return Optional.of(user);
    }

    void revoke(String token) {
        byte[] h = hash(token);
        store.revokeSession(h, Instant.now(clock));
        cache.remove(HexFormat.of().formatHex(h));
    }

    void revokeAll(String username) {
        store.revokeSessions(username, Instant.now(clock));
        cache.values().removeIf(c -> c.user().username().equals(username));
    }

    String regionName(String code) {
        try {
            return regions.get(code).name();
        } catch (RuntimeException e) {
            return code;
        }
    }

    /**
     * A SHA-256 digest to copy: cloning it skips the provider lookup of {@code getInstance} on every request.
     * Never fed itself ({@code update}/{@code digest}): clones from many threads only read its initial state.
     */
    private static final MessageDigest SHA_256 = sha256();

    static byte[] hash(String token) {
        MessageDigest digest;
        try {
            digest = (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            digest = sha256();
        }
        return digest.digest(token.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
