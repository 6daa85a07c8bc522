// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.security;

import org.jingzhun.app.audit.AuditLog;
import org.jingzhun.app.platform.demo.DemoMode;
import org.jingzhun.app.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * 演示账户: on a demo installation with no users yet, one account per level along one real chain
 * (江西省 → 吉安市 → 吉安县 → 敦厚镇 → 厚丰村 → its first grid), plus an administrator, an auditor and
 * a department uploader, all with {@link #PASSWORD}; printed at start-up. Outside demo mode nothing
 * is created: the first administrator comes from {@code jingzhun users create-admin}.
 */
@Component
class DemoAccounts {

    static final String PASSWORD = "Jingzhun@2026";

    record Account(String username, Role role, String regionCode, String displayName) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("admin", Role.ADMIN, "360000000000", "系统管理员"),
            new Account("province", Role.PROVINCE, "360000000000", "省级监测专员"),
            new Account("jian", Role.CITY, "360800000000", "吉安市监测专员"),
            new Account("jianxian", Role.COUNTY, "360821000000", "吉安县监测专员"),
            new Account("township", Role.TOWNSHIP, "360821100000", "敦厚镇干部"),
            new Account("village", Role.VILLAGE, "360821100201", "厚丰村干部"),
            new Account("grid", Role.GRID_WORKER, "360821100201001", "厚丰村网格员"),
            new Account("auditor", Role.AUDITOR, "360000000000", "审计员"),
            new Account("department", Role.DEPARTMENT, "360000000000", "省医保局数据报送员"));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final DemoMode demo;
    private final UserStore store;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoAccounts(DemoMode demo, UserStore store, PasswordEncoder encoder, AuditLog audit, TransactionTemplate tx,
                 Clock clock) {
        this.demo = demo;
        this.store = store;
        this.encoder = encoder;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void createOnFirstStart() {
        if (!demo.enabled()) {
            return;
        }
        if (store.count() == 0) {
            String hash = encoder.encode(PASSWORD);
            Instant now = Instant.now(clock);
            tx.executeWithoutResult(s -> {
                for (Account a : ACCOUNTS) {
                    store.insert(new UserAccount(a.username(), a.role(), a.regionCode(), a.displayName(), true, 0, null,
                            now, now, "demo", 1), hash);
                    audit.record("system", null, "user.create", "user:" + a.username(), a.regionCode(), "演示账户", null,
                            java.util.Map.of("role", a.role().name(), "regionCode", a.regionCode()));
                }
            });
        }
        StringBuilder b = new StringBuilder("\n演示账户（密码均为 ").append(PASSWORD).append("，仅用于演示数据库）:\n");
        for (Account a : ACCOUNTS) {
            b.append(String.format("  %-11s %-12s %-16s %s%n", a.username(), a.role(), a.regionCode(), a.displayName()));
        }
        log.info(b.toString());
    }
}
