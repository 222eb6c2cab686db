package org.gdlab.theory.noise;

/**
 * SGD with input noise on {@code X w ~ y} against ridge and least squares.
 *
 * @param config what was run
 * @param m rows of X
 * @param d columns of X
 * @param lambda {@code sigma^2}, the ridge regularization in the (1/m) form
 * @param lambdaUnnormalized {@code m sigma^2}
 * @param ridge the ridge solution {@code (X^T X + m sigma^2 I)^{-1} X^T y}
 * @param leastSquares the minimum-norm least-squares solution
 * @param maxEtaMean {@code 2 / (s_max^2 / m + sigma^2)}: E[w_t] converges for {@code 0 < eta <} this
 * @param meanConverges whether eta is below it
 * @param predictedMean E[w_T] from the mean recurrence
 * @param empiricalMean the mean of w_T over the trials (at the last finite step)
 * @param distanceToRidge {@code ||mean_t - w_ridge||} for t = 0 .. the last finite step
 * @param distanceToLeastSquares {@code ||mean_t - w_ls||}
 * @param predictedDistanceToRidge {@code ||E[w_t] - w_ridge||} from the recurrence, t = 0..steps
 * @param standardError {@code sqrt(sum_j Var[w_t,j] / trials)}: the Monte Carlo error of the mean, per step
 * @param divergedAtStep the first step where some trial was not finite or the trials' spread blew up, or null
 * @param divergence why it diverged: {@link NoisySgd#SPREAD}, {@link NoisySgd#OVERFLOW}, or empty
 */
public record VectorNoiseResult(VectorNoiseConfig config, int m, int d, double lambda, double lambdaUnnormalized,
                                double[] ridge, double[] leastSquares, double maxEtaMean, boolean meanConverges,
                                double[] predictedMean, double[] empiricalMean, double[] distanceToRidge,
                                double[] distanceToLeastSquares, double[] predictedDistanceToRidge,
                                double[] standardError, Integer divergedAtStep, String divergence) {
    /**
     * Whether the mean's recurrence converges while the simulated SGD diverged: the mean alone misleads.
     *
     * @return whether the mean converges but the simulation diverged
     */
    public boolean meanAndSpreadDisagree() {
        return meanConverges && divergedAtStep != null;
    }
}
