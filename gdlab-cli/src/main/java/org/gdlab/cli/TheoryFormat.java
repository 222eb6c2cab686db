package org.gdlab.cli;

import java.util.Locale;
import org.gdlab.theory.spectrum.SpectrumSummary;

/** Text helpers the theory reports share. */
final class TheoryFormat {
    /** Reports list every row up to this many singular values, else the first and last half of it. */
    static final int ROWS = 20;

    private TheoryFormat() {
    }

    /** A number with 6 significant digits ({@code + 0.0} prints -0.0 as 0). */
    static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v + 0.0);
    }

    /** Whether row i of n is printed. */
    static boolean printed(int i, int n) {
        return n <= ROWS || i < ROWS / 2 || i >= n - ROWS / 2;
    }

    /** The line that stands for the rows left out, or null when none are. */
    static String elision(int i, int n) {
        return n > ROWS && i == ROWS / 2 ? "  ... (" + (n - ROWS) + " rows left out; --json lists all)" : null;
    }

    /**
     * The report's last line: the wall time since {@code startNanos} of reading the problem (with
     * the SVD of a --matrix) and analysing it; not part of the results.
     */
    static String took(long startNanos, int n) {
        return String.format(Locale.ROOT, "reading and analysing %d singular values took %.3f s%n", n,
                (System.nanoTime() - startNanos) / 1e9);
    }

    /** The spectrum lines of a report. */
    static void spectrum(StringBuilder sb, SpectrumSummary s) {
        sb.append("spectrum: ").append(s.source()).append(": n = ").append(s.size())
                .append(", sigma_max^2 = ").append(num(s.sigmaMax() * s.sigmaMax()))
                .append(", sigma_min^2 = ").append(num(s.sigmaMin() * s.sigmaMin()))
                .append(", k = sigma_max/sigma_min = ").append(num(s.conditionNumber())).append('\n');
        if (s.zeroDirections() > 0) {
            sb.append("  ").append(s.zeroDirections()).append(s.zeroDirections() == 1 ? " direction" : " directions")
                    .append(" of X with a zero singular value: the gradient there is always 0, so GD (and momentum) from w = 0 "
                            + "never moves there; it stays at 0, the minimum-norm solution. The analysis below is over the "
                            + "positive singular values.\n");
        }
        sb.append("  targets: ").append(s.targetsGiven() ? "y' = U^T y from --y" : "w*_i = 1 in every direction (y'_i = sigma_i)")
                .append('\n');
    }
}
