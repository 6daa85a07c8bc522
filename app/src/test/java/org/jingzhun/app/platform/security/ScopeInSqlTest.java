// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The people queries bind the whole {@link DataScope} — region and grid — and apply both in their SQL.
 * A query that bound the region alone would show a grid worker their whole village; this keeps that
 * from coming back unnoticed (the access matrix test then tries the endpoints).
 */
class ScopeInSqlTest {

    /** Sources whose {@code :scope} is a scope of regions, not of households: users and the audit log (no grid worker reads them). */
    private static final Map<String, String> REGION_ONLY = Map.of(
            "security/UserStore.java", "users of a region (administrators only)",
            "audit/AuditQueries.java", "audit records of a region (auditors only)");

    @Test
    void everyQueryWithTheRegionScopeAlsoAppliesTheGrid() throws IOException {
        Path root = Path.of("src/main/java/org/jingzhun/app");
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                String text = Files.readString(file);
                if (REGION_ONLY.containsKey(name) || !text.contains(":scope")) {
                    continue;
                }
                if (!text.contains(":grid")) {
                    bad.add(name + ": uses :scope but never :grid");
                }
                if (text.contains(".param(\"scope\"")) {
                    bad.add(name + ": binds scope alone; bind CallerContext.scopeParams() or DataScope.params()");
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void aGridWorkerIsLimitedToTheirGridAndOthersAreNot() {
        SignedInUser grid = new SignedInUser("grid", Role.GRID_WORKER, "360821100201001", "厚丰村第一网格");
        SignedInUser village = new SignedInUser("village", Role.VILLAGE, "360821100201", "厚丰村");
        assertThat(grid.grid()).isEqualTo("360821100201001");
        assertThat(grid.scope().value()).isEqualTo("360821100201");
        assertThat(village.grid()).isNull();
        assertThat(DataScope.EVERYTHING.limitedToGrid()).isFalse();
        assertThat(DataScope.NOTHING.params()).containsEntry("scope", "-").containsEntry("grid", "-");
    }
}
