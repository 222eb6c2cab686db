package org.gdlab.theory.momentum;

import java.util.List;
import org.gdlab.theory.spectrum.IterationCount;
import org.gdlab.theory.spectrum.SpectrumSummary;

/**
 * The answers of docs/questions.md section 2 for one spectrum and one (eta, beta).
 *
 * @param spectrum the problem
 * @param config the parameters, eps, budget
 * @param heavyBallMomentum {@code m = 1 - beta}
 * @param heavyBallLearningRate {@code lr = eta beta}
 * @param symbolicMatrix R_i in symbols
 * @param coordinates one entry per singular value, largest first; for an answer of the drawn
 *     coordinates alone ({@link MomentumAnswers.Coordinates#SHOWN}), the entries of {@code curves.shown()}
 * @param limitingSigma {@code sigma_max}, which limits eta
 * @param largestStableEta {@code (2 - beta) / (beta sigma_max^2)} (exclusive)
 * @param stable whether eta is below it
 * @param slowestIndex the coordinate with the largest spectral radius at eta
 * @param rate the largest spectral radius at eta
 * @param asymptotic {@code ceil(ln eps / ln rate)}
 * @param exact the worst exact count over the coordinates at eta
 * @param optimal the set of eta minimizing the worst spectral radius, and its simulation
 * @param gd plain gradient descent at its best eta, for comparison
 * @param iterationRatio GD's best exact count over momentum's best exact count across the optimal set
 * @param joint the jointly best (eta, beta) against the classical heavy-ball optimum; null unless asked
 * @param curves spectral radius against eta
 * @param regimeMap the worst spectral radius over the (eta, beta) plane
 * @param trajectories x_t and a_t of shown coordinates, momentum beside GD
 */
public record MomentumResult(SpectrumSummary spectrum, MomentumConfig config, double heavyBallMomentum,
                             double heavyBallLearningRate, String symbolicMatrix, List<MomentumCoordinate> coordinates,
                             double limitingSigma, double largestStableEta, boolean stable, int slowestIndex, double rate,
                             IterationCount asymptotic, IterationCount exact, OptimalSet optimal, GdBest gd,
                             double iterationRatio, JointOptimum joint, RadiusCurves curves, RegimeMap regimeMap,
                             Trajectories trajectories) {

    /**
     * The etas that minimize the worst spectral radius at the given beta. With {@code m = 1 - beta}
     * the set is the interval {@code [(1-sqrt m)^2 / (2 beta sigma_min^2), (1+sqrt m)^2 / (2 beta sigma_max^2)]}
     * with rate {@code sqrt(m)} when it is not empty, else the single point
     * {@code eta* = (2 - beta) / (beta (sigma_max^2 + sigma_min^2))}.
     *
     * @param etaLow the left end
     * @param etaHigh the right end (equal to etaLow for a single point)
     * @param interval whether it is an interval of positive length
     * @param rate the worst spectral radius on the set
     * @param asymptotic {@code ceil(ln eps / ln rate)}
     * @param scanEta the simulated etas across the set
     * @param scanExact the worst exact count at each
     * @param bestEta the simulated eta with the fewest iterations
     * @param bestExact its count
     * @param worstExact the most iterations across the set
     */
    public record OptimalSet(double etaLow, double etaHigh, boolean interval, double rate, IterationCount asymptotic,
                             double[] scanEta, List<IterationCount> scanExact, double bestEta, IterationCount bestExact,
                             IterationCount worstExact) {
    }

    /**
     * Plain GD at {@code eta = 1/(sigma_max^2 + sigma_min^2)}.
     *
     * @param eta its learning rate
     * @param rate {@code (k^2 - 1)/(k^2 + 1)}
     * @param asymptotic {@code ceil(ln eps / ln rate)}
     * @param exact the count by running GD
     */
    public record GdBest(double eta, double rate, IterationCount asymptotic, IterationCount exact) {
    }

    /**
     * The jointly best (eta, beta), found by minimizing over beta the best worst-case radius, beside
     * the classical heavy-ball optimum {@code m = ((k-1)/(k+1))^2}, {@code lr = 4/(sqrt L + sqrt mu)^2}
     * with {@code L = 2 sigma_max^2}, {@code mu = 2 sigma_min^2}, rate {@code (k-1)/(k+1)}.
     *
     * @param eta the searched eta
     * @param beta the searched beta
     * @param rate its worst spectral radius
     * @param exact its exact count
     * @param classicalEta the classical optimum in the EMA form: {@code lr / beta}
     * @param classicalBeta {@code 1 - m}
     * @param classicalMomentum m
     * @param classicalLearningRate lr
     * @param classicalRate {@code (k-1)/(k+1)}
     * @param classicalAsymptotic {@code ceil(ln eps / ln classicalRate)}
     * @param classicalExact its exact count
     */
    public record JointOptimum(double eta, double beta, double rate, IterationCount exact, double classicalEta,
                               double classicalBeta, double classicalMomentum, double classicalLearningRate,
                               double classicalRate, IterationCount classicalAsymptotic, IterationCount classicalExact) {
    }

    /**
     * Spectral radius against eta (log-spaced).
     *
     * @param eta the sampled learning rates
     * @param shown the indices drawn
     * @param shownSigma2 their squared singular values
     * @param radius {@code radius[k][j]} for {@code shown[k]} at {@code eta[j]}
     * @param worst the maximum over every coordinate (attained at sigma_max or sigma_min)
     */
    public record RadiusCurves(double[] eta, int[] shown, double[] shownSigma2, double[][] radius, double[] worst) {
    }

    /**
     * The worst spectral radius over the spectrum on an (eta, beta) grid; values >= 1 are unstable.
     *
     * @param eta the grid's learning rates (log-spaced)
     * @param beta the grid's betas
     * @param worstRadius {@code worstRadius[b][e]} at {@code beta[b]}, {@code eta[e]}
     * @param log10Iterations {@code log10(ln eps / ln worstRadius)}, the asymptotic iterations to eps
     *     on a log scale; NaN where unstable (radius >= 1)
     * @param largestRegime {@code largestRegime[b][e]}: the regime of {@code R} at sigma_max on the cell
     * @param smallestRegime the same at sigma_min
     * @param boundaries the curves that bound the regimes, on a finer grid of betas
     */
    public record RegimeMap(double[] eta, double[] beta, double[][] worstRadius, double[][] log10Iterations,
                            Regime[][] largestRegime, Regime[][] smallestRegime, RegimeBoundaries boundaries) {
    }

    /**
     * The boundaries of the regime map as curves {@code eta(beta)} ({@link MomentumMatrix}'s closed
     * forms), each at every {@code beta}: the stability edge {@code (2 - beta)/(beta sigma_max^2)} and,
     * for sigma_max and sigma_min, the two etas of repeated eigenvalues
     * {@code (1 -+ sqrt(1 - beta))^2 / (2 beta sigma^2)}, between which the eigenvalues are complex.
     *
     * @param beta the betas, from half the map's first beta to 1
     * @param stabilityEdge the largest stable eta at each beta (exclusive)
     * @param largestRepeatedLow the smaller repeated-root eta of sigma_max
     * @param largestRepeatedHigh the larger repeated-root eta of sigma_max
     * @param smallestRepeatedLow the smaller repeated-root eta of sigma_min; empty when sigma_min = sigma_max
     * @param smallestRepeatedHigh the larger repeated-root eta of sigma_min; empty when sigma_min = sigma_max
     */
    public record RegimeBoundaries(double[] beta, double[] stabilityEdge, double[] largestRepeatedLow,
                                   double[] largestRepeatedHigh, double[] smallestRepeatedLow,
                                   double[] smallestRepeatedHigh) {
    }

    /**
     * Trajectories from {@code w_0 = 0}: momentum at the chosen (eta, beta) beside GD at its best eta.
     *
     * @param shown the indices drawn
     * @param shownSigma2 their squared singular values
     * @param momentumX {@code x_t = w_t - w*} under momentum
     * @param momentumA {@code a_t = z_t} under momentum
     * @param gdEta GD's learning rate
     * @param gdX {@code x_t} under GD
     * @param gdGradient {@code g_t} under GD (GD's a_t: beta = 1)
     */
    public record Trajectories(int[] shown, double[] shownSigma2, double[][] momentumX, double[][] momentumA,
                               double gdEta, double[][] gdX, double[][] gdGradient) {
    }
}
