package org.gdlab.theory.ridge;

import java.util.Optional;
import org.gdlab.core.linalg.Blas;
import org.gdlab.core.linalg.Cholesky;
import org.gdlab.core.matrix.MatrixF64;

/**
 * Ridge as Bayesian inference. With the prior {@code W ~ N(0, I_d)} and the observation
 * {@code Y = X W + sqrt(lambda) N}, {@code N ~ N(0, I_n)}, the pair {@code (W, Y)} is jointly
 * Gaussian with
 * <pre>
 *   S_WW = I_d,   S_YY = X X^T + lambda I_n,   S_WY = Cov(W, Y) = E[W (X W)^T] = X^T
 * </pre>
 * and conditioning gives the posterior
 * <pre>
 *   E[W | Y = y]   = S_WY S_YY^{-1} y            (the kernel form of ridge)
 *   Cov[W | Y = y] = S_WW - S_WY S_YY^{-1} S_WY^T = I - X^T (X X^T + lambda I)^{-1} X
 * </pre>
 * which by the Woodbury identity equals {@code lambda (X^T X + lambda I)^{-1}}.
 *
 * @param sYY {@code X X^T + lambda I}, n x n
 * @param sWY {@code X^T}, d x n
 * @param mean the posterior mean, length d
 * @param covariance the posterior covariance, d x d
 */
public record RidgePosterior(double[][] sYY, double[][] sWY, double[] mean, double[][] covariance) {

    /**
     * The posterior for the data {@code (x, y)}.
     *
     * @param x read only; {@code n x d}
     * @param y read only; {@code n x 1}
     * @param lambda the noise variance of the observation, {@code >= 0}
     * @return the posterior, or empty when {@code S_YY} is singular (lambda = 0 and rank X &lt; n)
     */
    public static Optional<RidgePosterior> of(MatrixF64 x, MatrixF64 y, double lambda) {
        RidgeRegression.requireCompatible(x, y);
        MatrixF64 sYY = RidgeRegression.gramPlusRidge(x, false, lambda);
        MatrixF64 sWY = x.transpose();
        if (lambda == 0 && LeastSquares.rank(x) < x.rows()) {
            return Optional.empty();
        }
        return Cholesky.factor(sYY).map(c -> {
            MatrixF64 mean = Blas.multiply(sWY, c.solve(y));
            MatrixF64 covariance = MatrixF64.identity(x.cols());
            Blas.gemm(-1.0, sWY, false, c.solve(x), false, 1.0, covariance);
            return new RidgePosterior(sYY.toDoubleRows(), sWY.toDoubleRows(), mean.toDoubleArray(), covariance.toDoubleRows());
        });
    }
}
