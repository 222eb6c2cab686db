package org.gdlab.theory.momentum;

import org.gdlab.theory.spectrum.EachCoordinate;
import org.gdlab.theory.spectrum.IterationCount;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;

/**
 * Momentum (EMA form) on least squares over a whole spectrum (docs/questions.md section 2).
 *
 * <p>The spectral radius of {@link MomentumMatrix} depends on eta, beta, sigma^2 through
 * {@code u = 2 eta beta sigma^2} alone, and as a function of u it falls from 1 to
 * {@code sqrt(m)} on {@code (0, (1-sqrt m)^2]}, stays at {@code sqrt(m)} up to {@code (1+sqrt m)^2}
 * and rises beyond: it is quasi-convex. So the worst radius over a spectrum is attained at
 * {@code sigma_max} or {@code sigma_min}, and interior singular values change neither the best eta
 * nor the rate. Minimizing {@code max(rho(u_min), rho(u_max))}:
 * <ul>
 *   <li>if {@code (1-sqrt m)^2 / sigma_min^2 <= (1+sqrt m)^2 / sigma_max^2}, every eta between
 *       {@code (1-sqrt m)^2/(2 beta sigma_min^2)} and {@code (1+sqrt m)^2/(2 beta sigma_max^2)} puts
 *       the whole spectrum in the complex regime and reaches the floor {@code sqrt(m) = sqrt(det R)};</li>
 *   <li>otherwise the radii are equal, {@code lambda(u_min) = -lambda(u_max)} with both real, where
 *       {@code T(u_min) = -T(u_max)}: {@code u_min + u_max = 2(1 + m)}, i.e.
 *       {@code eta* = (2 - beta) / (beta (sigma_max^2 + sigma_min^2))}. This eta also lies in the
 *       interval of the first case; at {@code beta = 1} it is GD's {@code 1/(sigma_max^2 + sigma_min^2)}.</li>
 * </ul>
 * Minimizing over beta as well gives {@code sqrt(m) = (k-1)/(k+1)}, the classical heavy-ball optimum
 * {@code (sqrt(kappa)-1)/(sqrt(kappa)+1)} for the Hessian condition number
 * {@code kappa = sigma_max^2/sigma_min^2 = k^2}.
 *
 * <p>The whole answer for one spectrum and one (eta, beta) is assembled by {@link MomentumAnswers};
 * the data of its charts by {@code MomentumChartData}.
 */
public final class MomentumAnalysis {
    private static final int BETA_GRID = 2000;

    private MomentumAnalysis() {
    }

    /**
     * The minimax set at one beta.
     *
     * @param etaLow the left end
     * @param etaHigh the right end (= etaLow for a single point)
     * @param rate the worst spectral radius there
     */
    public record Minimax(double etaLow, double etaHigh, double rate) {
    }

    /**
     * The worst spectral radius over the spectrum at (eta, beta): the larger of the radii at sigma_max and sigma_min.
     *
     * @param spectrum the problem, in SVD coordinates
     * @param p eta and beta
     * @return the worst radius; below 1 the method converges on every coordinate
     */
    public static double worstRadius(LeastSquaresSpectrum spectrum, MomentumParameters p) {
        return Math.max(MomentumMatrix.of(spectrum.largest(), p).spectralRadius(),
                MomentumMatrix.of(spectrum.smallest(), p).spectralRadius());
    }

    /**
     * {@code eta* = (2 - beta) / (beta (sigma_max^2 + sigma_min^2))}, always in the minimax set.
     *
     * @param spectrum the problem, in SVD coordinates
     * @param beta the EMA weight, in {@code (0, 1]}
     * @return {@code eta*}
     */
    public static double centralEta(LeastSquaresSpectrum spectrum, double beta) {
        return (2 - beta) / (beta * (spectrum.largest() + spectrum.smallest()));
    }

    /**
     * The set of eta minimizing the worst spectral radius at this beta, in closed form (see the class comment).
     *
     * @param spectrum the problem, in SVD coordinates
     * @param beta the EMA weight, in {@code (0, 1]}
     * @return the interval of minimizing etas and the worst radius there
     */
    public static Minimax minimax(LeastSquaresSpectrum spectrum, double beta) {
        double low = MomentumMatrix.etaRepeatedLow(spectrum.smallest(), beta);
        double high = MomentumMatrix.etaRepeatedHigh(spectrum.largest(), beta);
        if (low <= high) {
            return new Minimax(low, high, Math.sqrt(1 - beta));
        }
        double eta = centralEta(spectrum, beta);
        return new Minimax(eta, eta, worstRadius(spectrum, MomentumParameters.ema(eta, beta)));
    }

    /**
     * The worst exact count over every coordinate, by running the method. A coordinate whose
     * closed-form {@link MomentumMatrix#iterationBound(double)} is at most the worst count found so
     * far cannot change it and is not run; the coordinate with the largest bound runs first. The
     * answer is the same as running every coordinate ({@link #exactIterationsOfEach}).
     *
     * @param spectrum the problem, in SVD coordinates
     * @param p eta and beta
     * @param eps the relative tolerance, in {@code (0, 1)}
     * @param maxIterations the step budget of each coordinate's run
     * @return the worst coordinate's count ({@link IterationCount#worse})
     */
    public static IterationCount exactIterations(LeastSquaresSpectrum spectrum, MomentumParameters p, double eps,
                                                 long maxIterations) {
        int n = spectrum.size();
        long[] bound = new long[n];
        int first = 0;
        for (int i = 0; i < n; i++) {
            bound[i] = MomentumMatrix.of(spectrum.sigma2(i), p).iterationBound(eps);
            if (bound[i] > bound[first]) {
                first = i;
            }
        }
        IterationCount worst = exactIterationsOf(spectrum, first, p, eps, maxIterations);
        for (int i = 0; i < n; i++) {
            if (i != first && !(worst.isReached() && bound[i] <= worst.iterations())) {
                worst = worst.worse(exactIterationsOf(spectrum, i, p, eps, maxIterations));
            }
        }
        return worst;
    }

    /**
     * The exact count of every coordinate, by running the method on each (no pruning), on all cores.
     *
     * @param spectrum the problem, in SVD coordinates
     * @param p eta and beta
     * @param eps the relative tolerance, in {@code (0, 1)}
     * @param maxIterations the step budget of each coordinate's run
     * @return one count per coordinate, element i for singular value i
     */
    public static IterationCount[] exactIterationsOfEach(LeastSquaresSpectrum spectrum, MomentumParameters p, double eps,
                                                         long maxIterations) {
        return EachCoordinate.counts(spectrum.size(), i -> exactIterationsOf(spectrum, i, p, eps, maxIterations));
    }

    /** The exact count of coordinate {@code i}, by running the method on it ({@link MomentumRecurrence#iterationsToEps}). */
    static IterationCount exactIterationsOf(LeastSquaresSpectrum spectrum, int i, MomentumParameters p, double eps,
                                            long maxIterations) {
        return MomentumRecurrence.iterationsToEps(spectrum.sigma2(i), spectrum.target(i), p, eps, maxIterations);
    }

    /**
     * The beta (and its central eta) minimizing the best worst-case radius: a grid over (0, 1]
     * refined by golden-section search.
     *
     * @param spectrum the problem, in SVD coordinates
     * @return the best beta found and its {@link #centralEta}
     */
    public static MomentumParameters jointlyBest(LeastSquaresSpectrum spectrum) {
        double bestBeta = 1;
        double bestRate = Double.POSITIVE_INFINITY;
        for (int j = 1; j <= BETA_GRID; j++) {
            double beta = (double) j / BETA_GRID;
            double rate = minimax(spectrum, beta).rate();
            if (rate < bestRate) {
                bestRate = rate;
                bestBeta = beta;
            }
        }
        double a = Math.max(bestBeta - 1.0 / BETA_GRID, 1e-9);
        double b = Math.min(bestBeta + 1.0 / BETA_GRID, 1);
        double g = (Math.sqrt(5) - 1) / 2;
        for (int k = 0; k < 100; k++) {
            double c = b - g * (b - a);
            double d = a + g * (b - a);
            if (minimax(spectrum, c).rate() <= minimax(spectrum, d).rate()) {
                b = d;
            } else {
                a = c;
            }
        }
        double beta = (a + b) / 2;
        if (minimax(spectrum, bestBeta).rate() < minimax(spectrum, beta).rate()) {
            beta = bestBeta;
        }
        return MomentumParameters.ema(centralEta(spectrum, beta), beta);
    }

    /**
     * The classical heavy-ball optimum in the EMA form: {@code m = ((k-1)/(k+1))^2},
     * {@code lr = 4 / (sqrt(L) + sqrt(mu))^2 = 2 / (sigma_max + sigma_min)^2}, so
     * {@code beta = 1 - m = 4k/(k+1)^2} and {@code eta = lr / beta}.
     *
     * @param spectrum the problem, in SVD coordinates
     * @return the classical optimum as EMA parameters
     */
    public static MomentumParameters classicalOptimum(LeastSquaresSpectrum spectrum) {
        double k = spectrum.conditionNumber();
        double beta = 4 * k / ((k + 1) * (k + 1));
        double lr = 2 / Math.pow(spectrum.sigma(0) + spectrum.sigma(spectrum.size() - 1), 2);
        return MomentumParameters.ema(lr / beta, beta);
    }

}
