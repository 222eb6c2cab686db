package org.gdlab.theory.momentum;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.theory.gd.GdRecurrence;
import org.gdlab.theory.gd.GradientDescentAnalysis;
import org.gdlab.theory.ridge.RidgeRegression;
import org.gdlab.theory.spectrum.IterationCount;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;
import org.gdlab.theory.spectrum.SpectrumSummary;

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
 */
public final class MomentumAnalysis {
    /** How many coordinates the charts draw at most. */
    public static final int SHOWN = 6;
    /** Learning rates sampled for the radius chart. */
    public static final int CURVE_POINTS = 600;
    /** Columns (eta) and rows (beta) of the regime map. */
    public static final int MAP_ETAS = 48;
    /** Rows (beta) of the regime map. */
    public static final int MAP_BETAS = 25;
    /** The longest trajectory kept for the charts. */
    public static final int MAX_TRAJECTORY = 5000;
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

    /** The worst spectral radius over the spectrum at (eta, beta): the larger of the radii at sigma_max and sigma_min. */
    public static double worstRadius(LeastSquaresSpectrum spectrum, MomentumParameters p) {
        return Math.max(MomentumMatrix.of(spectrum.largest(), p).spectralRadius(),
                MomentumMatrix.of(spectrum.smallest(), p).spectralRadius());
    }

    /** {@code eta* = (2 - beta) / (beta (sigma_max^2 + sigma_min^2))}, always in the minimax set. */
    public static double centralEta(LeastSquaresSpectrum spectrum, double beta) {
        return (2 - beta) / (beta * (spectrum.largest() + spectrum.smallest()));
    }

    /** The set of eta minimizing the worst spectral radius at this beta, in closed form (see the class comment). */
    public static Minimax minimax(LeastSquaresSpectrum spectrum, double beta) {
        double low = MomentumMatrix.etaRepeatedLow(spectrum.smallest(), beta);
        double high = MomentumMatrix.etaRepeatedHigh(spectrum.largest(), beta);
        if (low <= high) {
            return new Minimax(low, high, Math.sqrt(1 - beta));
        }
        double eta = centralEta(spectrum, beta);
        return new Minimax(eta, eta, worstRadius(spectrum, new MomentumParameters(eta, beta)));
    }

    /**
     * The worst exact count over every coordinate, by running the method. A coordinate whose
     * closed-form {@link MomentumMatrix#iterationBound(double)} is at most the worst count found so
     * far cannot change it and is not run; the coordinate with the largest bound runs first. The
     * answer is the same as running every coordinate ({@link #exactIterationsOfEach}).
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
        IterationCount worst = run(spectrum, first, p, eps, maxIterations);
        for (int i = 0; i < n; i++) {
            if (i != first && !(worst.isReached() && bound[i] <= worst.iterations())) {
                worst = worst.worse(run(spectrum, i, p, eps, maxIterations));
            }
        }
        return worst;
    }

    /** The exact count of every coordinate, by running the method on each (no pruning). */
    public static IterationCount[] exactIterationsOfEach(LeastSquaresSpectrum spectrum, MomentumParameters p, double eps,
                                                         long maxIterations) {
        IterationCount[] counts = new IterationCount[spectrum.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = run(spectrum, i, p, eps, maxIterations);
        }
        return counts;
    }

    private static IterationCount run(LeastSquaresSpectrum spectrum, int i, MomentumParameters p, double eps, long maxIterations) {
        return MomentumRecurrence.iterationsToEps(spectrum.sigma2(i), spectrum.target(i), p, eps, maxIterations);
    }

    /**
     * The beta (and its central eta) minimizing the best worst-case radius: a grid over (0, 1]
     * refined by golden-section search.
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
        return new MomentumParameters(centralEta(spectrum, beta), beta);
    }

    /**
     * The classical heavy-ball optimum in the EMA form: {@code m = ((k-1)/(k+1))^2},
     * {@code lr = 4 / (sqrt(L) + sqrt(mu))^2 = 2 / (sigma_max + sigma_min)^2}, so
     * {@code beta = 1 - m = 4k/(k+1)^2} and {@code eta = lr / beta}.
     */
    public static MomentumParameters classicalOptimum(LeastSquaresSpectrum spectrum) {
        double k = spectrum.conditionNumber();
        double beta = 4 * k / ((k + 1) * (k + 1));
        double lr = 2 / Math.pow(spectrum.sigma(0) + spectrum.sigma(spectrum.size() - 1), 2);
        return new MomentumParameters(lr / beta, beta);
    }

    /** Answers every question of docs/questions.md section 2 for the spectrum at the configured (eta, beta). */
    public static MomentumResult analyze(LeastSquaresSpectrum spectrum, MomentumConfig config) {
        MomentumParameters p = config.parameters();
        double eps = config.eps();
        long budget = config.maxIterations();
        List<MomentumCoordinate> coordinates = new ArrayList<>(spectrum.size());
        IterationCount exact = IterationCount.reached(0);
        int slowest = 0;
        double rate = -1;
        IterationCount[] counts = exactIterationsOfEach(spectrum, p, eps, budget);
        for (int i = 0; i < spectrum.size(); i++) {
            double s2 = spectrum.sigma2(i);
            MomentumMatrix r = MomentumMatrix.of(s2, p);
            double radius = r.spectralRadius();
            IterationCount count = counts[i];
            coordinates.add(new MomentumCoordinate(i, spectrum.sigma(i), s2, r.entries(), r.trace(), r.determinant(),
                    r.discriminant(), r.eigenvalues(), radius, r.regime(),
                    MomentumMatrix.etaRepeatedLow(s2, p.beta()), MomentumMatrix.etaRepeatedHigh(s2, p.beta()),
                    MomentumMatrix.etaStableMax(s2, p.beta()), IterationCount.asymptotic(radius, eps), count));
            exact = exact.worse(count);
            if (radius > rate) {
                rate = radius;
                slowest = i;
            }
        }
        double largestStable = MomentumMatrix.etaStableMax(spectrum.largest(), p.beta());
        MomentumResult.OptimalSet optimal = optimalSet(spectrum, p.beta(), config);
        double gdEta = GradientDescentAnalysis.optimalEta(spectrum);
        double gdRate = GradientDescentAnalysis.optimalRate(spectrum);
        MomentumResult.GdBest gd = new MomentumResult.GdBest(gdEta, gdRate, IterationCount.asymptotic(gdRate, eps),
                GradientDescentAnalysis.exactIterations(spectrum, gdEta, eps, budget));
        double ratio = gd.exact().isReached() && optimal.bestExact().isReached() && optimal.bestExact().iterations() > 0
                ? (double) gd.exact().iterations() / optimal.bestExact().iterations() : Double.NaN;
        MomentumResult.JointOptimum joint = config.optimizeBeta() ? joint(spectrum, eps, budget) : null;
        int[] shown = spectrum.shownIndices(SHOWN);
        int steps = exact.worse(gd.exact()).chartSteps(MAX_TRAJECTORY, 300);
        return new MomentumResult(SpectrumSummary.of(spectrum), config, p.heavyBallMomentum(), p.heavyBallLearningRate(),
                MomentumMatrix.SYMBOLIC, List.copyOf(coordinates), spectrum.sigma(0), largestStable,
                p.eta() < largestStable, slowest, rate, IterationCount.asymptotic(rate, eps), exact, optimal, gd, ratio,
                joint, curves(spectrum, p, shown), regimeMap(spectrum, p, eps),
                trajectories(spectrum, p, gdEta, shown, steps));
    }

    private static MomentumResult.OptimalSet optimalSet(LeastSquaresSpectrum spectrum, double beta, MomentumConfig config) {
        Minimax mm = minimax(spectrum, beta);
        boolean interval = mm.etaHigh() > mm.etaLow();
        int points = interval ? config.scanPoints() : 1;
        double[] etas = new double[points];
        List<IterationCount> counts = new ArrayList<>(points);
        double bestEta = mm.etaLow();
        IterationCount best = null;
        IterationCount worst = IterationCount.reached(0);
        for (int j = 0; j < points; j++) {
            etas[j] = points == 1 ? centralEta(spectrum, beta)
                    : mm.etaLow() + (mm.etaHigh() - mm.etaLow()) * j / (points - 1);
            IterationCount c = exactIterations(spectrum, new MomentumParameters(etas[j], beta), config.eps(), config.maxIterations());
            counts.add(c);
            worst = worst.worse(c);
            if (best == null || c.isBetterThan(best)) {
                best = c;
                bestEta = etas[j];
            }
        }
        return new MomentumResult.OptimalSet(mm.etaLow(), mm.etaHigh(), interval, mm.rate(),
                IterationCount.asymptotic(mm.rate(), config.eps()), etas, List.copyOf(counts), bestEta, best, worst);
    }

    private static MomentumResult.JointOptimum joint(LeastSquaresSpectrum spectrum, double eps, long budget) {
        MomentumParameters searched = jointlyBest(spectrum);
        MomentumParameters classical = classicalOptimum(spectrum);
        double k = spectrum.conditionNumber();
        double classicalRate = (k - 1) / (k + 1);
        return new MomentumResult.JointOptimum(searched.eta(), searched.beta(), worstRadius(spectrum, searched),
                exactIterations(spectrum, searched, eps, budget), classical.eta(), classical.beta(),
                classical.heavyBallMomentum(), classical.heavyBallLearningRate(), classicalRate,
                IterationCount.asymptotic(classicalRate, eps), exactIterations(spectrum, classical, eps, budget));
    }

    private static MomentumResult.RadiusCurves curves(LeastSquaresSpectrum spectrum, MomentumParameters p, int[] shown) {
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
            worst[j] = worstRadius(spectrum, new MomentumParameters(eta[j], beta));
        }
        return new MomentumResult.RadiusCurves(eta, shown, shownSigma2, radius, worst);
    }

    private static MomentumResult.RegimeMap regimeMap(LeastSquaresSpectrum spectrum, MomentumParameters p, double eps) {
        double[] beta = new double[MAP_BETAS];
        for (int b = 0; b < MAP_BETAS; b++) {
            beta[b] = (b + 1.0) / MAP_BETAS;
        }
        double from = Math.min(MomentumMatrix.etaRepeatedLow(spectrum.largest(), 1) / 100, p.eta() / 2);
        double to = Math.max(2 * MomentumMatrix.etaStableMax(spectrum.largest(), beta[0]), p.eta() * 2);
        double[] eta = RidgeRegression.logGrid(from, to, MAP_ETAS);
        double[][] worst = new double[MAP_BETAS][MAP_ETAS];
        double[][] iterations = new double[MAP_BETAS][MAP_ETAS];
        for (int b = 0; b < MAP_BETAS; b++) {
            for (int e = 0; e < MAP_ETAS; e++) {
                double r = worstRadius(spectrum, new MomentumParameters(eta[e], beta[b]));
                worst[b][e] = r;
                iterations[b][e] = r < 1 ? Math.log10(Math.max(1, Math.log(eps) / Math.log(r))) : Double.NaN;
            }
        }
        return new MomentumResult.RegimeMap(eta, beta, worst, iterations);
    }

    private static MomentumResult.Trajectories trajectories(LeastSquaresSpectrum spectrum, MomentumParameters p,
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
