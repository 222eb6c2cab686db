package org.gdlab.report.theory;

import java.util.Locale;
import org.gdlab.report.ChartData;

/** Helpers the theory charts share: labels and trimming of diverging series. */
final class TheoryCharts {
    /** Values beyond this magnitude are not drawn (a diverging series stops there). */
    static final double DRAW_LIMIT = 1e6;

    private TheoryCharts() {
    }

    /** The values up to the first non-finite or larger than {@link #DRAW_LIMIT} in magnitude. */
    static double[] drawable(double[] values) {
        return drawable(values, DRAW_LIMIT);
    }

    /** The values up to the first non-finite or larger than {@code limit} in magnitude. */
    static double[] drawable(double[] values, double limit) {
        return ChartData.prefixWithin(values, limit);
    }

    /** {@code x} cut to the length of {@code y}. */
    static double[] prefix(double[] x, double[] y) {
        return x.length == y.length ? x : java.util.Arrays.copyOf(x, y.length);
    }

    /** A short label for a squared singular value, e.g. {@code "sigma^2 = 0.05 (i=1)"}. */
    static String sigmaLabel(double sigma2, int index) {
        return String.format(Locale.ROOT, "sigma^2 = %.4g (i=%d)", sigma2, index);
    }

    /** A short number. */
    static String number(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
