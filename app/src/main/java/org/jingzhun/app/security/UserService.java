// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.security;

import org.jingzhun.app.audit.AuditLog;
import org.jingzhun.app.platform.security.CallerContext;
import org.jingzhun.app.platform.security.Role;
import org.jingzhun.app.platform.security.SignedInUser;
import org.jingzhun.app.platform.web.BadRequestException;
import org.jingzhun.app.platform.web.ConflictException;
import org.jingzhun.app.platform.web.NotFoundException;
import org.jingzhun.app.region.RegionService;
import org.jingzhun.app.region.RegionViews.RegionDetails;
import org.jingzhun.kernel.RegionLevel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 用户管理: administrators create, list and change users (role, region, name, enabled, password);
 * every change is audited without the password. Disabling a user or changing their role, region or
 * password ends their sessions.
 */
@Service
public class UserService {

    /** What an administrator sends; {@code null} fields of a change stay as they are. */
    public record UserDraft(String username, String password, String role, String regionCode, String displayName,
                            Boolean enabled) {
    }

    /** A user as the API shows it. */
    public record UserView(String username, String role, String regionCode, String regionName, String displayName,
                           boolean enabled, boolean locked, Instant createdAt, String createdBy, int version) {
    }

    private final UserStore store;
    private final Sessions sessions;
    private final PasswordEncoder encoder;
    private final RegionService regions;
    private final AuditLog audit;
    private final CallerContext caller;
    private final Clock clock;

    UserService(UserStore store, Sessions sessions, PasswordEncoder encoder, RegionService regions, AuditLog audit,
                CallerContext caller, Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.encoder = encoder;
        this.regions = regions;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public UserView create(UserDraft d) {
        String username = d.username() == null ? "" : d.username().strip().toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z0-9_.-]{3,64}")) {
            throw new BadRequestException("problem.user.username", d.username());
        }
        Role role = role(d.role());
        String region = region(role, d.regionCode());
        checkPassword(username, d.password());
        Instant now = Instant.now(clock);
        UserAccount a = new UserAccount(username, role, region, blankToNull(d.displayName()),
                d.enabled() == null || d.enabled(), 0, null, now, now, caller.actor(), 1);
        try {
            store.insert(a, encoder.encode(d.password()));
        } catch (DuplicateKeyException e) {
            throw new ConflictException(Map.of(), "problem.user.exists", username).titled("problem.user.exists.title");
        }
        UserView view = view(a);
        audit.record("user.create", "user:" + username, region, null, null, view);
        return view;
    }

    public List<UserView> list(String after, int size) {
        return store.list(caller.scopePattern(), after, size).stream().map(this::view).toList();
    }

    public UserView get(String username) {
        return view(find(username));
    }

    @Transactional
    public UserView update(String username, UserDraft d, Integer expectedVersion) {
        UserAccount before = find(username);
        Role role = d.role() == null ? before.role() : role(d.role());
        String region = d.regionCode() == null && d.role() == null ? before.regionCode()
                : region(role, d.regionCode() == null ? before.regionCode() : d.regionCode());
        String hash = null;
        Instant passwordChanged = before.passwordChangedAt();
        if (d.password() != null) {
            checkPassword(before.username(), d.password());
            hash = encoder.encode(d.password());
            passwordChanged = Instant.now(clock);
        }
        boolean enabled = d.enabled() == null ? before.enabled() : d.enabled();
        // an administrator's change also unlocks the account
        UserAccount after = new UserAccount(before.username(), role, region,
                d.displayName() == null ? before.displayName() : blankToNull(d.displayName()), enabled, 0, null,
                passwordChanged, before.createdAt(), before.createdBy(), before.version() + 1);
        int version = expectedVersion == null ? before.version() : expectedVersion;
        if (!store.update(after, hash, version)) {
            throw new ConflictException(Map.of("currentVersion", before.version()), "problem.user.version", username)
                    .titled("problem.user.version.title");
        }
        if (!enabled || hash != null || role != before.role() || !region.equals(before.regionCode())) {
            sessions.revokeAll(before.username());
        }
        UserView viewAfter = view(after);
        audit.record("user.update", "user:" + username, region, hash != null ? "密码已修改" : null, view(before), viewAfter);
        return viewAfter;
    }

    private UserAccount find(String username) {
        UserAccount a = store.find(username == null ? "" : username.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("problem.user.not-found.title", "problem.user.not-found", username));
        if (!caller.covers(SignedInUser.scopeOf(a.regionCode()))) {
            throw new NotFoundException("problem.user.not-found.title", "problem.user.not-found", username);
        }
        return a;
    }

    private static Role role(String text) {
        try {
            return Role.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("problem.user.role", text);
        }
    }

    /** The region must exist, lie in the administrator's scope and have a level the role allows. */
    private String region(Role role, String code) {
        if (code == null || code.isBlank()) {
            throw new BadRequestException("problem.user.region-missing");
        }
        RegionDetails r = regions.get(code.strip());
        RegionLevel level = RegionLevel.ofKey(r.level());
        if (!role.levels().contains(level)) {
            throw new BadRequestException("problem.user.region-level", r.name(), levelNames(List.of(level)),
                    role.name(), levelNames(List.copyOf(role.levels())));
        }
        if (!caller.covers(SignedInUser.scopeOf(r.code()))) {
            throw new BadRequestException("problem.user.region-scope", r.name());
        }
        return r.code();
    }

    private void checkPassword(String username, String password) {
        List<String> problems = PasswordPolicy.problems(username, password);
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems.getFirst(), PasswordPolicy.MIN_LENGTH).with("problems", problems);
        }
    }

    private static String levelNames(List<RegionLevel> levels) {
        return String.join("、", levels.stream().map(l -> switch (l) {
            case PROVINCE -> "省级";
            case CITY -> "市级";
            case COUNTY -> "县级";
            case TOWNSHIP -> "乡级";
            case VILLAGE -> "村级";
            case GRID -> "网格";
        }).toList());
    }

    private UserView view(UserAccount a) {
        boolean locked = a.lockedUntil() != null && a.lockedUntil().isAfter(Instant.now(clock));
        return new UserView(a.username(), a.role().name(), a.regionCode(), sessions.regionName(a.regionCode()),
                a.displayName(), a.enabled(), locked, a.createdAt(), a.createdBy(), a.version());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
