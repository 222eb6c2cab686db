package org.gdlab.web.api;

import java.util.Arrays;

/**
 * The points of a long series {@code y_t, t = 0..n-1} that a chart of it draws: all of them up to
 * {@code 2 * buckets}, else the first, the smallest, the largest and the last point of each of
 * {@code buckets} consecutive runs of t, in order. The picture keeps every oscillation's envelope
 * (a stride would alias a period-2 oscillation away) and the answer stays small enough for a
 * slider: 4 trajectories of 6 coordinates over 5000 steps are 120,000 numbers, of which a chart
 * about 500 pixels wide keeps at most 8 per pixel column.
 *
 * @param t the kept steps, ascending
 * @param y their values (unchanged, NaN and infinities included)
 */
public record DrawnSeries(int[] t, double[] y) {
    /** Buckets per series. */
    public static final int BUCKETS = 250;

    /**
     * The drawn points of {@code y}.
     *
     * @param y the series, {@code y_t} at index t; read only
     * @return every point when there are at most {@code 2 * BUCKETS}, else each bucket's first,
     *     smallest, largest and last
     */
    public static DrawnSeries of(double[] y) {
        int n = y.length;
        if (n <= 2 * BUCKETS) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return new DrawnSeries(all, y.clone());
        }
        int[] kept = new int[4 * BUCKETS];
        int count = 0;
        for (int b = 0; b < BUCKETS; b++) {
            int from = (int) ((long) b * n / BUCKETS);
            int to = (int) ((long) (b + 1) * n / BUCKETS);
            int low = from;
            int high = from;
            for (int i = from; i < to; i++) {
                if (y[i] < y[low]) {
                    low = i;
                }
                if (y[i] > y[high]) {
                    high = i;
                }
            }
            int[] four = {from, Math.min(low, high), Math.max(low, high), to - 1};
            for (int i = 0; i < four.length; i++) {
                if (count == 0 || four[i] > kept[count - 1]) {
                    kept[count++] = four[i];
                }
            }
        }
        int[] t = Arrays.copyOf(kept, count);
        double[] values = new double[count];
        for (int k = 0; k < count; k++) {
            values[k] = y[t[k]];
        }
        return new DrawnSeries(t, values);
    }

    /**
     * The drawn points of each row.
     *
     * @param rows one series per row; read only
     * @return {@link #of} of each row, in order
     */
    public static DrawnSeries[] ofRows(double[][] rows) {
        DrawnSeries[] out = new DrawnSeries[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = of(rows[k]);
        }
        return out;
    }
}
