// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.demo;

import org.jingzhun.app.platform.db.EmbeddedDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this installation is a demo that fills itself with generated data (grids now; households
 * and accounts as those features land). {@code jingzhun.demo.enabled} decides; when it is unset, a
 * system on the embedded database is a demo and one on an external database is not.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    public DemoMode(@Value("${jingzhun.demo.enabled:#{null}}") Boolean configured,
                    ObjectProvider<EmbeddedDatabase> embedded) {
        this.enabled = configured != null ? configured : embedded.getIfAvailable() != null;
    }

    public boolean enabled() {
        return enabled;
    }
}
