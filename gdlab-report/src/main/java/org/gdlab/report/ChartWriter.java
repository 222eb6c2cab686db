package org.gdlab.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.gdlab.core.io.AtomicFiles;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a chart as {@code NAME.png} ({@link ChartStyle#PNG_SCALE} device pixels per CSS pixel)
 * and {@code NAME.svg} (JFreeSVG, coordinates to 0.1 px), each atomically; both are drawn by
 * {@link ChartRenderer} from the same JFreeChart. Runs headless.
 */
public final class ChartWriter {
    /** Width of a chart in CSS pixels; the PNG is {@link ChartStyle#PNG_SCALE} times wider. */
    public static final int WIDTH = ChartStyle.WIDTH;
    /** Height of a chart in CSS pixels. */
    public static final int HEIGHT = ChartStyle.HEIGHT;

    private ChartWriter() {
    }

    /**
     * Writes {@code dir/NAME.png} and {@code dir/NAME.svg} of an XY chart.
     *
     * @param spec the chart
     * @param dir the folder to write into; it must exist
     * @param name the files' name without extension
     * @return the two files written, PNG first
     */
    public static List<Path> write(ChartSpec spec, Path dir, String name) {
        return write(ChartRenderer.xy(spec), dir, name);
    }

    /**
     * Writes {@code dir/NAME.png} and {@code dir/NAME.svg} of a heat map.
     *
     * @param spec the heat map
     * @param dir the folder to write into; it must exist
     * @param name the files' name without extension
     * @return the two files written, PNG first
     */
    public static List<Path> write(HeatMapSpec spec, Path dir, String name) {
        return write(ChartRenderer.heatMap(spec), dir, name);
    }

    /**
     * An XY chart as an {@code <svg>} element with the given {@code id}, to put inline in a page;
     * the ids of its definitions start with {@code id}, so that several charts share a page.
     *
     * @param spec the chart
     * @param id the element's id, unique in the page
     * @return the {@code <svg>} element's text, without an XML declaration
     */
    public static String svgElement(ChartSpec spec, String id) {
        return inline(ChartRenderer.xy(spec), id);
    }

    /**
     * A heat map as an {@code <svg>} element with the given {@code id}, as {@link #svgElement(ChartSpec, String)}.
     *
     * @param spec the heat map
     * @param id the element's id, unique in the page
     * @return the {@code <svg>} element's text, without an XML declaration
     */
    public static String svgElement(HeatMapSpec spec, String id) {
        return inline(ChartRenderer.heatMap(spec), id);
    }

    /**
     * A chart drawn by {@link ChartRenderer} as an inline {@code <svg>} element, as {@link #svgElement(ChartSpec, String)}.
     *
     * @param chart a chart from {@link ChartRenderer}, e.g. after {@link ChartRenderer#namePositions}
     * @param id the element's id, unique in the page
     * @return the {@code <svg>} element's text, without an XML declaration
     */
    public static String svgElement(JFreeChart chart, String id) {
        return inline(chart, id);
    }

    private static String inline(JFreeChart chart, String id) {
        SVGGraphics2D g2 = svgGraphics(chart, id + "_");
        return g2.getSVGElement(id);
    }

    private static List<Path> write(JFreeChart chart, Path dir, String name) {
        Path png = dir.resolve(name + ".png");
        Path svg = dir.resolve(name + ".svg");
        BufferedImage image = png(chart);
        AtomicFiles.write(png, out -> ImageIO.write(image, "png", out));
        byte[] text = svg(chart).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(svg, out -> out.write(text));
        return List.of(png, svg);
    }

    /** The chart drawn at {@link ChartStyle#PNG_SCALE}x. */
    static BufferedImage png(JFreeChart chart) {
        int s = ChartStyle.PNG_SCALE;
        BufferedImage image = new BufferedImage(WIDTH * s, HEIGHT * s, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.scale(s, s);
            chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g2.dispose();
        }
        return image;
    }

    /** The chart as an SVG document; text names the style's font with sans-serif fallbacks. */
    static String svg(JFreeChart chart) {
        return svgGraphics(chart, null).getSVGDocument();
    }

    /** The chart drawn by JFreeSVG; {@code defsPrefix} starts the ids of its definitions (null: JFreeSVG's own). */
    private static SVGGraphics2D svgGraphics(JFreeChart chart, String defsPrefix) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        if (defsPrefix != null) {
            g2.setDefsKeyPrefix(defsPrefix);
        }
        g2.setGeomDoubleConverter(ChartWriter::tenth);
        g2.setFontFunction(family -> "\"" + family + "\", \"DejaVu Sans\", \"Liberation Sans\", Arial, sans-serif");
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        return g2;
    }

    /** A coordinate to 0.1 px, without a trailing {@code .0}. */
    private static String tenth(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }
}
