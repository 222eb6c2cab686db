package org.gdlab.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The one piece of code every chart goes through: a {@link ChartSpec} or a {@link HeatMapSpec}
 * becomes a JFreeChart drawn in {@link ChartStyle}. Axes get fixed ranges from the data (padded
 * 4%, log axes to whole decades when fewer than two decades would be labelled) and ticks from
 * {@link Ticks}; a series with more points than the plot has pixels is thinned
 * ({@link ChartData#thin}); the legend sits under the plot, so it never covers data; a long title
 * wraps.
 */
public final class ChartRenderer {
    /** About the plot's width in pixels: series with more than 4 points per pixel column are thinned. */
    static final int PIXEL_COLUMNS = 800;
    private static final double MARK_SIZE = 7;
    private static final double POINT_SIZE = 13;
    private static final double PAD = 0.04;

    private ChartRenderer() {
    }

    /**
     * The chart of an XY spec.
     *
     * @param spec the series, bands, markers and shades, with the axes' labels and scales
     * @return the chart, drawn in {@link ChartStyle}'s look; non-finite and (on a log axis) non-positive points are left out
     */
    public static JFreeChart xy(ChartSpec spec) {
        List<ChartSpec.Series> series = drawable(spec.series(), spec.logX(), spec.logY());
        List<ChartSpec.Band> bands = drawableBands(spec.bands(), spec.logX(), spec.logY());
        Extent x = new Extent();
        Extent y = new Extent();
        for (ChartSpec.Series s : series) {
            x.add(s.x(), spec.logX());
            y.add(s.y(), spec.logY());
        }
        for (ChartSpec.Band b : bands) {
            x.add(b.x(), spec.logX());
            y.add(b.low(), spec.logY());
            y.add(b.high(), spec.logY());
        }
        for (ChartSpec.Marker m : spec.markers()) {
            x.add(new double[] {m.x()}, spec.logX());
        }
        double[] xr = x.range(spec.logX());
        double[] yr = y.range(spec.logY());
        XYPlot plot = plot(Axes.of(ChartText.typeset(spec.xLabel()), spec.logX(), xr[0], xr[1]), Axes.of(ChartText.typeset(spec.yLabel()), spec.logY(), yr[0], yr[1]),
                true);
        LegendItemCollection legend = new LegendItemCollection();
        addBands(plot, bands, legend);
        addSeries(plot, series, 1, MARK_SIZE, false, legend);
        for (int k = 0; k < spec.shades().size(); k++) {
            ChartSpec.Shade sh = spec.shades().get(k);
            Color c = ChartStyle.translucent(ChartStyle.shade(k), ChartStyle.SHADE_ALPHA);
            plot.addDomainMarker(new IntervalMarker(sh.from(), sh.to(), c, new BasicStroke(0f), c, new BasicStroke(0f), 1f),
                    Layer.BACKGROUND);
            legend.add(item(sh.label(), new Rectangle2D.Double(-7, -5, 14, 10), ChartStyle.translucent(ChartStyle.shade(k), 0.35f),
                    null, null));
        }
        for (int k = 0; k < spec.markers().size(); k++) {
            ChartSpec.Marker m = spec.markers().get(k);
            Color c = ChartStyle.color(m.look().hue());
            ValueMarker line = new ValueMarker(m.x(), c, ChartStyle.stroke(m.look().line(), 1.5f));
            plot.addDomainMarker(line, Layer.FOREGROUND);
            if (m.look().mark() != Look.Mark.NONE) {
                plot.getRenderer(1).addAnnotation(new TopMark(m.x(), k, m.look()), Layer.FOREGROUND);
            }
            legend.add(item(m.label(), m.look().mark() == Look.Mark.NONE ? null : ChartStyle.shape(m.look().mark(), MARK_SIZE + 2), c,
                    ChartStyle.stroke(m.look().line(), 1.5f), c));
        }
        if (series.isEmpty() && bands.isEmpty()) {
            XYTextAnnotation none = new XYTextAnnotation("no finite values to draw", center(xr, spec.logX()), center(yr, spec.logY()));
            none.setFont(ChartStyle.LABEL_FONT);
            none.setPaint(ChartStyle.TEXT);
            plot.addAnnotation(none);
        }
        return chart(spec.title(), plot, legend);
    }

    /**
     * Names the positions {@code 1, 2, ..., k} of {@code chart}'s x axis (or y axis) by
     * {@code names}, as the axis's only ticks: for values that are not numbers, drawn at 1, 2, ...
     *
     * @param chart a chart from {@link #xy}
     * @param xAxis true to name the x axis's positions, false for the y axis's
     * @param names the names of positions 1, 2, ..., in order
     * @return {@code chart}, its axis replaced
     */
    public static JFreeChart namePositions(JFreeChart chart, boolean xAxis, List<String> names) {
        XYPlot plot = chart.getXYPlot();
        ValueAxis old = xAxis ? plot.getDomainAxis() : plot.getRangeAxis();
        ValueAxis named = Axes.named(old.getLabel(), names, old.getLowerBound(), old.getUpperBound());
        if (xAxis) {
            plot.setDomainAxis(named);
        } else {
            plot.setRangeAxis(named);
        }
        return chart;
    }

    /**
     * The chart of a heat map: cells, colour bar, and the overlay's curves and points over them.
     *
     * @param spec the cells, their colour scale and the overlay
     * @return the chart, drawn in {@link ChartStyle}'s look
     */
    public static JFreeChart heatMap(HeatMapSpec spec) {
        double[] xEdges = edges(spec.x(), spec.logX());
        double[] yEdges = edges(spec.y(), false);
        double[] xr = {xEdges[0], xEdges[xEdges.length - 1]};
        double[] yr = {yEdges[0], yEdges[yEdges.length - 1]};
        List<ChartSpec.Series> overlay = drawable(spec.overlay(), spec.logX(), false);
        for (ChartSpec.Series s : overlay) {
            if (s.look().line() == Look.Line.NONE) {
                for (int k = 0; k < s.x().length; k++) {
                    xr = new double[] {Math.min(xr[0], s.x()[k] / (spec.logX() ? 1.3 : 1)), Math.max(xr[1], s.x()[k] * (spec.logX() ? 1.3 : 1))};
                    yr = new double[] {Math.min(yr[0], s.y()[k]), Math.max(yr[1], s.y()[k])};
                }
            }
        }
        XYPlot plot = plot(Axes.of(ChartText.typeset(spec.xLabel()), spec.logX(), xr[0], xr[1]),
                Axes.of(ChartText.typeset(spec.yLabel()), false, yr[0], yr[1]), false);
        ColourScale scale = new ColourScale(spec.min(), spec.max());
        LegendItemCollection legend = new LegendItemCollection();
        addSeries(plot, overlay, 0, POINT_SIZE, true, legend);
        plot.getRenderer(0).addAnnotation(new Cells(spec.values(), xEdges, yEdges, scale), Layer.BACKGROUND);
        boolean blank = false;
        for (double[] row : spec.values()) {
            for (double v : row) {
                blank |= Double.isNaN(v);
            }
        }
        if (blank) {
            legend.add(item(spec.blankLabel(), new Rectangle2D.Double(-7, -5, 14, 10), ChartStyle.BLANK, null, null));
        }
        JFreeChart chart = chart(spec.title(), plot, legend);
        PaintScaleLegend bar = new PaintScaleLegend(scale, Axes.colourBar(ChartText.typeset(spec.colourLabel()), spec.min(), spec.max(),
                spec.log10Values()));
        bar.setPosition(RectangleEdge.RIGHT);
        bar.setSubdivisionCount(ColourScale.LEVELS);
        bar.setStripWidth(14);
        bar.setAxisOffset(4);
        bar.setStripOutlineVisible(false);
        bar.setMargin(new RectangleInsets(8, 8, 8, 4));
        bar.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(bar);
        return chart;
    }

    private static XYPlot plot(ValueAxis x, ValueAxis y, boolean grid) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(ChartStyle.FRAME);
        plot.setOutlineStroke(new BasicStroke(0.8f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDomainGridlinesVisible(grid);
        plot.setRangeGridlinesVisible(grid);
        plot.setDomainMinorGridlinesVisible(grid);
        plot.setRangeMinorGridlinesVisible(grid);
        BasicStroke thin = new BasicStroke(0.8f);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlineStroke(thin);
        plot.setRangeGridlineStroke(thin);
        plot.setDomainMinorGridlinePaint(ChartStyle.MINOR_GRID);
        plot.setRangeMinorGridlinePaint(ChartStyle.MINOR_GRID);
        plot.setDomainMinorGridlineStroke(thin);
        plot.setRangeMinorGridlineStroke(thin);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setDataset(0, new YIntervalSeriesCollection());
        plot.setRenderer(0, new DeviationRenderer(false, false));
        plot.setDataset(1, new XYSeriesCollection());
        plot.setRenderer(1, new XYLineAndShapeRenderer(true, false));
        return plot;
    }

    private static JFreeChart chart(String title, XYPlot plot, LegendItemCollection legend) {
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(null, ChartStyle.TITLE_FONT, plot, false);
        TextTitle t = new TextTitle(ChartText.typeset(title), ChartStyle.TITLE_FONT);
        t.setPaint(ChartStyle.TEXT);
        t.setMaximumLinesToDisplay(2);
        t.setPadding(new RectangleInsets(4, 8, 8, 8));
        chart.setTitle(t);
        if (legend.getItemCount() > 0) {
            LegendTitle l = new LegendTitle(plot);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setHorizontalAlignment(HorizontalAlignment.CENTER);
            l.setItemFont(ChartStyle.LEGEND_FONT);
            l.setItemPaint(ChartStyle.TEXT);
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(Color.WHITE);
            l.setItemLabelPadding(new RectangleInsets(2, 4, 2, 10));
            l.setLegendItemGraphicPadding(new RectangleInsets(2, 6, 2, 0));
            l.setMargin(new RectangleInsets(6, 4, 2, 4));
            chart.addSubtitle(l);
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    private static void addBands(XYPlot plot, List<ChartSpec.Band> bands, LegendItemCollection legend) {
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset(0);
        DeviationRenderer r = (DeviationRenderer) plot.getRenderer(0);
        r.setAlpha(ChartStyle.BAND_ALPHA);
        r.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < bands.size(); i++) {
            ChartSpec.Band b = bands.get(i);
            YIntervalSeries s = new YIntervalSeries(i, false, true);
            for (int k = 0; k < b.x().length; k++) {
                s.add(b.x()[k], (b.low()[k] + b.high()[k]) / 2, b.low()[k], b.high()[k]);
            }
            data.addSeries(s);
            Color c = ChartStyle.color(b.hue());
            r.setSeriesFillPaint(i, c);
            r.setSeriesPaint(i, c);
            r.setSeriesLinesVisible(i, false);
            legend.add(item(b.name(), new Rectangle2D.Double(-7, -5, 14, 10), ChartStyle.translucent(c, ChartStyle.BAND_ALPHA + 0.1f),
                    null, null));
        }
    }

    /**
     * Adds the series as dataset {@code index}; with {@code halo} each line is drawn over a wider
     * white line of itself, so that it reads over the cells of a heat map.
     */
    private static void addSeries(XYPlot plot, List<ChartSpec.Series> series, int index, double markSize, boolean halo,
                                  LegendItemCollection legend) {
        XYSeriesCollection data = new XYSeriesCollection();
        SparseMarks r = new SparseMarks(data);
        r.setDrawSeriesLineAsPath(true);
        r.setUseOutlinePaint(true);
        r.setDrawOutlines(true);
        int next = 0;
        for (ChartSpec.Series s : series) {
            Look look = s.look();
            if (halo && look.line() != Look.Line.NONE) {
                data.addSeries(xySeries(next, s));
                r.setSeriesPaint(next, Color.WHITE);
                r.setSeriesStroke(next, new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                r.setSeriesShapesVisible(next, false);
                next++;
            }
            int i = next++;
            data.addSeries(xySeries(i, s));
            Color c = ChartStyle.color(look.hue());
            boolean line = look.line() != Look.Line.NONE;
            boolean mark = look.mark() != Look.Mark.NONE;
            Shape shape = ChartStyle.shape(look.mark(), markSize);
            r.setSeriesPaint(i, c);
            r.setSeriesStroke(i, ChartStyle.stroke(look));
            r.setSeriesLinesVisible(i, line);
            r.setSeriesShapesVisible(i, mark);
            r.setSeriesShape(i, shape);
            r.setSeriesShapesFilled(i, true);
            r.setSeriesFillPaint(i, c);
            r.setSeriesOutlinePaint(i, Color.WHITE);
            r.setSeriesOutlineStroke(i, new BasicStroke(markSize > MARK_SIZE ? 1.5f : 0.6f));
            legend.add(item(s.name(), mark ? ChartStyle.shape(look.mark(), Math.min(markSize, MARK_SIZE + 3)) : null, c,
                    line ? ChartStyle.stroke(look) : null, c));
        }
        plot.setDataset(index, data);
        plot.setRenderer(index, r);
    }

    private static XYSeries xySeries(int key, ChartSpec.Series s) {
        XYSeries xy = new XYSeries(key, false, true);
        for (int k = 0; k < s.x().length; k++) {
            xy.add(s.x()[k], s.y()[k], false);
        }
        return xy;
    }

    /**
     * Lines whose marks sit on at most {@value #MAX_MARKS} of their points, every n-th, each series
     * starting at another point: two lines that coincide still show both their marks.
     */
    private static final class SparseMarks extends XYLineAndShapeRenderer {
        static final int MAX_MARKS = 24;
        private final transient XYSeriesCollection data;

        SparseMarks(XYSeriesCollection data) {
            super(true, false);
            this.data = data;
        }

        @Override
        public boolean getItemShapeVisible(int series, int item) {
            int n = data.getItemCount(series);
            int stride = (n + MAX_MARKS - 1) / MAX_MARKS;
            return super.getItemShapeVisible(series, item) && (stride <= 1 || item % stride == (series * stride / 3) % stride);
        }
    }

    /** A legend entry: a shape (filled in {@code fill}) and/or a line. */
    private static LegendItem item(String label, Shape shape, Paint fill, java.awt.Stroke lineStroke, Paint linePaint) {
        boolean hasLine = lineStroke != null;
        LegendItem item = new LegendItem(ChartText.typeset(label), null, null, null, shape != null,
                shape == null ? new Rectangle2D.Double() : shape, true, fill, shape != null && hasLine, Color.WHITE,
                new BasicStroke(0.6f), hasLine, new Line2D.Double(-13, 0, 13, 0),
                hasLine ? lineStroke : new BasicStroke(0f), linePaint == null ? fill : linePaint);
        item.setLabelFont(ChartStyle.LEGEND_FONT);
        item.setLabelPaint(ChartStyle.TEXT);
        return item;
    }

    /**
     * The series with their non-finite points (and non-positive ones on log axes) left out, thinned;
     * empty ones dropped; a series of a single point goes last, so that no line hides it.
     */
    private static List<ChartSpec.Series> drawable(List<ChartSpec.Series> series, boolean logX, boolean logY) {
        List<ChartSpec.Series> out = new ArrayList<>();
        List<ChartSpec.Series> single = new ArrayList<>();
        for (ChartSpec.Series s : series) {
            double[][] xy = kept(s.x(), s.y(), logX, logY);
            if (xy[0].length > 0) {
                double[][] thin = ChartData.thin(xy[0], xy[1], PIXEL_COLUMNS, logX);
                (xy[0].length == 1 ? single : out).add(new ChartSpec.Series(s.name(), thin[0], thin[1], s.look()));
            }
        }
        out.addAll(single);
        return out;
    }

    private static List<ChartSpec.Band> drawableBands(List<ChartSpec.Band> bands, boolean logX, boolean logY) {
        List<ChartSpec.Band> out = new ArrayList<>();
        for (ChartSpec.Band b : bands) {
            int n = 0;
            double[][] kept = new double[3][b.x().length];
            for (int i = 0; i < b.x().length; i++) {
                if (ok(b.x()[i], logX) && ok(b.low()[i], logY) && ok(b.high()[i], logY)) {
                    kept[0][n] = b.x()[i];
                    kept[1][n] = b.low()[i];
                    kept[2][n] = b.high()[i];
                    n++;
                }
            }
            if (n > 0) {
                out.add(new ChartSpec.Band(b.name(), java.util.Arrays.copyOf(kept[0], n), java.util.Arrays.copyOf(kept[1], n),
                        java.util.Arrays.copyOf(kept[2], n), b.hue()));
            }
        }
        return out;
    }

    /**
     * The drawable points: x and y finite (and positive on a log axis); a NaN y between drawable
     * points is kept once, as a break in the line. No drawable point: empty.
     */
    private static double[][] kept(double[] x, double[] y, boolean logX, boolean logY) {
        int n = 0;
        double[][] xy = new double[2][x.length];
        boolean broken = false;
        for (int i = 0; i < x.length; i++) {
            if (ok(x[i], logX) && ok(y[i], logY)) {
                if (broken && n > 0) {
                    xy[0][n] = x[i];
                    xy[1][n] = Double.NaN;
                    n++;
                }
                broken = false;
                xy[0][n] = x[i];
                xy[1][n] = y[i];
                n++;
            } else if (Double.isNaN(y[i])) {
                broken = true;
            }
        }
        return new double[][] {java.util.Arrays.copyOf(xy[0], n), java.util.Arrays.copyOf(xy[1], n)};
    }

    private static boolean ok(double v, boolean log) {
        return Double.isFinite(v) && (!log || v > 0);
    }

    private static double center(double[] range, boolean log) {
        return log ? Math.sqrt(range[0] * range[1]) : (range[0] + range[1]) / 2;
    }

    /** The cell edges around ascending centres: midpoints (geometric on a log axis), the ends mirrored. */
    static double[] edges(double[] centres, boolean log) {
        int n = centres.length;
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = log ? Math.log(centres[i]) : centres[i];
        }
        double[] e = new double[n + 1];
        for (int i = 1; i < n; i++) {
            e[i] = (c[i - 1] + c[i]) / 2;
        }
        double half = n > 1 ? (c[1] - c[0]) / 2 : 0.5;
        double lastHalf = n > 1 ? (c[n - 1] - c[n - 2]) / 2 : 0.5;
        e[0] = c[0] - half;
        e[n] = c[n - 1] + lastHalf;
        for (int i = 0; i <= n; i++) {
            e[i] = log ? Math.exp(e[i]) : e[i];
        }
        return e;
    }

    /** The finite extent of some values, then padded into an axis range. */
    private static final class Extent {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;

        void add(double[] values, boolean log) {
            for (double v : values) {
                if (ok(v, log)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }

        double[] range(boolean log) {
            if (lo > hi) {
                return log ? new double[] {1, 10} : new double[] {0, 1};
            }
            if (log) {
                double a = Math.log10(lo);
                double b = Math.log10(hi);
                double pad = Math.max(b - a, 0) * PAD;
                a = Math.max(a - pad, -307);
                b = Math.min(b + pad, 307);
                if (Ticks.decades(Math.pow(10, a), Math.pow(10, b)).stream().filter(Ticks.Tick::major).count() < 2) {
                    a = Math.floor(a + 1e-9);
                    b = Math.max(Math.ceil(b - 1e-9), a + 1);
                }
                return new double[] {Math.pow(10, a), Math.pow(10, b)};
            }
            if (lo == hi) {
                double d = Math.max(0.5, Math.abs(lo) * 0.1);
                return new double[] {lo - d, hi + d};
            }
            double pad = (hi - lo) * PAD;
            return new double[] {lo - pad, hi + pad};
        }
    }

    /** A vertical marker's mark at the top of the plot, the k-th marker a little lower so that marks at one x stay apart. */
    private static final class TopMark extends AbstractXYAnnotation {
        private static final long serialVersionUID = 1L;
        private final double x;
        private final int k;
        private final transient Look look;

        TopMark(double x, int k, Look look) {
            this.x = x;
            this.k = k;
            this.look = look;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                         int rendererIndex, PlotRenderingInfo info) {
            if (!domainAxis.getRange().contains(x)) {
                return;
            }
            double px = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
            double py = dataArea.getMinY() + 8 + 13 * k;
            Shape s = AffineTransform.getTranslateInstance(px, py).createTransformedShape(ChartStyle.shape(look.mark(), MARK_SIZE + 3));
            g2.setPaint(ChartStyle.color(look.hue()));
            g2.fill(s);
            g2.setPaint(Color.WHITE);
            g2.setStroke(new BasicStroke(0.8f));
            g2.draw(s);
        }
    }

    /** viridis from {@code lower} to {@code upper} in {@link #LEVELS} steps (values outside clamped). */
    static final class ColourScale implements PaintScale {
        /** The number of colour levels: enough to read as continuous, few enough to keep the SVG small. */
        static final int LEVELS = 64;
        private final double lower;
        private final double upper;

        ColourScale(double lower, double upper) {
            this.lower = lower;
            this.upper = upper;
        }

        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        /** The level of {@code v}, in {@code [0, LEVELS)}. */
        int level(double v) {
            double t = (v - lower) / (upper - lower);
            return Math.max(0, Math.min(LEVELS - 1, (int) Math.floor(t * LEVELS)));
        }

        @Override
        public Paint getPaint(double v) {
            return ChartStyle.viridis((level(v) + 0.5) / LEVELS);
        }
    }

    /**
     * The heat map's cells, drawn under everything else: one path per colour level (adjacent cells
     * of one level in a row merged into one rectangle), NaN cells in the blank colour.
     */
    private static final class Cells extends AbstractXYAnnotation {
        private static final long serialVersionUID = 1L;
        private final transient double[][] values;
        private final transient double[] xEdges;
        private final transient double[] yEdges;
        private final transient ColourScale scale;

        Cells(double[][] values, double[] xEdges, double[] yEdges, ColourScale scale) {
            this.values = values;
            this.xEdges = xEdges;
            this.yEdges = yEdges;
            this.scale = scale;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                         int rendererIndex, PlotRenderingInfo info) {
            Path2D.Double[] paths = new Path2D.Double[ColourScale.LEVELS + 1];
            for (int r = 0; r < values.length; r++) {
                double y0 = rangeAxis.valueToJava2D(yEdges[r], dataArea, plot.getRangeAxisEdge());
                double y1 = rangeAxis.valueToJava2D(yEdges[r + 1], dataArea, plot.getRangeAxisEdge());
                int c = 0;
                while (c < values[r].length) {
                    int level = levelOf(values[r][c]);
                    int end = c;
                    while (end + 1 < values[r].length && levelOf(values[r][end + 1]) == level) {
                        end++;
                    }
                    double x0 = domainAxis.valueToJava2D(xEdges[c], dataArea, plot.getDomainAxisEdge());
                    double x1 = domainAxis.valueToJava2D(xEdges[end + 1], dataArea, plot.getDomainAxisEdge());
                    if (paths[level] == null) {
                        paths[level] = new Path2D.Double();
                    }
                    paths[level].append(new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0),
                            Math.abs(y1 - y0)), false);
                    c = end + 1;
                }
            }
            Object aa = g2.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g2.setStroke(new BasicStroke(0.6f));
            for (int level = 0; level < paths.length; level++) {
                if (paths[level] != null) {
                    Paint p = level == ColourScale.LEVELS ? ChartStyle.BLANK : ChartStyle.viridis((level + 0.5) / ColourScale.LEVELS);
                    g2.setPaint(p);
                    g2.fill(paths[level]);
                    g2.draw(paths[level]);
                }
            }
            if (aa != null) {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
            }
        }

        private int levelOf(double v) {
            return Double.isNaN(v) ? ColourScale.LEVELS : scale.level(v);
        }
    }
}
