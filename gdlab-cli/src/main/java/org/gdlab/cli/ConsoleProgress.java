package org.gdlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.gdlab.core.progress.ProgressListener;

/**
 * A progress bar on stderr. On a terminal it redraws one line with a carriage return (at most
 * ten times a second); otherwise (a log file, a pipe) it prints a line every few seconds, so
 * logs stay readable.
 */
final class ConsoleProgress implements ProgressListener {
    private static final int WIDTH = 24;
    private final PrintWriter err;
    private final boolean terminal;
    private final long intervalNanos;
    private String task = "";
    private long total;
    private long started;
    private long lastDrawn;
    private int lastLength;

    /**
     * @param terminal true to redraw one line, false to print a line every {@code lineSeconds}
     */
    ConsoleProgress(PrintWriter err, boolean terminal, double lineSeconds) {
        this.err = err;
        this.terminal = terminal;
        this.intervalNanos = terminal ? 100_000_000L : (long) (lineSeconds * 1e9);
    }

    /** For the real console: a terminal when the JVM has one, lines every 5 seconds otherwise. */
    static ConsoleProgress forStderr(PrintWriter err) {
        return new ConsoleProgress(err, System.console() != null, 5);
    }

    @Override
    public void start(String task, long total) {
        this.task = task;
        this.total = total;
        this.started = System.nanoTime();
        this.lastDrawn = started;
    }

    @Override
    public void advance(long done, String status) {
        long now = System.nanoTime();
        if (now - lastDrawn < intervalNanos && done < total) {
            return;
        }
        lastDrawn = now;
        String line = line(done, status, (now - started) / 1e9);
        if (terminal) {
            err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            lastLength = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** E.g. {@code [##########..............]  42% 250/600  epoch 1/5  loss 0.4312  3.1 s}. */
    String line(long done, String status, double seconds) {
        if (total <= 0) {
            return String.format(Locale.ROOT, "%s  %d  %s  %.1f s", task, done, status, seconds);
        }
        double fraction = Math.min(1, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        return String.format(Locale.ROOT, "[%s%s] %3d%% %d/%d  %s  %.1f s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                Math.round(fraction * 100), done, total, status, seconds);
    }

    @Override
    public void finish(String summary) {
        if (terminal && lastLength > 0) {
            err.println();
        }
        err.println(task + ": " + summary);
        err.flush();
    }
}
