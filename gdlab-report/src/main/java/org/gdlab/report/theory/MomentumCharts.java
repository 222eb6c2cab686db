package org.gdlab.report.theory;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gdlab.report.ChartData;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.HeatMapSpec;
import org.gdlab.theory.momentum.MomentumCoordinate;
import org.gdlab.theory.momentum.MomentumResult;

/** The charts of a momentum analysis, drawn from its {@link MomentumResult}. */
public final class MomentumCharts {
    /** Radii beyond this are not drawn (a curve beyond its stable eta stops there). */
    static final double RADIUS_LIMIT = 1.25;

    private MomentumCharts() {
    }

    /**
     * {@code spectral-radius}: the radius of R_i against eta for the shown singular values and the
     * maximum over all, with the complex regimes of sigma_max and sigma_min and the optimal set
     * shaded; {@code trajectory-x} and {@code trajectory-a}: {@code x_t[i]} and {@code a_t[i]} under
     * momentum beside GD (whose a_t is its gradient).
     */
    public static Map<String, ChartSpec> of(MomentumResult r) {
        Map<String, ChartSpec> charts = new LinkedHashMap<>();
        double beta = r.config().parameters().beta();
        double eta = r.config().parameters().eta();
        MomentumResult.RadiusCurves c = r.curves();
        ChartSpec.Builder radius = ChartSpec.builder("Momentum spectral radius of R_i against eta (beta = "
                + TheoryCharts.number(beta) + ")", "eta", "spectral radius").logX();
        for (int k = 0; k < c.shown().length; k++) {
            double[] y = TheoryCharts.drawable(c.radius()[k], RADIUS_LIMIT);
            radius.line(TheoryCharts.sigmaLabel(c.shownSigma2()[k], c.shown()[k]), TheoryCharts.prefix(c.eta(), y), y);
        }
        double[] worst = TheoryCharts.drawable(c.worst(), RADIUS_LIMIT);
        radius.series("max over all singular values", TheoryCharts.prefix(c.eta(), worst), worst, ChartSpec.Style.DASHED);
        MomentumCoordinate largest = r.coordinates().get(0);
        MomentumCoordinate smallest = r.coordinates().get(r.coordinates().size() - 1);
        if (largest.etaRepeatedHigh() > largest.etaRepeatedLow()) {
            radius.shade(largest.etaRepeatedLow(), largest.etaRepeatedHigh(), "complex regime of sigma_max");
            radius.shade(smallest.etaRepeatedLow(), smallest.etaRepeatedHigh(), "complex regime of sigma_min");
        }
        MomentumResult.OptimalSet opt = r.optimal();
        if (opt.interval()) {
            radius.shade(opt.etaLow(), opt.etaHigh(), "optimal set (rate " + TheoryCharts.number(opt.rate()) + ")");
        } else {
            radius.marker(opt.etaLow(), "optimal eta = " + TheoryCharts.number(opt.etaLow()));
        }
        radius.marker(eta, "given eta = " + TheoryCharts.number(eta))
                .marker(r.largestStableEta(), "largest stable eta = " + TheoryCharts.number(r.largestStableEta()));
        charts.put("spectral-radius", radius.build());

        MomentumResult.Trajectories tr = r.trajectories();
        charts.put("trajectory-x", trajectory(tr, tr.momentumX(), tr.gdX(),
                "x_t = w_t - w*: momentum (eta " + TheoryCharts.number(eta) + ", beta "
                        + TheoryCharts.number(beta) + "), GD (eta " + TheoryCharts.number(tr.gdEta()) + ")",
                "x_t", "GD x_t"));
        charts.put("trajectory-a", trajectory(tr, tr.momentumA(), tr.gdGradient(),
                "Averaged gradient a_t (momentum) beside the gradient g_t (GD)", "a_t", "GD g_t"));
        return charts;
    }

    /**
     * {@code regime-map}: over the (eta, beta) plane, the asymptotic iterations to eps (log10) of the
     * worst singular value; the coloured cells are the stable region, blank cells are unstable.
     */
    public static HeatMapSpec regimeMap(MomentumResult r) {
        MomentumResult.RegimeMap map = r.regimeMap();
        String[] x = new String[map.eta().length];
        for (int e = 0; e < x.length; e++) {
            x[e] = TheoryCharts.number(map.eta()[e]);
        }
        String[] y = new String[map.beta().length];
        for (int b = 0; b < y.length; b++) {
            y[b] = TheoryCharts.number(map.beta()[b]);
        }
        double max = 1;
        for (double[] row : map.log10Iterations()) {
            for (double v : row) {
                if (v > max) {
                    max = v;
                }
            }
        }
        return new HeatMapSpec("log10 iterations to eps of the worst singular value (blank: unstable)", "eta", "beta",
                x, y, map.log10Iterations(), 0, max);
    }

    private static ChartSpec trajectory(MomentumResult.Trajectories tr, double[][] momentum, double[][] gd, String title,
                                        String momentumName, String gdName) {
        ChartSpec.Builder b = ChartSpec.builder(title, "t", momentumName);
        for (int k = 0; k < tr.shown().length; k++) {
            String label = TheoryCharts.sigmaLabel(tr.shownSigma2()[k], tr.shown()[k]);
            double[] m = TheoryCharts.drawable(momentum[k]);
            double[] g = TheoryCharts.drawable(gd[k]);
            b.line("momentum " + momentumName + ", " + label, TheoryCharts.prefix(ChartData.indices(0, momentum[k].length), m), m);
            b.series(gdName + ", " + label, TheoryCharts.prefix(ChartData.indices(0, gd[k].length), g), g, ChartSpec.Style.DASHED);
        }
        return b.build();
    }
}
