package org.gdlab.report.theory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gdlab.report.ChartData;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.HeatMapSpec;
import org.gdlab.report.Hue;
import org.gdlab.report.Look;
import org.gdlab.theory.momentum.MomentumCoordinate;
import org.gdlab.theory.momentum.MomentumForm;
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
     * momentum (solid) beside GD (dashed, same colour; GD's a_t is its gradient).
     *
     * @param r momentum's analysis of a spectrum
     * @return {@code spectral-radius}, {@code trajectory-x} and {@code trajectory-a}
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
            radius.series(TheoryCharts.sigmaLabel(c.shownSigma2()[k], c.shown()[k]), TheoryCharts.prefix(c.eta(), y), y,
                    TheoryCharts.sigma(k));
        }
        double[] worst = TheoryCharts.drawable(c.worst(), RADIUS_LIMIT);
        radius.series("max over all singular values", TheoryCharts.prefix(c.eta(), worst), worst, Look.reference());
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
            radius.marker(opt.etaLow(), "optimal eta = " + TheoryCharts.number(opt.etaLow()), TheoryCharts.OPTIMAL);
        }
        radius.marker(eta, "given eta = " + TheoryCharts.number(eta), TheoryCharts.GIVEN)
                .marker(r.largestStableEta(), "largest stable eta = " + TheoryCharts.number(r.largestStableEta()),
                        TheoryCharts.LIMIT);
        charts.put("spectral-radius", radius.build());

        MomentumResult.Trajectories tr = r.trajectories();
        charts.put("trajectory-x", trajectory(tr, tr.momentumX(), tr.gdX(),
                "x_t = w_t - w*: momentum (eta " + TheoryCharts.number(eta) + ", beta "
                        + TheoryCharts.number(beta) + ") solid, GD (eta " + TheoryCharts.number(tr.gdEta()) + ") dashed",
                "x_t", "GD x_t"));
        charts.put("trajectory-a", trajectory(tr, tr.momentumA(), tr.gdGradient(),
                "Averaged gradient a_t (momentum, solid) beside the gradient g_t (GD, dashed)", "a_t", "GD g_t"));
        return charts;
    }

    /**
     * {@code regime-map}: over the (eta, beta) plane (log eta), the asymptotic iterations to eps of
     * the worst singular value, grey where unstable; over it the regime boundaries the result
     * carries ({@link MomentumResult.RegimeBoundaries}: the repeated-root curves of sigma_max and sigma_min, between which
     * that coordinate's eigenvalues are complex, and the stability edge {@code (2 - beta)/(beta
     * sigma_max^2)}), the optimum (the jointly best (eta, beta) when it was searched, else the
     * optimal set at the given beta) and the (eta, beta) of this run.
     *
     * @param r momentum's analysis, with its regime map
     * @return the heat map of {@code log10} iterations over {@code (eta, beta)}, with its overlay
     */
    public static HeatMapSpec regimeMap(MomentumResult r) {
        MomentumResult.RegimeMap map = r.regimeMap();
        double max = 1;
        for (double[] row : map.log10Iterations()) {
            for (double v : row) {
                if (v > max) {
                    max = v;
                }
            }
        }
        MomentumResult.RegimeBoundaries edges = map.boundaries();
        List<ChartSpec.Series> overlay = new ArrayList<>();
        overlay.add(boundary("stability edge (2 - beta)/(beta sigma_max^2)", edges.beta(), edges.stabilityEdge(), null,
                Look.solid(Hue.REFERENCE)));
        overlay.add(boundary("repeated roots of sigma_max (complex between)", edges.beta(), edges.largestRepeatedLow(),
                edges.largestRepeatedHigh(), Look.dashed(Hue.sigma(0))));
        if (edges.smallestRepeatedLow().length > 0) {
            overlay.add(boundary("repeated roots of sigma_min (complex between)", edges.beta(), edges.smallestRepeatedLow(),
                    edges.smallestRepeatedHigh(), Look.dashed(Hue.sigma(1))));
        }
        double beta = r.config().parameters().beta();
        MomentumResult.JointOptimum joint = r.joint();
        if (joint != null) {
            overlay.add(new ChartSpec.Series("jointly best (eta, beta) = (" + TheoryCharts.number(joint.eta()) + ", "
                    + TheoryCharts.number(joint.beta()) + "), rate " + TheoryCharts.number(joint.rate()),
                    new double[] {joint.eta()}, new double[] {joint.beta()}, Look.points(Hue.slot(4), Look.Mark.STAR)));
        } else {
            MomentumResult.OptimalSet opt = r.optimal();
            double[] x = opt.interval() ? new double[] {opt.etaLow(), opt.etaHigh()} : new double[] {opt.bestEta()};
            double[] y = opt.interval() ? new double[] {beta, beta} : new double[] {beta};
            overlay.add(new ChartSpec.Series((opt.interval() ? "optimal set" : "optimal eta") + " at beta = "
                    + TheoryCharts.number(beta) + " (rate " + TheoryCharts.number(opt.rate()) + ")", x, y,
                    new Look(Hue.slot(4), Look.Line.SOLID, Look.Mark.STAR)));
        }
        overlay.add(new ChartSpec.Series(given(r), new double[] {r.config().parameters().eta()}, new double[] {beta},
                Look.points(Hue.REFERENCE, Look.Mark.DIAMOND)));
        return new HeatMapSpec("Momentum regime map: iterations to eps of the worst singular value over (eta, beta)", "eta (log scale)",
                "beta", true, map.eta(), map.beta(), map.log10Iterations(), 0, max,
                "iterations to eps (asymptotic)", true, "unstable: spectral radius >= 1", overlay);
    }

    /** The legend entry of the run's own point, in the form it was given. */
    private static String given(MomentumResult r) {
        String ema = "(eta, beta) = (" + TheoryCharts.number(r.config().parameters().eta()) + ", "
                + TheoryCharts.number(r.config().parameters().beta()) + ")";
        if (r.config().form() == MomentumForm.HEAVY_BALL) {
            return "this run: lr " + TheoryCharts.number(r.heavyBallLearningRate()) + ", m "
                    + TheoryCharts.number(r.heavyBallMomentum()) + " (heavy ball) = " + ema;
        }
        return "this run: " + ema;
    }

    /** A boundary eta(beta) as a line over beta; with a second branch, both in one series broken by a NaN. */
    private static ChartSpec.Series boundary(String name, double[] betas, double[] low, double[] high, Look look) {
        int n = betas.length;
        int size = high == null ? n : 2 * n + 1;
        double[] x = new double[size];
        double[] y = new double[size];
        System.arraycopy(low, 0, x, 0, n);
        System.arraycopy(betas, 0, y, 0, n);
        if (high != null) {
            x[n] = x[n - 1];
            y[n] = Double.NaN;
            System.arraycopy(high, 0, x, n + 1, n);
            System.arraycopy(betas, 0, y, n + 1, n);
        }
        return new ChartSpec.Series(name, x, y, look);
    }

    private static ChartSpec trajectory(MomentumResult.Trajectories tr, double[][] momentum, double[][] gd, String title,
                                        String momentumName, String gdName) {
        ChartSpec.Builder b = ChartSpec.builder(title, "t", momentumName);
        for (int k = 0; k < tr.shown().length; k++) {
            String label = TheoryCharts.sigmaLabel(tr.shownSigma2()[k], tr.shown()[k]);
            double[] m = TheoryCharts.drawable(momentum[k]);
            double[] g = TheoryCharts.drawable(gd[k]);
            b.series("momentum " + momentumName + ", " + label, TheoryCharts.prefix(ChartData.indices(0, momentum[k].length), m), m,
                    Look.solid(Hue.sigma(k)));
            b.series(gdName + ", " + label, TheoryCharts.prefix(ChartData.indices(0, gd[k].length), g), g, Look.dashed(Hue.sigma(k)));
        }
        return b.build();
    }
}
