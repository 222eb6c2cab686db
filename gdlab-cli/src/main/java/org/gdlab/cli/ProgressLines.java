package org.gdlab.cli;

import java.io.PrintWriter;
import org.gdlab.core.progress.ProgressListener;

/**
 * Renders progress as plain lines on stderr (stdout stays the report): the task when it starts,
 * then either every status line ({@code gdlab lab}: one per step) or only each task's summary
 * (training runs report many times per epoch), prefixed by the elapsed time.
 */
final class ProgressLines implements ProgressListener {
    private final PrintWriter err;
    private final boolean everyStatus;
    private final long start = System.nanoTime();
    private long total;

    /**
     * @param err where the lines go
     * @param everyStatus print every {@code advance}'s status, or only starts and summaries
     */
    ProgressLines(PrintWriter err, boolean everyStatus) {
        this.err = err;
        this.everyStatus = everyStatus;
    }

    @Override
    public void start(String task, long total) {
        this.total = total;
        line(task);
    }

    @Override
    public void advance(long done, String status) {
        if (everyStatus) {
            line("[" + done + "/" + total + "] " + status);
        }
    }

    @Override
    public void finish(String summary) {
        line(summary);
    }

    private void line(String text) {
        err.printf(java.util.Locale.ROOT, "%7.1f s  %s%n", (System.nanoTime() - start) / 1e9, text);
        err.flush();
    }
}
