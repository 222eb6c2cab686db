package org.gdlab.linearize.suite;

import org.gdlab.core.progress.ProgressListener;

/**
 * The progress of runs that advance side by side, reported to one listener as one task: each run
 * gets a listener of its own ({@link #of}), and the steps done by all of them are summed. The
 * runs' own start and finish are not passed on (the suite starts and finishes the task); their
 * status lines are, prefixed with the run's label. Safe to use from the runs' threads.
 */
final class SuiteProgress {
    private final ProgressListener target;
    private final long[] done;
    private long total;

    /** The progress of {@code runs} runs, reported to {@code target}. */
    SuiteProgress(ProgressListener target, int runs) {
        this.target = target;
        this.done = new long[runs];
    }

    /** The listener of run {@code k}, whose status lines are prefixed with {@code label}. */
    ProgressListener of(int k, String label) {
        return new ProgressListener() {
            @Override
            public void start(String task, long steps) {
            }

            @Override
            public void advance(long steps, String status) {
                report(k, steps, label + ": " + status);
            }

            @Override
            public void finish(String summary) {
            }
        };
    }

    private synchronized void report(int k, long steps, String status) {
        total += steps - done[k];
        done[k] = steps;
        target.advance(total, status);
    }
}
