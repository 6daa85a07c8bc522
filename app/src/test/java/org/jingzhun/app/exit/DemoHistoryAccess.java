// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.exit;

import org.springframework.stereotype.Component;

/** Lets tests outside the package start the demo history's start-up check again. */
@Component
public class DemoHistoryAccess {

    private final DemoHistory demo;

    DemoHistoryAccess(DemoHistory demo) {
        this.demo = demo;
    }

    public void loadAgain() {
        demo.load();
    }
}
