package org.gdlab.nn.hessian;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.linalg.SymmetricEigen;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.gdlab.core.validate.Check;

/**
 * The Lanczos iteration with full reorthogonalization on a {@link SymmetricOperator} {@code A}:
 * from a start {@code q_1 = v / ||v||},
 * <pre>
 *   w = A q_j - beta_{j-1} q_{j-1};  alpha_j = q_j . w;  w -= alpha_j q_j;
 *   w -= sum_{i &lt;= j} (q_i . w) q_i   (twice: full reorthogonalization, classical Gram-Schmidt)
 *   beta_j = ||w||;  q_{j+1} = w / beta_j
 * </pre>
 * builds an orthonormal basis {@code Q_m} of the Krylov space and the tridiagonal
 * {@code T_m = Q_m^T A Q_m} ({@code alpha} on the diagonal, {@code beta} beside it). The
 * eigenvalues of {@code T_m} (LAPACK {@code dsyevd} through {@link SymmetricEigen}) are the Ritz
 * values; the extreme ones converge first to the extreme eigenvalues of {@code A}. A Ritz pair
 * {@code (theta_i, Q_m y_i)} has residual {@code ||A x - theta x|| = beta_m |y_{m,i}|}. The
 * iteration stops early when {@code beta_j <= 1e-12 max |alpha|} (an invariant subspace was
 * found: its Ritz values are eigenvalues).
 */
public final class Lanczos {
    private static final double BREAKDOWN = 1e-12;

    private Lanczos() {
    }

    /**
     * The outcome of {@code m} steps.
     *
     * @param values the Ritz values, descending
     * @param vectors the Ritz vectors {@code Q_m y_i} (unit length), in the order of {@code values}
     * @param residuals {@code beta_m |y_{m,i}|}, a bound on each pair's residual norm
     * @param firstComponents {@code y_{1,i}}: the component of each eigenvector of {@code T_m} along
     *     the start vector (their squares are the Gauss quadrature weights of stochastic Lanczos
     *     quadrature, summing to 1)
     * @param steps the steps taken (fewer than asked at breakdown)
     */
    public record Result(double[] values, double[][] vectors, double[] residuals, double[] firstComponents, int steps) {
    }

    /**
     * A start vector of {@code n} independent standard normal entries drawn from {@code stream}.
     *
     * @param n the vector's length, the operator's dimension
     * @param stream the source of the draws (advanced)
     * @return a new array of {@code n} draws of {@code N(0, 1)}
     */
    public static double[] randomStart(int n, RandomStream stream) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = stream.normal();
        }
        return v;
    }

    /**
     * Runs {@code steps} Lanczos steps from {@code start}.
     *
     * @param a the symmetric operator {@code A}, {@code n x n}
     * @param start read only; nonzero, length {@code a.dimension()}
     * @param steps in {@code [1, a.dimension()]}
     * @param ritzVectors how many Ritz vectors to form, the largest values first (0 for none)
     * @return the Ritz values, descending, with the requested Ritz vectors and their residual bounds
     * @throws IllegalArgumentException for a bad steps or start, or when a product is not finite
     */
    public static Result run(SymmetricOperator a, double[] start, int steps, int ritzVectors) {
        int n = a.dimension();
        Check.inRange("Lanczos steps", steps, 1, n);
        if (start.length != n) {
            throw new IllegalArgumentException("Lanczos: a start of " + start.length + " numbers for dimension " + n);
        }
        double norm = Math.sqrt(Vectors.dot(start, start));
        if (!(norm > 0) || !Double.isFinite(norm)) {
            throw Check.invalid("Lanczos start norm", norm, "must be positive and finite");
        }
        List<double[]> q = new ArrayList<>();
        double[] first = start.clone();
        Vectors.scale(1 / norm, first);
        q.add(first);
        double[] alpha = new double[steps];
        double[] beta = new double[steps];
        double[] w = new double[n];
        double largest = 0;
        int m = 0;
        while (m < steps) {
            double[] qj = q.get(m);
            a.apply(qj, w);
            if (m > 0) {
                Vectors.axpy(-beta[m - 1], q.get(m - 1), w);
            }
            alpha[m] = Vectors.dot(qj, w);
            if (!Double.isFinite(alpha[m])) {
                throw new IllegalArgumentException("Lanczos: the product at step " + (m + 1) + " is not finite");
            }
            Vectors.axpy(-alpha[m], qj, w);
            for (int pass = 0; pass < 2; pass++) {
                for (double[] qi : q) {
                    Vectors.axpy(-Vectors.dot(qi, w), qi, w);
                }
            }
            largest = Math.max(largest, Math.abs(alpha[m]));
            beta[m] = Math.sqrt(Vectors.dot(w, w));
            m++;
            if (m == steps || beta[m - 1] <= BREAKDOWN * largest) {
                break;
            }
            double[] next = w.clone();
            Vectors.scale(1 / beta[m - 1], next);
            q.add(next);
        }
        MatrixF64 t = MatrixF64.zeros(m, m);
        for (int j = 0; j < m; j++) {
            t.set(j, j, alpha[j]);
            if (j + 1 < m) {
                t.set(j + 1, j, beta[j]);
                t.set(j, j + 1, beta[j]);
            }
        }
        SymmetricEigen eig = SymmetricEigen.of(t);
        double[] values = new double[m];
        double[] residuals = new double[m];
        double[] firstComponents = new double[m];
        int kept = Math.min(ritzVectors, m);
        double[][] vectors = new double[kept][];
        for (int i = 0; i < m; i++) {
            int col = m - 1 - i;
            values[i] = eig.values()[col];
            residuals[i] = beta[m - 1] * Math.abs(eig.vectors().get(m - 1, col));
            firstComponents[i] = eig.vectors().get(0, col);
            if (i < kept) {
                double[] x = new double[n];
                for (int j = 0; j < m; j++) {
                    Vectors.axpy(eig.vectors().get(j, col), q.get(j), x);
                }
                vectors[i] = x;
            }
        }
        return new Result(values, vectors, residuals, firstComponents, m);
    }
}
