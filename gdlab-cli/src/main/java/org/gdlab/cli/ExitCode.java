package org.gdlab.cli;

/**
 * The exit codes of {@code gdlab}: 0 success, 1 an internal error, 2 a usage error (one line on
 * stderr), and {@link #DIVERGED}.
 */
public final class ExitCode {
    /**
     * The command finished and wrote its results, but the training run diverged (its loss or a
     * gradient became NaN or infinite): {@code train}, {@code experiment} and
     * {@code linearize --model}.
     */
    public static final int DIVERGED = 3;

    private ExitCode() {
    }
}
