package org.gdlab.lab.suite;

import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.theory.gd.GdConfig;
import org.gdlab.theory.gd.GdResult;
import org.gdlab.theory.gd.GradientDescentAnalysis;
import org.gdlab.theory.momentum.MomentumAnalysis;
import org.gdlab.theory.momentum.MomentumAnswers;
import org.gdlab.theory.momentum.MomentumConfig;
import org.gdlab.theory.momentum.MomentumForm;
import org.gdlab.theory.momentum.MomentumParameters;
import org.gdlab.theory.momentum.MomentumResult;
import org.gdlab.theory.noise.NoiseIdentity;
import org.gdlab.theory.noise.NoisySgd;
import org.gdlab.theory.noise.ScalarNoiseConfig;
import org.gdlab.theory.noise.ScalarNoiseResult;
import org.gdlab.theory.noise.ScalarNoisyGd;
import org.gdlab.theory.noise.VectorNoiseConfig;
import org.gdlab.theory.noise.VectorNoiseResult;
import org.gdlab.theory.ridge.RegressionData;
import org.gdlab.theory.ridge.RidgeAnalysis;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;

/**
 * The theory commands' library calls on the mission's own numbers: {@code sigma^2 in {5, 0.05}},
 * {@code beta = 0.1}, "within 99.9%" ({@code eps = 1e-3}); the noise and ridge checks at the
 * commands' defaults.
 */
public final class TheorySteps {
    /** The mission's spectrum. */
    private static final double[] MISSION_SIGMA2 = {5, 0.05};
    /** The mission's beta. */
    public static final double MISSION_BETA = 0.1;
    /** "Within 99.9% of the solution". */
    public static final double EPS = 1e-3;
    /** The most iterations any count simulates. */
    public static final long MAX_ITERATIONS = 1_000_000;

    private TheorySteps() {
    }

    /**
     * The spectrum step's config.
     *
     * @param sigma2 the squared singular values
     * @param beta momentum's beta (unused by GD)
     * @param eps the tolerance
     * @param maxIterations the simulation budget
     */
    public record SpectrumConfig(double[] sigma2, double beta, double eps, long maxIterations) {
    }

    /**
     * The noise step's config.
     *
     * @param scalar the scalar case
     * @param rows rows of the generated problem of the vector case
     * @param cols its columns
     * @param vector the vector case
     */
    public record NoiseConfig(ScalarNoiseConfig scalar, int rows, int cols, VectorNoiseConfig vector) {
    }

    /**
     * The noise step's results.
     *
     * @param scalar GD with fresh noise on one point: recurrence of E[w_t], limit, Monte Carlo
     * @param identity the identity E||(X+N)w - y||^2 = ||Xw - y||^2 + m sigma^2 ||w||^2 checked at ridge's w
     * @param vector SGD over the rows with fresh noise against ridge and least squares
     */
    public record NoiseResult(ScalarNoiseResult scalar, NoiseIdentity.IdentityCheck identity, VectorNoiseResult vector) {
    }

    /**
     * The ridge step's config.
     *
     * @param rows rows n of the generated X
     * @param cols columns d
     * @param lambda the regularization
     * @param seed the generated data's seed
     */
    public record RidgeConfig(int rows, int cols, double lambda, long seed) {
    }

    /**
     * The mission's spectrum config.
     *
     * @return {@code sigma^2 in {5, 0.05}}, {@code beta = 0.1}, {@code eps = 1e-3} and at most {@value #MAX_ITERATIONS} iterations
     */
    public static SpectrumConfig spectrumConfig() {
        return new SpectrumConfig(MISSION_SIGMA2.clone(), MISSION_BETA, EPS, MAX_ITERATIONS);
    }

    /**
     * GD on the spectrum at its optimal eta.
     *
     * @param c the spectrum {@code sigma^2}, the tolerance {@code eps} and the iteration cap
     * @return GD's rates and iteration counts at the optimal {@code eta = 1 / (sigma_max^2 + sigma_min^2)}
     */
    public static GdResult gd(SpectrumConfig c) {
        LeastSquaresSpectrum spectrum = LeastSquaresSpectrum.ofSquaredSingularValues("sigma^2", c.sigma2());
        return GradientDescentAnalysis.analyze(spectrum,
                new GdConfig(GradientDescentAnalysis.optimalEta(spectrum), c.eps(), c.maxIterations()));
    }

    /**
     * Momentum (EMA form) on the spectrum at beta, at the eta minimizing the worst spectral radius, against GD.
     *
     * @param c the spectrum {@code sigma^2}, {@code beta}, the tolerance {@code eps} and the iteration cap
     * @return momentum's rates and iteration counts at {@code eta* = (2 - beta) / (beta (sigma_max^2 + sigma_min^2))}, beside GD's
     */
    public static MomentumResult momentum(SpectrumConfig c) {
        LeastSquaresSpectrum spectrum = LeastSquaresSpectrum.ofSquaredSingularValues("sigma^2", c.sigma2());
        MomentumParameters p = MomentumParameters.ema(MomentumAnalysis.centralEta(spectrum, c.beta()), c.beta());
        return MomentumAnswers.of(spectrum, new MomentumConfig(p, MomentumForm.EMA, c.eps(), c.maxIterations(), 101, false));
    }

    /**
     * {@code gdlab noise}'s defaults: x = 2, y = 3, sigma^2 = 0.5, eta = 0.1, 200 steps; a 20 x 5 problem; fewer trials when quick.
     *
     * @param quick whether to run 2000 Monte Carlo trials instead of 10000
     * @param seed the seed of the noise and of the generated problem
     * @return the scalar and vector noise configs
     */
    public static NoiseConfig noiseConfig(boolean quick, long seed) {
        int trials = quick ? 2000 : 10000;
        return new NoiseConfig(new ScalarNoiseConfig(2, 3, 0.5, 0.1, 200, trials, seed), 20, 5,
                new VectorNoiseConfig(0.5, 0.1, 200, trials, seed));
    }

    /**
     * The scalar and vector noise checks.
     *
     * @param c the scalar and vector noise configs and the size of the generated problem
     * @return the scalar recurrence against Monte Carlo, the noise identity at ridge's {@code w}, and noisy SGD against ridge
     */
    public static NoiseResult noise(NoiseConfig c) {
        ScalarNoiseResult scalar = ScalarNoisyGd.run(c.scalar());
        RegressionData data = RegressionData.generate(c.rows(), c.cols(), c.vector().seed());
        VectorNoiseResult vector = NoisySgd.run(data.x(), data.y(), c.vector());
        NoiseIdentity.IdentityCheck identity = NoiseIdentity.check(data.x(), data.y(), MatrixF64.column(vector.ridge()),
                c.vector().noiseVariance(), c.vector().trials(), c.vector().seed());
        return new NoiseResult(scalar, identity, vector);
    }

    /**
     * {@code gdlab ridge}'s defaults: a generated 10 x 40 problem (n &lt; d), lambda = 1.
     *
     * @param seed the generated data's seed
     * @return a 10 x 40 problem at {@code lambda = 1}
     */
    public static RidgeConfig ridgeConfig(long seed) {
        return new RidgeConfig(10, 40, 1.0, seed);
    }

    /**
     * Both forms of ridge and the posterior mean.
     *
     * @param c the problem's size, seed and {@code lambda}
     * @return ridge's primal and kernel solutions, the posterior mean and the regularization path around {@code lambda}
     */
    public static RidgeAnalysis ridge(RidgeConfig c) {
        return RidgeAnalysis.of(RegressionData.generate(c.rows(), c.cols(), c.seed()), c.lambda());
    }
}
