package org.gdlab.report;

import java.util.List;

/**
 * What a heat map shows: values on a grid of cell centres {@code (x_c, y_r)}, coloured on a
 * sequential scale from {@code min} to {@code max} (values outside are clamped), with a labelled
 * colour bar; NaN cells are drawn in the blank colour and named in the legend by
 * {@code blankLabel}. Curves (contour lines such as regime boundaries) and points (an optimum, the
 * user's setting) are drawn over the cells.
 *
 * @param title the chart's title
 * @param xLabel the x axis label
 * @param yLabel the y axis label
 * @param logX whether x is logarithmic (then every x must be > 0 and the cells are spaced evenly in log x)
 * @param x the cell centres along x, ascending
 * @param y the cell centres along y, ascending
 * @param values {@code values[row][column]} at {@code (x[column], y[row])}; NaN for a blank cell
 * @param min the value of the first colour
 * @param max the value of the last colour
 * @param colourLabel the colour bar's label, with the unit
 * @param log10Values whether the values are log10 of the quantity in {@code colourLabel}: the colour
 *     bar is then labelled in the quantity, at decades
 * @param blankLabel what a NaN cell means, for the legend
 * @param overlay curves and points drawn over the cells, in the legend by their names
 */
public record HeatMapSpec(String title, String xLabel, String yLabel, boolean logX, double[] x, double[] y,
                          double[][] values, double min, double max, String colourLabel, boolean log10Values,
                          String blankLabel, List<ChartSpec.Series> overlay) {
    /**
     * Checks that the grid matches the centres, the centres ascend and the colour range is ordered.
     *
     * @param title the chart's title
     * @param xLabel the x axis label
     * @param yLabel the y axis label
     * @param logX whether x is logarithmic (then every x must be > 0 and the cells are spaced evenly in log x)
     * @param x the cell centres along x, ascending
     * @param y the cell centres along y, ascending
     * @param values {@code values[row][column]} at {@code (x[column], y[row])}; NaN for a blank cell
     * @param min the value of the first colour
     * @param max the value of the last colour
     * @param colourLabel the colour bar's label, with the unit
     * @param log10Values whether the values are log10 of the quantity in {@code colourLabel}: the colour
     *     bar is then labelled in the quantity, at decades
     * @param blankLabel what a NaN cell means, for the legend
     * @param overlay curves and points drawn over the cells, in the legend by their names
     */
    public HeatMapSpec {
        if (values.length != y.length) {
            throw new IllegalArgumentException("heat map " + title + ": " + values.length + " rows but " + y.length + " y values");
        }
        for (double[] row : values) {
            if (row.length != x.length) {
                throw new IllegalArgumentException("heat map " + title + ": a row of " + row.length + " values but " + x.length + " x values");
            }
        }
        requireAscending(title, "x", x, logX);
        requireAscending(title, "y", y, false);
        if (!(min < max)) {
            throw new IllegalArgumentException("heat map " + title + ": min = " + min + " must be < max = " + max);
        }
        overlay = List.copyOf(overlay);
    }

    private static void requireAscending(String title, String axis, double[] v, boolean positive) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i]) || (positive && !(v[i] > 0)) || (i > 0 && !(v[i] > v[i - 1]))) {
                throw new IllegalArgumentException("heat map " + title + ": " + axis + "[" + i + "] = " + v[i]
                        + " is not allowed: the centres must be finite" + (positive ? ", > 0 (log axis)" : "") + " and ascending");
            }
        }
    }
}
