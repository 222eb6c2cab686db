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

    /**
     * A task of {@code total} units starts (0 when the total is unknown).
     *
     * @param task the task's name
     * @param total the units of work, or 0 when unknown
     */
    void start(String task, long total);

    /**
     * {@code done} of the total units are done; {@code status} is a short line such as "loss 0.31".
     *
     * @param done the units done so far
     * @param status a short status line
     */
    void advance(long done, String status);

    /**
     * The task ended; {@code summary} says how.
     *
     * @param summary a short line saying how the task ended
     */
    void finish(String summary);
}
