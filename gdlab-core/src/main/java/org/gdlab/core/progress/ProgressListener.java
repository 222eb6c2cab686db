package org.gdlab.core.progress;

/**
 * How long work reports its progress. The CLI renders it as a progress bar; tests and library
 * users who do not care pass {@link #SILENT}.
 */
public interface ProgressListener {
    /** A listener that ignores everything. */
    ProgressListener SILENT = new ProgressListener() {
        @Override
        public void start(String task, long total) {
        }

        @Override
        public void advance(long done, String status) {
        }

        @Override
        public void finish(String summary) {
        }
    };

    /** A task of {@code total} units starts (0 when the total is unknown). */
    void start(String task, long total);

    /** {@code done} of the total units are done; {@code status} is a short line such as "loss 0.31". */
    void advance(long done, String status);

    /** The task ended; {@code summary} says how. */
    void finish(String summary);
}
