package org.gdlab.cli;

/**
 * The exit codes of {@code gdlab} besides 0 (finished), 1 (an internal failure) and 2 (bad input):
 * how a script tells a run that finished but diverged from one that converged.
 */
public final class ExitCode {
    /**
     * The command finished and wrote its results, but the training (or simulation) it ran
     * diverged: a loss or an iterate left the finite numbers. The results say where.
     */
    public static final int DIVERGED = 3;

    /**
     * A sweep finished and wrote its record, but some of its points failed (their reasons are in
     * sweep.json); the other points ran.
     */
    public static final int POINTS_FAILED = 4;

    private ExitCode() {
    }
}
