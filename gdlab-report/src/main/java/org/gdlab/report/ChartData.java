package org.gdlab.report;

import java.util.Arrays;

/**
 * The x values and trimmed y values the charts share: index axes, the drawable prefix of a series,
 * and the thinning of a series with more points than the chart has pixels.
 */
public final class ChartData {
    private ChartData() {
    }

    /**
     * {@code first, first + 1, ..., first + count - 1} as doubles: iterations from 0, epochs or layers from 1.
     *
     * @param first the first index, e.g. 0 for iterations, 1 for epochs
     * @param count how many, {@code >= 0}
     * @return a new array of {@code count} consecutive whole numbers
     */
    public static double[] indices(int first, int count) {
        double[] x = new double[count];
        for (int i = 0; i < count; i++) {
            x[i] = first + i;
        }
        return x;
    }

    /**
     * The points {@code (x_i, y_i)} with both coordinates finite, as {@code {xs, ys}}.
     *
     * @param x the x values
     * @param y the y values, as many as {@code x}
     * @return {@code {xs, ys}}, new arrays of the finite points in their order
     */
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

    /**
     * The values up to the first non-finite one (a diverged run or an overflowing recurrence stops there).
     *
     * @param values a series, e.g. a loss per step
     * @return {@code values} itself when all are finite, else a copy of its finite prefix
     */
    public static double[] finitePrefix(double[] values) {
        return prefixWithin(values, Double.POSITIVE_INFINITY);
    }

    /**
     * The values up to the first that is not finite or is larger than {@code limit} in magnitude.
     *
     * @param values a series, e.g. an error per iteration
     * @param limit the largest magnitude kept, {@code > 0}; {@link Double#POSITIVE_INFINITY} keeps every finite value
     * @return {@code values} itself when all are kept, else a copy of the kept prefix
     */
    public static double[] prefixWithin(double[] values, double limit) {
        int n = 0;
        while (n < values.length && Double.isFinite(values[n]) && Math.abs(values[n]) <= limit) {
            n++;
        }
        return n == values.length ? values : Arrays.copyOf(values, n);
    }

    /**
     * The points of a series thinned to at most about {@code 4 * buckets}: x (ascending) is cut into
     * {@code buckets} equal intervals (in log x when {@code logX}) and each keeps its first, lowest,
     * highest and last point in their order, so the drawn envelope is that of all points. A series
     * with at most {@code 4 * buckets} points, or whose x does not ascend, is returned as is.
     *
     * @param x the x values
     * @param y the y values, as many as {@code x}
     * @param buckets the number of x intervals, {@code >= 1}
     * @param logX whether the intervals are equal in {@code log x} (for a log axis; x must then be {@code > 0})
     * @return {@code {xs, ys}}
     */
    public static double[][] thin(double[] x, double[] y, int buckets, boolean logX) {
        int n = x.length;
        if (n <= 4 * buckets) {
            return new double[][] {x, y};
        }
        for (int i = 1; i < n; i++) {
            if (!(x[i] >= x[i - 1])) {
                return new double[][] {x, y};
            }
        }
        double lo = logX ? Math.log(x[0]) : x[0];
        double width = ((logX ? Math.log(x[n - 1]) : x[n - 1]) - lo) / buckets;
        double[] xs = new double[4 * buckets + 4];
        double[] ys = new double[xs.length];
        int kept = 0;
        int start = 0;
        while (start < n) {
            int bucket = bucketOf(x[start], lo, width, buckets, logX);
            int end = start;
            int min = start;
            int max = start;
            while (end + 1 < n && bucketOf(x[end + 1], lo, width, buckets, logX) == bucket) {
                end++;
                if (y[end] < y[min]) {
                    min = end;
                }
                if (y[end] > y[max]) {
                    max = end;
                }
            }
            int[] picks = {start, Math.min(min, max), Math.max(min, max), end};
            int previous = -1;
            for (int p : picks) {
                if (p != previous) {
                    xs[kept] = x[p];
                    ys[kept] = y[p];
                    kept++;
                    previous = p;
                }
            }
            start = end + 1;
        }
        return new double[][] {Arrays.copyOf(xs, kept), Arrays.copyOf(ys, kept)};
    }

    private static int bucketOf(double x, double lo, double width, int buckets, boolean logX) {
        if (!(width > 0)) {
            return 0;
        }
        return Math.min(buckets - 1, (int) (((logX ? Math.log(x) : x) - lo) / width));
    }
}
