// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JingzhunTest {

    @Test
    void servesWhenGivenNoCommandOrOnlySpringOptions() {
        assertThat(Jingzhun.withDefaultCommand(new String[0])).containsExactly("serve");
        assertThat(Jingzhun.withDefaultCommand(new String[] {"--server.port=8081"}))
                .containsExactly("serve", "--server.port=8081");
    }

    @Test
    void leavesCommandsAndHelpAlone() {
        assertThat(Jingzhun.withDefaultCommand(new String[] {"--help"})).containsExactly("--help");
        assertThat(Jingzhun.withDefaultCommand(new String[] {"regions", "import", "f.csv"}))
                .containsExactly("regions", "import", "f.csv");
    }
}
