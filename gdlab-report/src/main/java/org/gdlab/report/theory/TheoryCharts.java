package org.gdlab.report.theory;

import java.util.Locale;

/** Helpers the theory charts share: labels and trimming of diverging series. */
final class TheoryCharts {
    /** Values beyond this magnitude are not drawn (a diverging series stops there). */
    static final double DRAW_LIMIT = 1e6;

    private TheoryCharts() {
    }

    /** {@code 0, 1, ..., n-1} as doubles. */
    static double[] steps(int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i;
        }
        return t;
    }

    /** The values up to the first non-finite or larger than {@link #DRAW_LIMIT} in magnitude. */
    static double[] drawable(double[] values) {
        return drawable(values, DRAW_LIMIT);
    }

    /** The values up to the first non-finite or larger than {@code limit} in magnitude. */
    static double[] drawable(double[] values, double limit) {
        int n = 0;
        while (n < values.length && Double.isFinite(values[n]) && Math.abs(values[n]) <= limit) {
            n++;
        }
        return n == values.length ? values : java.util.Arrays.copyOf(values, n);
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
