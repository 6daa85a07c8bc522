// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.jobs;

/** Where a background job is. Only RUNNING changes; the others are final. */
public enum JobState {
    RUNNING, SUCCEEDED, FAILED, CANCELLED
}
