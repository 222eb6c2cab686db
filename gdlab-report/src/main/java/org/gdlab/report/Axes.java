package org.gdlab.report;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The axes of every chart: JFreeChart axes whose ticks come from {@link Ticks} alone (no
 * automatic tick unit), over a fixed range, in the {@link ChartStyle} fonts and colours.
 */
final class Axes {
    private Axes() {
    }

    /** A linear or log axis over {@code [lo, hi]} with the style's ticks. */
    static ValueAxis of(String label, boolean log, double lo, double hi) {
        ValueAxis axis = log ? new Decades(label, Ticks.decades(lo, hi)) : new Linear(label, Ticks.linear(lo, hi));
        axis.setRange(lo, hi);
        style(axis);
        return axis;
    }

    /**
     * A linear axis over {@code [lo, hi]} whose only ticks name the positions {@code 1, 2, ..., k}
     * (a sweep's axis of values that are not numbers: initializers, optimizers).
     */
    static ValueAxis named(String label, List<String> names, double lo, double hi) {
        List<Ticks.Tick> ticks = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            ticks.add(new Ticks.Tick(i + 1, names.get(i), true));
        }
        ValueAxis axis = new Linear(label, ticks);
        axis.setRange(lo, hi);
        style(axis);
        return axis;
    }

    /**
     * A colour bar's axis over {@code [lo, hi]}; with {@code log10Values} the values are log10 of
     * the quantity and the ticks sit at its decades ({@code 10, 100, ...}).
     */
    static ValueAxis colourBar(String label, double lo, double hi, boolean log10Values) {
        List<Ticks.Tick> ticks = new ArrayList<>();
        if (log10Values) {
            for (Ticks.Tick t : Ticks.decades(Math.pow(10, lo), Math.pow(10, hi))) {
                if (t.major()) {
                    ticks.add(new Ticks.Tick(Math.log10(t.value()), t.label(), true));
                }
            }
        } else {
            ticks.addAll(Ticks.linear(lo, hi));
        }
        ValueAxis axis = new Linear(label, ticks);
        axis.setRange(lo, hi);
        style(axis);
        return axis;
    }

    /** The ticks an axis draws (major and minor), as {@link Ticks} computed them. */
    static List<Ticks.Tick> ticks(ValueAxis axis) {
        return axis instanceof Linear l ? l.ticks : ((Decades) axis).ticks;
    }

    private static void style(ValueAxis axis) {
        axis.setLabelFont(ChartStyle.LABEL_FONT);
        axis.setLabelPaint(ChartStyle.TEXT);
        axis.setTickLabelFont(ChartStyle.TICK_FONT);
        axis.setTickLabelPaint(ChartStyle.TEXT);
        axis.setAxisLinePaint(ChartStyle.FRAME);
        axis.setAxisLineStroke(new BasicStroke(0.8f));
        axis.setTickMarkPaint(ChartStyle.FRAME);
        axis.setTickMarkStroke(new BasicStroke(0.8f));
        axis.setTickMarkOutsideLength(4);
        axis.setTickMarkInsideLength(0);
        axis.setMinorTickMarksVisible(true);
        axis.setMinorTickMarkOutsideLength(2);
        axis.setMinorTickMarkInsideLength(0);
        axis.setTickLabelInsets(new RectangleInsets(2, 3, 2, 3));
        axis.setLabelInsets(new RectangleInsets(3, 3, 3, 3));
    }

    /** The JFreeChart ticks of {@code ticks}, anchored for the edge the axis sits on. */
    private static List<NumberTick> drawn(List<Ticks.Tick> ticks, RectangleEdge edge) {
        TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER
                : edge == RectangleEdge.BOTTOM ? TextAnchor.TOP_CENTER
                : edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
        List<NumberTick> out = new ArrayList<>(ticks.size());
        for (Ticks.Tick t : ticks) {
            out.add(new NumberTick(t.major() ? TickType.MAJOR : TickType.MINOR, t.value(), t.label(), anchor, anchor, 0));
        }
        return out;
    }

    /** A linear axis with fixed ticks. */
    private static final class Linear extends NumberAxis {
        private static final long serialVersionUID = 1L;
        private final transient List<Ticks.Tick> ticks;

        Linear(String label, List<Ticks.Tick> ticks) {
            super(label);
            this.ticks = List.copyOf(ticks);
            setAutoRange(false);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            return drawn(ticks, edge);
        }
    }

    /** A log axis with fixed ticks at decades. */
    private static final class Decades extends LogAxis {
        private static final long serialVersionUID = 1L;
        private final transient List<Ticks.Tick> ticks;

        Decades(String label, List<Ticks.Tick> ticks) {
            super(label);
            this.ticks = List.copyOf(ticks);
            setAutoRange(false);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            return drawn(ticks, edge);
        }
    }
}
