package org.gdlab.report;

/**
 * What a heat map shows: values on a grid of x and y labels, coloured from {@code min} to
 * {@code max} (values outside are clamped by the colour scale); NaN cells are left blank.
 *
 * @param title the chart's title
 * @param xLabel the x axis label
 * @param yLabel the y axis label
 * @param x the column labels
 * @param y the row labels
 * @param values {@code values[row][column]}, one row per y label; NaN for a blank cell
 * @param min the value of the first colour
 * @param max the value of the last colour
 */
public record HeatMapSpec(String title, String xLabel, String yLabel, String[] x, String[] y, double[][] values,
                          double min, double max) {
    /** Checks that the grid matches the labels and the colour range is ordered. */
    public HeatMapSpec {
        if (values.length != y.length) {
            throw new IllegalArgumentException("heat map " + title + ": " + values.length + " rows but " + y.length + " y labels");
        }
        for (double[] row : values) {
            if (row.length != x.length) {
                throw new IllegalArgumentException("heat map " + title + ": a row of " + row.length + " values but " + x.length + " x labels");
            }
        }
        if (!(min < max)) {
            throw new IllegalArgumentException("heat map " + title + ": min = " + min + " must be < max = " + max);
        }
    }
}
