package org.gdlab.theory.momentum;

import org.gdlab.theory.gd.GdRecurrence;
import org.gdlab.theory.ridge.RidgeRegression;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;

/**
 * The data of a momentum analysis's charts, sampled from the closed forms of
 * {@link MomentumMatrix} and {@link MomentumAnalysis} and from runs of the method: the spectral
 * radius against eta, the regime map over (eta, beta), and trajectories beside plain GD's.
 */
final class MomentumChartData {
    /** How many coordinates the charts draw at most. */
    static final int SHOWN = 6;
    /** Learning rates sampled for the radius chart. */
    static final int CURVE_POINTS = 600;
    /** Columns (eta) of the regime map. */
    static final int MAP_ETAS = 48;
    /** Rows (beta) of the regime map. */
    static final int MAP_BETAS = 25;
    /** Points of each boundary curve of the regime map. */
    static final int BOUNDARY_POINTS = 200;
    /** The longest trajectory kept for the charts. */
    static final int MAX_TRAJECTORY = 5000;

    private MomentumChartData() {
    }

    /**
     * The spectral radius of each shown coordinate, and the worst over the spectrum, against
     * {@value #CURVE_POINTS} log-spaced etas at the configured beta: from
     * {@code min(etaRepeatedLow(sigma_max^2) / 10, eta / 2)} to
     * {@code max(1.2 etaStableMax(sigma_max^2), 1.2 eta)}, so the chart shows the real, complex and
     * unstable stretches and the chosen eta.
     */
    static MomentumResult.RadiusCurves curves(LeastSquaresSpectrum spectrum, MomentumParameters p, int[] shown) {
        double beta = p.beta();
        double from = Math.min(MomentumMatrix.etaRepeatedLow(spectrum.largest(), beta) / 10, p.eta() / 2);
        double to = Math.max(1.2 * MomentumMatrix.etaStableMax(spectrum.largest(), beta), p.eta() * 1.2);
        double[] eta = RidgeRegression.logGrid(from, to, CURVE_POINTS);
        double[][] radius = new double[shown.length][CURVE_POINTS];
        double[] shownSigma2 = new double[shown.length];
        for (int k = 0; k < shown.length; k++) {
            shownSigma2[k] = spectrum.sigma2(shown[k]);
            for (int j = 0; j < CURVE_POINTS; j++) {
                radius[k][j] = new MomentumMatrix(shownSigma2[k], eta[j], beta).spectralRadius();
            }
        }
        double[] worst = new double[CURVE_POINTS];
        for (int j = 0; j < CURVE_POINTS; j++) {
            worst[j] = MomentumAnalysis.worstRadius(spectrum, MomentumParameters.ema(eta[j], beta));
        }
        return new MomentumResult.RadiusCurves(eta, shown, shownSigma2, radius, worst);
    }

    /**
     * The worst spectral radius on a grid of {@value #MAP_BETAS} betas {@code (b + 1)/MAP_BETAS}
     * by {@value #MAP_ETAS} log-spaced etas (from {@code min(etaRepeatedLow(sigma_max^2, 1) / 100,
     * eta / 2)} to {@code max(2 etaStableMax(sigma_max^2, beta_0), 2 eta)}), and there the
     * asymptotic iterations {@code log10(ln eps / ln rho)} (NaN where {@code rho >= 1}).
     */
    static MomentumResult.RegimeMap regimeMap(LeastSquaresSpectrum spectrum, MomentumParameters p, double eps) {
        double[] beta = new double[MAP_BETAS];
        for (int b = 0; b < MAP_BETAS; b++) {
            beta[b] = (b + 1.0) / MAP_BETAS;
        }
        double from = Math.min(MomentumMatrix.etaRepeatedLow(spectrum.largest(), 1) / 100, p.eta() / 2);
        double to = Math.max(2 * MomentumMatrix.etaStableMax(spectrum.largest(), beta[0]), p.eta() * 2);
        double[] eta = RidgeRegression.logGrid(from, to, MAP_ETAS);
        double[][] worst = new double[MAP_BETAS][MAP_ETAS];
        double[][] iterations = new double[MAP_BETAS][MAP_ETAS];
        Regime[][] largest = new Regime[MAP_BETAS][MAP_ETAS];
        Regime[][] smallest = new Regime[MAP_BETAS][MAP_ETAS];
        for (int b = 0; b < MAP_BETAS; b++) {
            for (int e = 0; e < MAP_ETAS; e++) {
                double r = MomentumAnalysis.worstRadius(spectrum, MomentumParameters.ema(eta[e], beta[b]));
                worst[b][e] = r;
                iterations[b][e] = r < 1 ? Math.log10(Math.max(1, Math.log(eps) / Math.log(r))) : Double.NaN;
                largest[b][e] = new MomentumMatrix(spectrum.largest(), eta[e], beta[b]).regime();
                smallest[b][e] = new MomentumMatrix(spectrum.smallest(), eta[e], beta[b]).regime();
            }
        }
        return new MomentumResult.RegimeMap(eta, beta, worst, iterations, largest, smallest,
                boundaries(spectrum.largest(), spectrum.smallest(), beta[0]));
    }

    /**
     * The regime map's boundaries at {@value #BOUNDARY_POINTS} betas evenly spaced from
     * {@code firstBeta / 2} to 1.
     */
    static MomentumResult.RegimeBoundaries boundaries(double s2max, double s2min, double firstBeta) {
        double[] betas = new double[BOUNDARY_POINTS];
        double[] edge = new double[BOUNDARY_POINTS];
        double[] maxLow = new double[BOUNDARY_POINTS];
        double[] maxHigh = new double[BOUNDARY_POINTS];
        boolean spread = s2min < s2max;
        double[] minLow = new double[spread ? BOUNDARY_POINTS : 0];
        double[] minHigh = new double[spread ? BOUNDARY_POINTS : 0];
        for (int b = 0; b < BOUNDARY_POINTS; b++) {
            double beta = firstBeta / 2 + (1 - firstBeta / 2) * b / (BOUNDARY_POINTS - 1);
            betas[b] = beta;
            edge[b] = MomentumMatrix.etaStableMax(s2max, beta);
            maxLow[b] = MomentumMatrix.etaRepeatedLow(s2max, beta);
            maxHigh[b] = MomentumMatrix.etaRepeatedHigh(s2max, beta);
            if (spread) {
                minLow[b] = MomentumMatrix.etaRepeatedLow(s2min, beta);
                minHigh[b] = MomentumMatrix.etaRepeatedHigh(s2min, beta);
            }
        }
        return new MomentumResult.RegimeBoundaries(betas, edge, maxLow, maxHigh, minLow, minHigh);
    }

    /**
     * {@code x_t} and {@code a_t} of each shown coordinate for {@code steps} steps, by running
     * momentum at {@code p} ({@link MomentumRecurrence}) and GD at {@code gdEta} ({@link GdRecurrence}).
     */
    static MomentumResult.Trajectories trajectories(LeastSquaresSpectrum spectrum, MomentumParameters p,
                                                    double gdEta, int[] shown, int steps) {
        double[] shownSigma2 = new double[shown.length];
        double[][] mx = new double[shown.length][];
        double[][] ma = new double[shown.length][];
        double[][] gx = new double[shown.length][];
        double[][] gg = new double[shown.length][];
        for (int k = 0; k < shown.length; k++) {
            int i = shown[k];
            shownSigma2[k] = spectrum.sigma2(i);
            double[][] m = MomentumRecurrence.trajectory(shownSigma2[k], spectrum.target(i), p, steps);
            double[][] g = GdRecurrence.trajectory(shownSigma2[k], spectrum.target(i), gdEta, steps);
            mx[k] = m[0];
            ma[k] = m[1];
            gx[k] = g[0];
            gg[k] = g[1];
        }
        return new MomentumResult.Trajectories(shown, shownSigma2, mx, ma, gdEta, gx, gg);
    }
}
