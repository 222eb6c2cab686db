package org.gdlab.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What an XY chart shows, independent of how it is drawn: a title, axis labels, series of
 * points, vertical markers and shaded x-intervals.
 *
 * @param title the chart's title
 * @param xLabel the x axis label
 * @param yLabel the y axis label
 * @param logX whether the x axis is logarithmic (every x must then be > 0)
 * @param logY whether the y axis is logarithmic (non-positive y values are dropped from the drawing)
 * @param series the data series, drawn in order
 * @param markers vertical lines at given x with a label
 * @param shades shaded x-intervals with a label (regimes, say)
 */
public record ChartSpec(String title, String xLabel, String yLabel, boolean logX, boolean logY,
                        List<Series> series, List<Marker> markers, List<Shade> shades) {

    /** How a series is drawn. */
    public enum Style { LINE, SCATTER, DASHED }

    /**
     * One named series of points.
     *
     * @param name its legend entry
     * @param x the x values
     * @param y the y values, as many as x
     * @param style how it is drawn
     */
    public record Series(String name, double[] x, double[] y, Style style) {
        /** Checks that x and y have the same length. */
        public Series {
            if (x.length != y.length) {
                throw new IllegalArgumentException("series " + name + ": " + x.length + " x values but " + y.length + " y values");
            }
        }
    }

    /** A vertical line at {@code x}, labelled. */
    public record Marker(double x, String label) {
    }

    /** A shaded interval {@code [from, to]} of x, labelled. */
    public record Shade(double from, double to, String label) {
    }

    /** A builder, for charts assembled step by step. */
    public static Builder builder(String title, String xLabel, String yLabel) {
        return new Builder(title, xLabel, yLabel);
    }

    /** Assembles a {@link ChartSpec}. */
    public static final class Builder {
        private final String title;
        private final String xLabel;
        private final String yLabel;
        private boolean logX;
        private boolean logY;
        private final List<Series> series = new ArrayList<>();
        private final List<Marker> markers = new ArrayList<>();
        private final List<Shade> shades = new ArrayList<>();

        private Builder(String title, String xLabel, String yLabel) {
            this.title = title;
            this.xLabel = xLabel;
            this.yLabel = yLabel;
        }

        /** Makes the x axis logarithmic. */
        public Builder logX() {
            logX = true;
            return this;
        }

        /** Makes the y axis logarithmic. */
        public Builder logY() {
            logY = true;
            return this;
        }

        /** Adds a line series. */
        public Builder line(String name, double[] x, double[] y) {
            return series(name, x, y, Style.LINE);
        }

        /** Adds a series drawn in the given style. */
        public Builder series(String name, double[] x, double[] y, Style style) {
            series.add(new Series(name, x, y, style));
            return this;
        }

        /** Adds a vertical marker. */
        public Builder marker(double x, String label) {
            markers.add(new Marker(x, label));
            return this;
        }

        /** Adds a shaded x-interval. */
        public Builder shade(double from, double to, String label) {
            shades.add(new Shade(from, to, label));
            return this;
        }

        /** The chart. */
        public ChartSpec build() {
            return new ChartSpec(title, xLabel, yLabel, logX, logY, List.copyOf(series), List.copyOf(markers), List.copyOf(shades));
        }
    }
}
