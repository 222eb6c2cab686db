package org.gdlab.report.theory;

import org.gdlab.report.ChartData;
import org.gdlab.report.Hue;
import org.gdlab.report.Look;
import org.gdlab.report.NumberText;

/** Helpers the theory charts share: labels, the looks of the eta markers, and trimming of diverging series. */
final class TheoryCharts {
    /** Values beyond this magnitude are not drawn (a diverging series stops there). */
    static final double DRAW_LIMIT = 1e6;
    /** The marker of the optimal eta: solid, a diamond at the top. */
    static final Look OPTIMAL = new Look(Hue.REFERENCE, Look.Line.SOLID, Look.Mark.DIAMOND);
    /** The marker of the eta the user gave: dashed, a triangle at the top (apart from the optimum's diamond). */
    static final Look GIVEN = new Look(Hue.REFERENCE, Look.Line.DASHED, Look.Mark.DOWN_TRIANGLE);
    /** The marker of a stability limit: dotted, a square at the top. */
    static final Look LIMIT = new Look(Hue.REFERENCE, Look.Line.DOTTED, Look.Mark.SQUARE);

    private static final Look.Mark[] SIGMA_MARKS = {Look.Mark.CIRCLE, Look.Mark.SQUARE, Look.Mark.TRIANGLE, Look.Mark.DIAMOND};

    private TheoryCharts() {
    }

    /**
     * The k-th shown singular value's curve: its hue, solid, with its own mark (sparse, see
     * ChartRenderer) so that curves that coincide (at the optimal eta, on the sqrt(1-beta) plateau) stay apart.
     */
    static Look sigma(int k) {
        return Look.solid(Hue.sigma(k)).withMark(SIGMA_MARKS[k % SIGMA_MARKS.length]);
    }

    /** The values up to the first non-finite or larger than {@link #DRAW_LIMIT} in magnitude. */
    static double[] drawable(double[] values) {
        return drawable(values, DRAW_LIMIT);
    }

    /** The values up to the first non-finite or larger than {@code limit} in magnitude. */
    static double[] drawable(double[] values, double limit) {
        return ChartData.prefixWithin(values, limit);
    }

    /** {@code x} cut to the length of {@code y}. */
    static double[] prefix(double[] x, double[] y) {
        return x.length == y.length ? x : java.util.Arrays.copyOf(x, y.length);
    }

    /** A short label for a squared singular value, e.g. {@code "sigma^2 = 0.05 (i=1)"}. */
    static String sigmaLabel(double sigma2, int index) {
        return "sigma^2 = " + NumberText.number(sigma2) + " (i=" + index + ")";
    }

    /** A short number: at most 4 significant digits. */
    static String number(double v) {
        return NumberText.number(v);
    }
}
