package org.gdlab.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What an XY chart shows, independent of how it is drawn: a title, axis labels, series of
 * points, shaded bands, vertical markers and shaded x-intervals. How it looks is decided by
 * {@link ChartStyle} alone; a spec names only what each series means ({@link Look}).
 *
 * @param title the chart's title
 * @param xLabel the x axis label
 * @param yLabel the y axis label
 * @param logX whether the x axis is logarithmic (non-positive x are dropped from the drawing)
 * @param logY whether the y axis is logarithmic (non-positive y are dropped from the drawing)
 * @param series the data series, drawn in order over the bands
 * @param bands shaded y-intervals along x (confidence bands), drawn under the series
 * @param markers vertical lines at given x, in the legend by their label
 * @param shades shaded x-intervals (regimes, say), in the legend by their label
 */
public record ChartSpec(String title, String xLabel, String yLabel, boolean logX, boolean logY,
                        List<Series> series, List<Band> bands, List<Marker> markers, List<Shade> shades) {

    /**
     * One named series of points.
     *
     * @param name its legend entry
     * @param x the x values
     * @param y the y values, as many as x; a NaN between drawn points breaks the line there
     * @param look how it is drawn
     */
    public record Series(String name, double[] x, double[] y, Look look) {
        /**
         * Checks that x and y have the same length.
         *
         * @param name its legend entry
         * @param x the x values
         * @param y the y values, as many as x; a NaN between drawn points breaks the line there
         * @param look how it is drawn
         */
        public Series {
            if (x.length != y.length) {
                throw new IllegalArgumentException("series " + name + ": " + x.length + " x values but " + y.length + " y values");
            }
        }
    }

    /**
     * A shaded band {@code [low_i, high_i]} at each {@code x_i}, such as a 95% confidence band.
     *
     * @param name its legend entry
     * @param x the x values
     * @param low the lower edge, as many as x
     * @param high the upper edge, as many as x
     * @param hue its colour (drawn translucent)
     */
    public record Band(String name, double[] x, double[] low, double[] high, Hue hue) {
        /**
         * Checks the lengths.
         *
         * @param name its legend entry
         * @param x the x values
         * @param low the lower edge, as many as x
         * @param high the upper edge, as many as x
         * @param hue its colour (drawn translucent)
         */
        public Band {
            if (x.length != low.length || x.length != high.length) {
                throw new IllegalArgumentException("band " + name + ": " + x.length + " x values but " + low.length + " low and "
                        + high.length + " high values");
            }
        }
    }

    /**
     * A vertical line at {@code x}, labelled in the legend, with its mark drawn at the top edge so
     * that two markers at the same x stay apart.
     *
     * @param x where the line is drawn, in data units
     * @param label its legend entry
     * @param look its hue, dash pattern and the mark at the top edge
     */
    public record Marker(double x, String label, Look look) {
    }

    /**
     * A shaded interval {@code [from, to]} of x, labelled in the legend.
     *
     * @param from the interval's left end, in data units
     * @param to its right end
     * @param label its legend entry
     */
    public record Shade(double from, double to, String label) {
    }

    /**
     * A builder, for charts assembled step by step.
     *
     * @param title the chart's title
     * @param xLabel the x axis label
     * @param yLabel the y axis label
     * @return an empty builder with linear axes
     */
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
        private final List<Band> bands = new ArrayList<>();
        private final List<Marker> markers = new ArrayList<>();
        private final List<Shade> shades = new ArrayList<>();

        private Builder(String title, String xLabel, String yLabel) {
            this.title = title;
            this.xLabel = xLabel;
            this.yLabel = yLabel;
        }

        /**
         * Makes the x axis logarithmic.
         *
         * @return this builder
         */
        public Builder logX() {
            logX = true;
            return this;
        }

        /**
         * Makes the y axis logarithmic.
         *
         * @return this builder
         */
        public Builder logY() {
            logY = true;
            return this;
        }

        /**
         * Adds a solid line in palette slot {@code slot}: for series that mean only their place in this chart.
         *
         * @param name its legend entry
         * @param x the x values
         * @param y the y values, as many as {@code x}
         * @param slot the palette slot, {@code >= 0}
         * @return this builder
         */
        public Builder line(String name, double[] x, double[] y, int slot) {
            return series(name, x, y, Look.solid(Hue.slot(slot)));
        }

        /**
         * Adds a series drawn with the given look.
         *
         * @param name its legend entry
         * @param x the x values
         * @param y the y values, as many as {@code x}
         * @param look its hue, line and mark
         * @return this builder
         */
        public Builder series(String name, double[] x, double[] y, Look look) {
            series.add(new Series(name, x, y, look));
            return this;
        }

        /**
         * Adds a shaded band.
         *
         * @param name its legend entry
         * @param x the x values
         * @param low the lower edge at each x
         * @param high the upper edge at each x
         * @param hue its colour, drawn translucent
         * @return this builder
         */
        public Builder band(String name, double[] x, double[] low, double[] high, Hue hue) {
            bands.add(new Band(name, x, low, high, hue));
            return this;
        }

        /**
         * Adds a vertical marker.
         *
         * @param x where the line is drawn
         * @param label its legend entry
         * @param look its hue, line and mark
         * @return this builder
         */
        public Builder marker(double x, String label, Look look) {
            markers.add(new Marker(x, label, look));
            return this;
        }

        /**
         * Adds a shaded x-interval.
         *
         * @param from the interval's left end
         * @param to its right end
         * @param label its legend entry
         * @return this builder
         */
        public Builder shade(double from, double to, String label) {
            shades.add(new Shade(from, to, label));
            return this;
        }

        /**
         * The chart.
         *
         * @return the spec of everything added, in the order added
         */
        public ChartSpec build() {
            return new ChartSpec(title, xLabel, yLabel, logX, logY, List.copyOf(series), List.copyOf(bands), List.copyOf(markers),
                    List.copyOf(shades));
        }
    }
}
