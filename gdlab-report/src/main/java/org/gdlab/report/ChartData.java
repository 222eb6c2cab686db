package org.gdlab.report;

import java.util.Arrays;

/** The x values and trimmed y values the charts share: index axes and the drawable prefix of a series. */
public final class ChartData {
    private ChartData() {
    }

    /** {@code first, first + 1, ..., first + count - 1} as doubles: iterations from 0, epochs or layers from 1. */
    public static double[] indices(int first, int count) {
        double[] x = new double[count];
        for (int i = 0; i < count; i++) {
            x[i] = first + i;
        }
        return x;
    }

    /** The points {@code (x_i, y_i)} with both coordinates finite, as {@code {xs, ys}}. */
    public static double[][] finitePoints(double[] x, double[] y) {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                n++;
            }
        }
        double[][] xy = new double[2][n];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                xy[0][k] = x[i];
                xy[1][k] = y[i];
                k++;
            }
        }
        return xy;
    }

    /** The values up to the first non-finite one (a diverged run or an overflowing recurrence stops there). */
    public static double[] finitePrefix(double[] values) {
        return prefixWithin(values, Double.POSITIVE_INFINITY);
    }

    /** The values up to the first that is not finite or is larger than {@code limit} in magnitude. */
    public static double[] prefixWithin(double[] values, double limit) {
        int n = 0;
        while (n < values.length && Double.isFinite(values[n]) && Math.abs(values[n]) <= limit) {
            n++;
        }
        return n == values.length ? values : Arrays.copyOf(values, n);
    }
}
