// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.kernel.monitoring;

/** Where a household stands before a case is opened for it. */
public enum Standing {
    /** Not monitored, no open case. */
    NOT_MONITORED,
    /** A recognition case is open. */
    IN_RECOGNITION,
    /** Monitored, no open case. */
    MONITORED,
    /** Monitored, a risk-removal case is open. */
    IN_REMOVAL
}
