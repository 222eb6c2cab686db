package org.gdlab.theory.noise;

import java.util.List;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.gdlab.core.validate.Check;
import org.gdlab.theory.ridge.RidgeRegression;

/**
 * The identity behind noise augmentation, for {@code X} of shape {@code m x d} and {@code N} with
 * independent {@code N(0, sigma^2)} entries:
 * <pre>
 *   E||(X + N) w - y||^2 = ||X w - y||^2 + m sigma^2 ||w||^2,
 * </pre>
 * so that minimizing the noisy loss in the {@code (1/m)} form is ridge with {@code lambda = sigma^2}
 * ({@code lambda = m sigma^2} in the unnormalized form {@code (X^T X + lambda I)^{-1} X^T y}).
 * {@link #check} estimates the left side by Monte Carlo over N.
 */
public final class NoiseIdentity {
    /** The derivation, one step a line, in the notation of docs/questions.md. */
    public static final List<String> DERIVATION = List.of(
            "(X + N) w - y = (X w - y) + N w",
            "E||(X w - y) + N w||^2 = ||X w - y||^2 + 2 (X w - y)^T E[N] w + E||N w||^2, and E[N] = 0",
            "(N w)_i = sum_j N_ij w_j ~ N(0, sigma^2 ||w||^2) for each of the m rows, so E||N w||^2 = m sigma^2 ||w||^2",
            "hence E||(X + N) w - y||^2 = ||X w - y||^2 + m sigma^2 ||w||^2",
            "divide by m: E (1/m)||(X + N) w - y||^2 = (1/m)||X w - y||^2 + sigma^2 ||w||^2, so lambda = sigma^2",
            "the minimizer is (X^T X + m sigma^2 I)^{-1} X^T y: ridge with lambda = m sigma^2 in the unnormalized form");

    private NoiseIdentity() {
    }

    /**
     * The identity evaluated at one w, exactly and by Monte Carlo.
     *
     * @param m rows of X
     * @param d columns of X
     * @param noiseVariance sigma^2
     * @param w the point where both sides are evaluated
     * @param residualSquared {@code ||X w - y||^2}
     * @param penalty {@code m sigma^2 ||w||^2}
     * @param exact their sum, the right side of the identity
     * @param monteCarloMean the mean of {@code ||(X + N) w - y||^2} over the trials
     * @param standardError the standard error of that mean
     * @param zScore {@code (monteCarloMean - exact) / standardError}
     * @param trials the number of draws of N
     * @param lambda {@code sigma^2}, the regularization in the (1/m) form
     * @param lambdaUnnormalized {@code m sigma^2}, the regularization in {@code ||X w - y||^2 + lambda ||w||^2}
     * @param derivation the steps of the derivation
     */
    public record IdentityCheck(int m, int d, double noiseVariance, double[] w, double residualSquared, double penalty,
                                double exact, double monteCarloMean, double standardError, double zScore, int trials,
                                double lambda, double lambdaUnnormalized, List<String> derivation) {
    }

    /**
     * Evaluates both sides at {@code w}; the Monte Carlo draws all {@code m x d} entries of N afresh
     * for every trial (cost: {@code trials * m * d} normal draws).
     *
     * @param x read only; {@code m x d}
     * @param y read only; {@code m x 1}
     * @param w read only; {@code d x 1}
     * @param noiseVariance {@code sigma^2 >= 0}
     * @param trials {@code >= 2}
     * @param seed the seed of the noise
     * @return both sides, their Monte Carlo error and the inputs
     */
    public static IdentityCheck check(MatrixF64 x, MatrixF64 y, MatrixF64 w, double noiseVariance, int trials, long seed) {
        RidgeRegression.requireCompatible(x, y);
        if (w.rows() != x.cols() || w.cols() != 1) {
            throw new IllegalArgumentException("w is " + w.shape() + " but X is " + x.shape() + ": w must be " + x.cols() + " x 1");
        }
        Check.nonNegative("noiseVariance", noiseVariance);
        Check.finite("noiseVariance", noiseVariance);
        Check.inRange("trials", trials, 2, Integer.MAX_VALUE);
        int m = x.rows();
        int d = x.cols();
        double[] wv = w.toDoubleArray();
        double[] residual = new double[m];
        double residualSquared = 0;
        double wNorm2 = 0;
        for (double wj : wv) {
            wNorm2 += wj * wj;
        }
        for (int i = 0; i < m; i++) {
            double r = -y.get(i, 0);
            for (int j = 0; j < d; j++) {
                r += x.get(i, j) * wv[j];
            }
            residual[i] = r;
            residualSquared += r * r;
        }
        double penalty = m * noiseVariance * wNorm2;
        RandomStream noise = new RandomStream(seed).split("identity-noise");
        double std = Math.sqrt(noiseVariance);
        double mean = 0;
        double squaredDeviations = 0; // Welford's running mean and sum of squared deviations
        for (int k = 0; k < trials; k++) {
            double loss = 0;
            for (int i = 0; i < m; i++) {
                double r = residual[i];
                for (int j = 0; j < d; j++) {
                    r += std * noise.normal() * wv[j];
                }
                loss += r * r;
            }
            double delta = loss - mean;
            mean += delta / (k + 1);
            squaredDeviations += delta * (loss - mean);
        }
        double se = Math.sqrt(squaredDeviations / (trials - 1) / trials);
        double exact = residualSquared + penalty;
        return new IdentityCheck(m, d, noiseVariance, wv, residualSquared, penalty, exact, mean, se,
                se > 0 ? (mean - exact) / se : 0, trials, noiseVariance, m * noiseVariance, DERIVATION);
    }
}
