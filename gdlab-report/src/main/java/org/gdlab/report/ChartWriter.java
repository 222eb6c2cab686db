package org.gdlab.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.io.AtomicFiles;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a {@link ChartSpec} with XChart and writes it as {@code NAME.png} and {@code NAME.svg},
 * each atomically. Runs headless (no display needed).
 */
public final class ChartWriter {
    /** Width of the drawn chart in pixels. */
    public static final int WIDTH = 900;
    /** Height of the drawn chart in pixels. */
    public static final int HEIGHT = 560;
    private static final Color SHADE = new Color(90, 140, 220, 40);

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ChartWriter() {
    }

    /**
     * Writes {@code dir/NAME.png} and {@code dir/NAME.svg}.
     *
     * @return the two files written, PNG first
     */
    public static List<Path> write(ChartSpec spec, Path dir, String name) {
        return writeFiles(draw(spec), dir, name);
    }

    /** Writes a drawn chart as {@code dir/NAME.png} and {@code dir/NAME.svg}, each atomically; PNG first. */
    static List<Path> writeFiles(Chart<?, ?> chart, Path dir, String name) {
        Path png = dir.resolve(name + ".png");
        Path svg = dir.resolve(name + ".svg");
        try {
            byte[] pngBytes = BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
            AtomicFiles.write(png, out -> out.write(pngBytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw " + png + ": " + e.getMessage(), e);
        }
        AtomicFiles.write(svg, out -> VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG));
        return List.of(png, svg);
    }

    /** The XChart chart for a spec. */
    static XYChart draw(ChartSpec spec) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(spec.title()).xAxisTitle(spec.xLabel()).yAxisTitle(spec.yLabel()).build();
        var styler = chart.getStyler();
        styler.setLegendPosition(LegendPosition.OutsideE);
        styler.setXAxisLogarithmic(spec.logX());
        styler.setYAxisLogarithmic(spec.logY());
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesVisible(true);
        styler.setXAxisDecimalPattern("#.####");
        double[] yRange = yRange(spec);
        for (int s = 0; s < spec.shades().size(); s++) {
            ChartSpec.Shade sh = spec.shades().get(s);
            XYSeries series = chart.addSeries(sh.label(), new double[] {sh.from(), sh.to(), sh.to(), sh.from()},
                    new double[] {yRange[0], yRange[0], yRange[1], yRange[1]});
            series.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
            series.setMarker(SeriesMarkers.NONE);
            series.setFillColor(shade(s));
            series.setLineColor(new Color(0, 0, 0, 0));
        }
        for (ChartSpec.Series s : spec.series()) {
            double[][] xy = spec.logY() ? positiveOnly(s.x(), s.y()) : new double[][] {s.x(), s.y()};
            if (xy[0].length == 0) {
                continue;
            }
            XYSeries series = chart.addSeries(s.name(), xy[0], xy[1]);
            switch (s.style()) {
                case LINE -> series.setMarker(SeriesMarkers.NONE);
                case DASHED -> {
                    series.setMarker(SeriesMarkers.NONE);
                    series.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
                }
                case SCATTER -> series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            }
        }
        for (ChartSpec.Marker m : spec.markers()) {
            XYSeries series = chart.addSeries(m.label(), new double[] {m.x(), m.x()}, yRange);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(Color.DARK_GRAY);
            series.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f));
        }
        return chart;
    }

    private static Color shade(int index) {
        Color[] palette = {SHADE, new Color(220, 140, 90, 40), new Color(120, 200, 120, 40), new Color(200, 90, 200, 40)};
        return palette[index % palette.length];
    }

    /** The y range the data spans (finite values only; positive only on a log axis), for markers and shades. */
    private static double[] yRange(ChartSpec spec) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ChartSpec.Series s : spec.series()) {
            for (double y : s.y()) {
                if (Double.isFinite(y) && (!spec.logY() || y > 0)) {
                    lo = Math.min(lo, y);
                    hi = Math.max(hi, y);
                }
            }
        }
        if (lo > hi) {
            return spec.logY() ? new double[] {0.1, 1} : new double[] {0, 1};
        }
        if (lo == hi) {
            return spec.logY() ? new double[] {lo / 2, hi * 2} : new double[] {lo - 0.5, hi + 0.5};
        }
        return new double[] {lo, hi};
    }

    private static double[][] positiveOnly(double[] x, double[] y) {
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (y[i] > 0 && Double.isFinite(y[i])) {
                kept.add(new double[] {x[i], y[i]});
            }
        }
        double[][] out = new double[2][kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            out[0][i] = kept.get(i)[0];
            out[1][i] = kept.get(i)[1];
        }
        return out;
    }
}
