// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.exit;

import java.util.Collection;

/** The outcome of a criterion or a whole evaluation. UNKNOWN (data missing) is never read as a pass or a fail. */
public enum Verdict {
    PASS, FAIL, UNKNOWN;

    /** A whole: FAIL if any part fails, else UNKNOWN if any part is unknown, else PASS. */
    public static Verdict of(Collection<Verdict> parts) {
        if (parts.contains(FAIL)) {
            return FAIL;
        }
        return parts.contains(UNKNOWN) ? UNKNOWN : PASS;
    }
}
