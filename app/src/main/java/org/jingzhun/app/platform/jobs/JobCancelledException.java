// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.jobs;

/** Thrown inside a job's work when it was asked to stop; its transaction rolls back. */
public class JobCancelledException extends RuntimeException {
    public JobCancelledException() {
        super("cancelled", null, false, false);
    }
}
