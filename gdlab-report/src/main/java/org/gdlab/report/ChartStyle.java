package org.gdlab.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;

/**
 * The one chart style of gdlab (docs/charts.md explains it): every chart and heat map takes its
 * sizes, fonts, colours, dashes and marks from here, through {@link ChartRenderer}.
 * <ul>
 *   <li>Colours: the Okabe-Ito palette (safe for the common colour-vision deficiencies) without its
 *       pale yellow, in a fixed order; a {@link Hue} picks a slot by meaning. Ordered families
 *       (layers) and heat maps use viridis. Reference lines are near-black.</li>
 *   <li>Lines: solid for the main series, dashed for the same series under another method or at
 *       another time, dotted for a third; slots beyond the palette cycle it with a dotted line.</li>
 *   <li>Grid: light grey major grid, lighter minor grid on log axes; a thin dark frame.</li>
 *   <li>Bands: the series' hue at {@value #BAND_ALPHA} opacity.</li>
 * </ul>
 */
public final class ChartStyle {
    /** Width of a chart in CSS pixels (the SVG's size and the PNG's at scale 1). */
    public static final int WIDTH = 900;
    /** Height of a chart in CSS pixels. */
    public static final int HEIGHT = 560;
    /** The PNG is drawn at this many device pixels per CSS pixel, for sharp display on dense screens. */
    public static final int PNG_SCALE = 2;
    /** Opacity of a confidence band. */
    public static final float BAND_ALPHA = 0.25f;
    /** Opacity of a shaded x-interval. */
    public static final float SHADE_ALPHA = 0.12f;

    /** Okabe-Ito: blue, vermillion, bluish green, reddish purple, orange, sky blue, and its yellow darkened to read on white. */
    private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0xA89400)};
    /** The colours of shaded x-intervals, in order: light versions of sky blue, orange, green, purple. */
    private static final Color[] SHADES = {new Color(0x56B4E9), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7)};
    /** Near-black for reference lines. */
    static final Color REFERENCE = new Color(0x222222);
    static final Color TEXT = new Color(0x222222);
    static final Color FRAME = new Color(0x444444);
    static final Color GRID = new Color(0xDDDDDD);
    static final Color MINOR_GRID = new Color(0xEFEFEF);
    /** The colour of a blank (NaN) heat map cell. */
    static final Color BLANK = new Color(0xE4E4E4);
    /** viridis at 9 stops (matplotlib's default sequential colour map), dark to light. */
    private static final Color[] VIRIDIS = {new Color(0x440154), new Color(0x472D7B), new Color(0x3B528B), new Color(0x2C728E),
        new Color(0x21918C), new Color(0x28AE80), new Color(0x5EC962), new Color(0xADDC30), new Color(0xFDE725)};
    /** The lightest viridis stop used for lines (yellow vanishes on white). */
    private static final double LINE_VIRIDIS_MAX = 0.85;

    private static final String FAMILY = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
            .contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
    static final Font TITLE_FONT = new Font(FAMILY, Font.BOLD, 15);
    static final Font LABEL_FONT = new Font(FAMILY, Font.PLAIN, 13);
    static final Font TICK_FONT = new Font(FAMILY, Font.PLAIN, 11);
    static final Font LEGEND_FONT = new Font(FAMILY, Font.PLAIN, 11);

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ChartStyle() {
    }

    /**
     * The number of categorical colours before the palette repeats (with a dotted line).
     *
     * @return the palette's length; slot {@code k} has the colour of slot {@code k mod paletteSize()}
     */
    public static int paletteSize() {
        return PALETTE.length;
    }

    /**
     * The colour of a hue.
     *
     * @param hue a categorical slot, an ordered position or the reference
     * @return the palette colour of the slot; for position {@code k} of {@code n}, viridis at {@code 0.85 k / (n - 1)} (0 when {@code n = 1}); or near-black
     */
    public static Color color(Hue hue) {
        return switch (hue.kind()) {
            case CATEGORY -> PALETTE[hue.index() % PALETTE.length];
            case ORDER -> viridis(hue.of() == 1 ? 0 : LINE_VIRIDIS_MAX * hue.index() / (hue.of() - 1));
            case REFERENCE -> REFERENCE;
        };
    }

    /** The colour of shaded x-interval number {@code index} (opaque; drawn at {@link #SHADE_ALPHA}). */
    static Color shade(int index) {
        return SHADES[index % SHADES.length];
    }

    /** {@code c} with opacity {@code alpha}. */
    static Color translucent(Color c, float alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(alpha * 255));
    }

    /**
     * viridis at {@code t} in [0, 1] (clamped), interpolated linearly between its stops.
     *
     * @param t the position on the scale, 0 dark purple to 1 yellow
     * @return the interpolated colour, opaque
     */
    public static Color viridis(double t) {
        double u = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
        int i = Math.min((int) Math.floor(u), VIRIDIS.length - 2);
        double f = u - i;
        Color a = VIRIDIS[i];
        Color b = VIRIDIS[i + 1];
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    /**
     * The line of a look: 2 px solid, dashed {@code 7 4} or dotted {@code 0.5 4} (round caps); a categorical slot
     * past the palette is drawn dotted so that it differs from the slot it shares a colour with.
     *
     * @param look the line and hue to draw
     * @return a 2 px stroke with round caps for solid lines
     */
    public static Stroke stroke(Look look) {
        Look.Line line = look.line();
        if (line == Look.Line.SOLID && look.hue().kind() == Hue.Kind.CATEGORY && look.hue().index() >= PALETTE.length) {
            line = Look.Line.DOTTED;
        }
        return stroke(line, 2f);
    }

    /** A stroke of the given dash pattern and width. */
    static Stroke stroke(Look.Line line, float width) {
        return switch (line) {
            case SOLID, NONE -> new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            case DASHED -> new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 4f}, 0f);
            case DOTTED -> new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {0.5f, 4f}, 0f);
        };
    }

    /**
     * The shape of a mark, centred on (0, 0), about {@code size} px across.
     *
     * @param mark the mark; {@link Look.Mark#NONE} gives an empty shape
     * @param size its width in px
     * @return the shape, to be translated to each point
     */
    public static Shape shape(Look.Mark mark, double size) {
        double r = size / 2;
        return switch (mark) {
            case NONE -> new Rectangle2D.Double(0, 0, 0, 0);
            case CIRCLE -> new Ellipse2D.Double(-r, -r, size, size);
            case SQUARE -> new Rectangle2D.Double(-r * 0.9, -r * 0.9, size * 0.9, size * 0.9);
            case TRIANGLE -> polygon(new double[] {0, r, -r}, new double[] {-r, r * 0.8, r * 0.8});
            case DOWN_TRIANGLE -> polygon(new double[] {0, r, -r}, new double[] {r, -r * 0.8, -r * 0.8});
            case DIAMOND -> polygon(new double[] {0, r, 0, -r}, new double[] {-r * 1.15, 0, r * 1.15, 0});
            case CROSS -> cross(r);
            case STAR -> star(r * 1.3);
        };
    }

    private static Shape polygon(double[] x, double[] y) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x[0], y[0]);
        for (int i = 1; i < x.length; i++) {
            p.lineTo(x[i], y[i]);
        }
        p.closePath();
        return p;
    }

    private static Shape cross(double r) {
        double w = r * 0.35;
        return polygon(new double[] {-r, -w, -w, w, w, r, r, w, w, -w, -w, -r},
                new double[] {-w, -w, -r, -r, -w, -w, w, w, r, r, w, w});
    }

    private static Shape star(double r) {
        double[] x = new double[10];
        double[] y = new double[10];
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? r : r * 0.45;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            x[i] = radius * Math.cos(angle);
            y[i] = radius * Math.sin(angle);
        }
        return polygon(x, y);
    }
}
