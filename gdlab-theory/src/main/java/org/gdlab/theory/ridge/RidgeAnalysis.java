package org.gdlab.theory.ridge;

import org.gdlab.core.matrix.MatrixF64;

/**
 * Everything {@code gdlab ridge} answers for one data set and lambda: both forms, the Bayesian view
 * and the regularization path around lambda.
 *
 * @param source where the data came from
 * @param solution both forms and the choice between them
 * @param posterior the posterior of {@code W ~ N(0, I)}, {@code Y = X W + sqrt(lambda) N}; null when
 *     {@code S_YY} is singular (lambda = 0 with rank X &lt; n)
 * @param posteriorMeanMinusPrimal the largest |posterior mean - primal solution|, NaN when either is missing
 * @param posteriorMeanMinusKernel the largest |posterior mean - kernel solution|, NaN when either is missing
 * @param pathLambdas the lambdas of the path, log-spaced from lambda/100 to 100 lambda (1e-3 to 1e3 for lambda = 0)
 * @param path ridge's solution at each of them
 */
public record RidgeAnalysis(String source, RidgeSolution solution, RidgePosterior posterior,
                            double posteriorMeanMinusPrimal, double posteriorMeanMinusKernel,
                            double[] pathLambdas, double[][] path) {
    /** How many lambdas the path has. */
    static final int PATH_POINTS = 41;

    /**
     * Analyses ridge on {@code data} at {@code lambda >= 0}.
     *
     * @param data the problem {@code X w ~ y}
     * @param lambda the regularization, {@code >= 0}
     * @return both forms, the posterior and the path
     * @throws IllegalArgumentException as {@link RidgeRegression#compare} does
     */
    public static RidgeAnalysis of(RegressionData data, double lambda) {
        MatrixF64 x = data.x();
        MatrixF64 y = data.y();
        RidgeSolution solution = RidgeRegression.compare(x, y, lambda);
        RidgePosterior posterior = RidgePosterior.of(x, y, lambda).orElse(null);
        double[] lambdas = lambda > 0 ? RidgeRegression.logGrid(lambda / 100, lambda * 100, PATH_POINTS)
                : RidgeRegression.logGrid(1e-3, 1e3, PATH_POINTS);
        return new RidgeAnalysis(data.source(), solution, posterior,
                maxAbsDifference(posterior == null ? null : posterior.mean(), solution.primal()),
                maxAbsDifference(posterior == null ? null : posterior.mean(), solution.kernel()),
                lambdas, RidgeRegression.path(x, y, lambdas));
    }

    private static double maxAbsDifference(double[] a, double[] b) {
        if (a == null || b == null) {
            return Double.NaN;
        }
        double max = 0;
        for (int j = 0; j < a.length; j++) {
            max = Math.max(max, Math.abs(a[j] - b[j]));
        }
        return max;
    }
}
