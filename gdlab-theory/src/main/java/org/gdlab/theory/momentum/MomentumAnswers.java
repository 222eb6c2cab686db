package org.gdlab.theory.momentum;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.theory.gd.GradientDescentAnalysis;
import org.gdlab.theory.spectrum.IterationCount;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;
import org.gdlab.theory.spectrum.SpectrumSummary;

/**
 * Assembles the {@link MomentumResult} of one spectrum and one (eta, beta): per coordinate the
 * matrix {@code R_i}, its eigenvalues, regime, boundaries and iteration counts; over the spectrum
 * the largest stable eta, the worst radius and count; the minimax set with its simulation; plain
 * GD at its best eta; optionally the joint optimum; and the chart data. The formulas are those of
 * {@link MomentumMatrix} and {@link MomentumAnalysis}; the charts' samples come from
 * {@code MomentumChartData}.
 */
public final class MomentumAnswers {
    private MomentumAnswers() {
    }

    /**
     * Answers every question of docs/questions.md section 2 for the spectrum at the configured (eta, beta).
     *
     * @param spectrum the problem, in SVD coordinates
     * @param config the question: (eta, beta), the tolerance, the step budget, the scan
     * @return every answer, with its chart data
     */
    public static MomentumResult of(LeastSquaresSpectrum spectrum, MomentumConfig config) {
        return of(spectrum, config, etaFreeParts(spectrum, config), Coordinates.EVERY);
    }

    /**
     * Which coordinates an answer lists with their own exact counts.
     */
    public enum Coordinates {
        /** Every singular value, each simulated: what the command line and the reports print. */
        EVERY,
        /**
         * The drawn ones alone ({@code curves().shown()}): the worst exact count is then
         * {@link MomentumAnalysis#exactIterations}, which runs only the coordinates that can be
         * the slowest and equals the worst of every coordinate's count. For a page that shows a
         * few coordinates of a large spectrum (the explorer), a fraction of the work.
         */
        SHOWN
    }

    /**
     * The answer with the parts that do not depend on eta given, as an earlier call of
     * {@link #etaFreeParts} computed them, listing the coordinates {@code which} says. With
     * {@link Coordinates#EVERY} it equals {@link #of(LeastSquaresSpectrum, MomentumConfig)} number
     * for number; with {@link Coordinates#SHOWN} every number but the list is the same. Moving eta
     * alone, the parts serve again, and most of the work of a large spectrum is saved.
     *
     * @param spectrum the problem
     * @param config the question
     * @param parts the eta-free parts of this spectrum and config
     * @param which every coordinate, or the drawn ones alone
     * @return every answer, with its chart data; {@link MomentumResult#coordinates()} as {@code which} says
     * @throws IllegalArgumentException when {@code parts} were computed for another spectrum or
     *     another setting than eta
     */
    public static MomentumResult of(LeastSquaresSpectrum spectrum, MomentumConfig config, EtaFreeParts parts,
                                    Coordinates which) {
        EtaFreeParts.Key key = EtaFreeParts.Key.of(spectrum, config);
        if (!parts.key().equals(key)) {
            throw new IllegalArgumentException("parts = " + parts.key() + " is not allowed: they were computed for another "
                    + "problem than " + key);
        }
        MomentumParameters p = config.parameters();
        double eps = config.eps();
        long budget = config.maxIterations();
        int[] shown = spectrum.shownIndices(MomentumChartData.SHOWN);
        int slowest = 0;
        double rate = -1;
        for (int i = 0; i < spectrum.size(); i++) {
            double radius = MomentumMatrix.of(spectrum.sigma2(i), p).spectralRadius();
            if (radius > rate) {
                rate = radius;
                slowest = i;
            }
        }
        List<MomentumCoordinate> coordinates = new ArrayList<>();
        IterationCount exact = IterationCount.reached(0);
        if (which == Coordinates.EVERY) {
            IterationCount[] counts = MomentumAnalysis.exactIterationsOfEach(spectrum, p, eps, budget);
            for (int i = 0; i < spectrum.size(); i++) {
                coordinates.add(coordinate(spectrum, i, p, eps, counts[i]));
                exact = exact.worse(counts[i]);
            }
        } else {
            for (int i : shown) {
                coordinates.add(coordinate(spectrum, i, p, eps, MomentumAnalysis.exactIterationsOf(spectrum, i, p, eps, budget)));
            }
            exact = MomentumAnalysis.exactIterations(spectrum, p, eps, budget);
        }
        double largestStable = MomentumMatrix.etaStableMax(spectrum.largest(), p.beta());
        MomentumResult.OptimalSet optimal = parts.optimal();
        MomentumResult.GdBest gd = parts.gd();
        double gdEta = gd.eta();
        double ratio = gd.exact().isReached() && optimal.bestExact().isReached() && optimal.bestExact().iterations() > 0
                ? (double) gd.exact().iterations() / optimal.bestExact().iterations() : Double.NaN;
        MomentumResult.JointOptimum joint = parts.joint();
        int steps = exact.worse(gd.exact()).chartSteps(MomentumChartData.MAX_TRAJECTORY, 300);
        return new MomentumResult(SpectrumSummary.of(spectrum), config, p.m(), p.lr(),
                MomentumMatrix.SYMBOLIC, List.copyOf(coordinates), spectrum.sigma(0), largestStable,
                p.eta() < largestStable, slowest, rate, IterationCount.asymptotic(rate, eps), exact, optimal, gd, ratio,
                joint, MomentumChartData.curves(spectrum, p, shown), MomentumChartData.regimeMap(spectrum, p, eps),
                MomentumChartData.trajectories(spectrum, p, gdEta, shown, steps));
    }

    /** Coordinate {@code i}'s matrix, eigenvalues, regime, boundaries and counts, with its exact count given. */
    private static MomentumCoordinate coordinate(LeastSquaresSpectrum spectrum, int i, MomentumParameters p, double eps,
                                                 IterationCount count) {
        double s2 = spectrum.sigma2(i);
        MomentumMatrix r = MomentumMatrix.of(s2, p);
        double radius = r.spectralRadius();
        return new MomentumCoordinate(i, spectrum.sigma(i), s2, r.entries(), r.trace(), r.determinant(),
                r.discriminant(), r.eigenvalues(), radius, r.regime(),
                MomentumMatrix.etaRepeatedLow(s2, p.beta()), MomentumMatrix.etaRepeatedHigh(s2, p.beta()),
                MomentumMatrix.etaStableMax(s2, p.beta()), IterationCount.asymptotic(radius, eps), count);
    }

    /**
     * The parts of the answer that do not depend on eta: the minimax set at the config's beta
     * with its simulation, plain GD at its best eta, and the joint optimum when the config asks.
     *
     * @param spectrum the problem
     * @param config the question; its eta is not used
     * @return the parts, keyed by what they depend on
     */
    public static EtaFreeParts etaFreeParts(LeastSquaresSpectrum spectrum, MomentumConfig config) {
        double eps = config.eps();
        long budget = config.maxIterations();
        double gdEta = GradientDescentAnalysis.optimalEta(spectrum);
        double gdRate = GradientDescentAnalysis.optimalRate(spectrum);
        MomentumResult.GdBest gd = new MomentumResult.GdBest(gdEta, gdRate, IterationCount.asymptotic(gdRate, eps),
                GradientDescentAnalysis.exactIterations(spectrum, gdEta, eps, budget));
        return new EtaFreeParts(EtaFreeParts.Key.of(spectrum, config), optimalSet(spectrum, config.parameters().beta(), config),
                gd, config.optimizeBeta() ? joint(spectrum, eps, budget) : null);
    }

    /**
     * The minimax set at this beta ({@link MomentumAnalysis#minimax}) and its simulation: the
     * worst exact count at {@code scanPoints} evenly spaced etas across it (the central eta alone
     * when it is a single point), the fewest and the most.
     */
    private static MomentumResult.OptimalSet optimalSet(LeastSquaresSpectrum spectrum, double beta, MomentumConfig config) {
        MomentumAnalysis.Minimax mm = MomentumAnalysis.minimax(spectrum, beta);
        boolean interval = mm.etaHigh() > mm.etaLow();
        int points = interval ? config.scanPoints() : 1;
        double[] etas = new double[points];
        List<IterationCount> counts = new ArrayList<>(points);
        double bestEta = mm.etaLow();
        IterationCount best = null;
        IterationCount worst = IterationCount.reached(0);
        for (int j = 0; j < points; j++) {
            etas[j] = points == 1 ? MomentumAnalysis.centralEta(spectrum, beta)
                    : mm.etaLow() + (mm.etaHigh() - mm.etaLow()) * j / (points - 1);
            IterationCount c = MomentumAnalysis.exactIterations(spectrum, MomentumParameters.ema(etas[j], beta),
                    config.eps(), config.maxIterations());
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

    /**
     * The searched joint optimum ({@link MomentumAnalysis#jointlyBest}) beside the classical
     * heavy-ball one ({@link MomentumAnalysis#classicalOptimum}, rate {@code (k-1)/(k+1)}), each
     * with its exact count.
     */
    private static MomentumResult.JointOptimum joint(LeastSquaresSpectrum spectrum, double eps, long budget) {
        MomentumParameters searched = MomentumAnalysis.jointlyBest(spectrum);
        MomentumParameters classical = MomentumAnalysis.classicalOptimum(spectrum);
        double k = spectrum.conditionNumber();
        double classicalRate = (k - 1) / (k + 1);
        return new MomentumResult.JointOptimum(searched.eta(), searched.beta(),
                MomentumAnalysis.worstRadius(spectrum, searched),
                MomentumAnalysis.exactIterations(spectrum, searched, eps, budget), classical.eta(), classical.beta(),
                classical.m(), classical.lr(), classicalRate, IterationCount.asymptotic(classicalRate, eps),
                MomentumAnalysis.exactIterations(spectrum, classical, eps, budget));
    }
}
