package org.gdlab.web.api;

import org.gdlab.theory.ridge.RegressionData;
import org.gdlab.theory.ridge.RidgeAnalysis;
import org.gdlab.theory.ridge.RidgeSolution;

/**
 * Panel 3: ridge regression in both forms and as a posterior (docs/questions.md section 4), on the
 * generated problem of {@code gdlab ridge} (defaults in brackets).
 *
 * @param rows n [10], at most {@link Bounds#MAX_RIDGE_SIZE}
 * @param cols d [40], at most {@link Bounds#MAX_RIDGE_SIZE}
 * @param seed the seed of the data [1]
 * @param lambda the regularization, >= 0 [1]
 */
public record RidgeRequest(Integer rows, Integer cols, Long seed, Double lambda) {

    /**
     * The answer: {@link RidgeAnalysis} without the n x n and d x d matrices of the posterior.
     *
     * @param source how the data was generated
     * @param solution both forms, their agreement and flop counts, the form chosen
     * @param posteriorMean {@code E[W | Y = y]}, or null when {@code S_YY} is singular
     * @param posteriorVariance the diagonal of {@code Cov[W | Y = y]}, or null likewise
     * @param posteriorMeanMinusPrimal the largest |posterior mean - primal|
     * @param posteriorMeanMinusKernel the largest |posterior mean - kernel|
     * @param pathLambdas the lambdas of the path
     * @param path the solution at each
     * @param seconds the server's time
     */
    public record Answer(String source, RidgeSolution solution, double[] posteriorMean, double[] posteriorVariance,
                         double posteriorMeanMinusPrimal, double posteriorMeanMinusKernel, double[] pathLambdas,
                         double[][] path, double seconds) {
    }

    /**
     * Generates the data, validates lambda through {@link RidgeAnalysis} and answers.
     *
     * @return ridge's solution at lambda, the posterior beside it, and the path over lambda
     */
    public Answer answer() {
        long start = System.nanoTime();
        int n = (int) Bounds.atMost("rows", rows == null ? 10 : rows, Bounds.MAX_RIDGE_SIZE);
        int d = (int) Bounds.atMost("cols", cols == null ? 40 : cols, Bounds.MAX_RIDGE_SIZE);
        RidgeAnalysis a = RidgeAnalysis.of(RegressionData.generate(n, d, seed == null ? 1 : seed), lambda == null ? 1 : lambda);
        double[] variance = null;
        if (a.posterior() != null) {
            double[][] c = a.posterior().covariance();
            variance = new double[c.length];
            for (int j = 0; j < c.length; j++) {
                variance[j] = c[j][j];
            }
        }
        return new Answer(a.source(), a.solution(), a.posterior() == null ? null : a.posterior().mean(), variance,
                a.posteriorMeanMinusPrimal(), a.posteriorMeanMinusKernel(), a.pathLambdas(), a.path(),
                (System.nanoTime() - start) / 1e9);
    }
}
