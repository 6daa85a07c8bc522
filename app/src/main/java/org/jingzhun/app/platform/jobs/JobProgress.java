// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.platform.jobs;

/**
 * What a running job reports and asks: progress, and whether someone asked it to stop. Work
 * checks {@link #cancelled()} often (every few thousand rows) and throws {@link JobCancelledException}.
 */
public interface JobProgress {

    void rowsTotal(Long total);

    void rowsDone(long done);

    boolean cancelled();

    /** The job's id, or null for work run outside a job. */
    default java.util.UUID jobId() {
        return null;
    }

    /** Throws {@link JobCancelledException} if cancellation was requested. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new JobCancelledException();
        }
    }

    /** For work run outside a job (the command line prints its own progress). */
    JobProgress NONE = new JobProgress() {
        @Override
        public void rowsTotal(Long total) {
        }

        @Override
        public void rowsDone(long done) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
