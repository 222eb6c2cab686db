package org.gdlab.theory.gd;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.theory.spectrum.EachCoordinate;
import org.gdlab.theory.spectrum.IterationCount;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;
import org.gdlab.theory.spectrum.SpectrumSummary;

/**
 * Gradient descent on {@code ||y - Xw||^2} in SVD coordinates, one shared eta for the scalar
 * problems {@code (y'_i - sigma_i x_i)^2} (docs/questions.md section 1). With
 * {@code w_{t+1} = (1 - 2 eta sigma_i^2) w_t + 2 eta sigma_i y'_i}:
 * <ul>
 *   <li>coordinate i is stable iff {@code |1 - 2 eta sigma_i^2| < 1}, i.e. {@code 0 < eta < 1/sigma_i^2};
 *       the largest sigma limits eta: {@code eta < 1/sigma_max^2};</li>
 *   <li>the error shrinks by {@code q_i = |1 - 2 eta sigma_i^2|} per step, so the iterations to
 *       eps are {@code ceil(ln eps / ln q_i)}, and the slowest coordinate has the largest q_i;</li>
 *   <li>{@code max_i q_i} is a maximum of convex functions of {@code sigma_i^2}, attained at
 *       {@code sigma_max^2} or {@code sigma_min^2}; it is smallest where
 *       {@code 2 eta sigma_max^2 - 1 = 1 - 2 eta sigma_min^2}: {@code eta_opt = 1/(sigma_max^2 + sigma_min^2)},
 *       with rate {@code (k^2 - 1)/(k^2 + 1)}, {@code k = sigma_max/sigma_min}. Interior singular
 *       values change neither.</li>
 * </ul>
 */
public final class GradientDescentAnalysis {
    /** How many coordinates the charts draw at most. */
    public static final int SHOWN = 6;
    /** Learning rates sampled for the contraction chart. */
    public static final int CURVE_POINTS = 501;
    /** The longest trajectory kept for the error chart. */
    public static final int MAX_TRAJECTORY = 5000;

    private GradientDescentAnalysis() {
    }

    /**
     * {@code eta_opt = 1 / (sigma_max^2 + sigma_min^2)}.
     *
     * @param spectrum the problem, in SVD coordinates
     * @return the learning rate that minimises the worst contraction
     */
    public static double optimalEta(LeastSquaresSpectrum spectrum) {
        return 1 / (spectrum.largest() + spectrum.smallest());
    }

    /**
     * {@code (k^2 - 1) / (k^2 + 1) = (sigma_max^2 - sigma_min^2) / (sigma_max^2 + sigma_min^2)}.
     *
     * @param spectrum the problem, in SVD coordinates
     * @return the worst contraction per step at {@link #optimalEta}, in {@code [0, 1)}
     */
    public static double optimalRate(LeastSquaresSpectrum spectrum) {
        return (spectrum.largest() - spectrum.smallest()) / (spectrum.largest() + spectrum.smallest());
    }

    /**
     * {@code |1 - 2 eta sigma^2|}.
     *
     * @param eta the learning rate
     * @param sigma2 {@code sigma^2} of the coordinate
     * @return the factor by which the coordinate's error shrinks (or grows, above 1) per step
     */
    public static double contraction(double eta, double sigma2) {
        return Math.abs(1 - 2 * eta * sigma2);
    }

    /**
     * The worst exact count over every coordinate at eta, by running each recurrence (on all cores).
     *
     * @param spectrum the problem, in SVD coordinates
     * @param eta the learning rate
     * @param eps the relative tolerance, in {@code (0, 1)}
     * @param maxIterations the step budget of each coordinate's simulation
     * @return the worst coordinate's count ({@link IterationCount#worse})
     */
    public static IterationCount exactIterations(LeastSquaresSpectrum spectrum, double eta, double eps, long maxIterations) {
        return EachCoordinate.worst(spectrum.size(),
                i -> GdRecurrence.iterationsToEps(spectrum.sigma2(i), spectrum.target(i), eta, eps, maxIterations));
    }

    /**
     * Answers every question of docs/questions.md section 1 for the spectrum at {@code config.eta()}.
     *
     * @param spectrum the problem, in SVD coordinates
     * @param config the learning rate, tolerance and step budget
     * @return the answers, one entry per coordinate and the problem's worst
     */
    public static GdResult analyze(LeastSquaresSpectrum spectrum, GdConfig config) {
        double eta = config.eta();
        double eps = config.eps();
        List<GdCoordinate> coordinates = new ArrayList<>(spectrum.size());
        IterationCount exact = IterationCount.reached(0);
        int slowest = 0;
        double rate = -1;
        IterationCount[] counts = EachCoordinate.counts(spectrum.size(),
                i -> GdRecurrence.iterationsToEps(spectrum.sigma2(i), spectrum.target(i), eta, eps, config.maxIterations()));
        for (int i = 0; i < spectrum.size(); i++) {
            double s2 = spectrum.sigma2(i);
            double q = contraction(eta, s2);
            IterationCount count = counts[i];
            coordinates.add(new GdCoordinate(i, spectrum.sigma(i), s2, 1 / s2, q, IterationCount.asymptotic(q, eps), count));
            exact = exact.worse(count);
            if (q > rate) {
                rate = q;
                slowest = i;
            }
        }
        double optimalEta = optimalEta(spectrum);
        double optimalRate = optimalRate(spectrum);
        double overAll = 0;
        for (int i = 0; i < spectrum.size(); i++) {
            overAll = Math.max(overAll, contraction(optimalEta, spectrum.sigma2(i)));
        }
        IterationCount optimalExact = optimalEta == eta ? exact
                : exactIterations(spectrum, optimalEta, eps, config.maxIterations());
        int[] shown = spectrum.shownIndices(SHOWN);
        return new GdResult(SpectrumSummary.of(spectrum), config, List.copyOf(coordinates), spectrum.sigma(0),
                1 / spectrum.largest(), eta < 1 / spectrum.largest(), slowest, rate,
                IterationCount.asymptotic(rate, eps), exact, optimalEta, optimalRate, overAll,
                IterationCount.asymptotic(optimalRate, eps), optimalExact,
                curves(spectrum, shown), trajectories(spectrum, shown, eta, exact));
    }

    private static GdResult.ContractionCurves curves(LeastSquaresSpectrum spectrum, int[] shown) {
        double[] eta = new double[CURVE_POINTS];
        double etaMax = 1.25 / spectrum.largest();
        for (int j = 0; j < CURVE_POINTS; j++) {
            eta[j] = etaMax * j / (CURVE_POINTS - 1);
        }
        double[][] factors = new double[shown.length][CURVE_POINTS];
        double[] shownSigma2 = new double[shown.length];
        for (int k = 0; k < shown.length; k++) {
            shownSigma2[k] = spectrum.sigma2(shown[k]);
            for (int j = 0; j < CURVE_POINTS; j++) {
                factors[k][j] = contraction(eta[j], shownSigma2[k]);
            }
        }
        double[] worst = new double[CURVE_POINTS];
        for (int i = 0; i < spectrum.size(); i++) {
            for (int j = 0; j < CURVE_POINTS; j++) {
                worst[j] = Math.max(worst[j], contraction(eta[j], spectrum.sigma2(i)));
            }
        }
        return new GdResult.ContractionCurves(eta, shown, shownSigma2, factors, worst);
    }

    private static GdResult.ErrorTrajectories trajectories(LeastSquaresSpectrum spectrum, int[] shown, double eta,
                                                            IterationCount exact) {
        int steps = exact.chartSteps(MAX_TRAJECTORY, 200);
        double[][] errors = new double[shown.length][];
        double[] shownSigma2 = new double[shown.length];
        for (int k = 0; k < shown.length; k++) {
            int i = shown[k];
            shownSigma2[k] = spectrum.sigma2(i);
            double[] x = GdRecurrence.trajectory(shownSigma2[k], spectrum.target(i), eta, steps)[0];
            double scale = Math.abs(spectrum.solution(i));
            errors[k] = new double[x.length];
            for (int t = 0; t < x.length; t++) {
                errors[k][t] = scale == 0 ? Math.abs(x[t]) : Math.abs(x[t]) / scale;
            }
        }
        return new GdResult.ErrorTrajectories(eta, shown, shownSigma2, errors);
    }
}
