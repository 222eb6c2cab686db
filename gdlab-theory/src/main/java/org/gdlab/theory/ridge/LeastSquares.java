package org.gdlab.theory.ridge;

import org.gdlab.core.linalg.SingularValueDecomposition;
import org.gdlab.core.matrix.MatrixF64;

/**
 * The minimum-norm least-squares solution {@code w = V S^+ U^T y} of {@code X w ~ y}, from the thin
 * SVD {@code X = U S V^T}; singular values at or below the rank tolerance count as zero.
 */
public final class LeastSquares {
    private LeastSquares() {
    }

    /**
     * The numerical rank tolerance for the singular values of an {@code n x d} matrix whose largest
     * singular value is {@code sMax}: {@code max(n, d) * eps * sMax} (the rule of LAPACK and numpy).
     *
     * @param n rows of the matrix
     * @param d columns of the matrix
     * @param sMax its largest singular value, {@code >= 0}
     * @return the tolerance; singular values at or below it count as zero
     */
    public static double rankTolerance(int n, int d, double sMax) {
        return Math.max(n, d) * Math.ulp(1.0) * sMax;
    }

    /**
     * The numerical rank of {@code x}: the number of singular values above {@link #rankTolerance}.
     *
     * @param x read only, {@code n x d}
     * @return the numerical rank, in {@code [0, min(n, d)]}
     */
    public static int rank(MatrixF64 x) {
        return rank(SingularValueDecomposition.singularValues(x), x.rows(), x.cols());
    }

    /**
     * The numerical rank of an {@code n x d} matrix from its singular values: how many of them lie
     * above {@link #rankTolerance}.
     *
     * @param s the singular values, descending, read only
     * @param n rows of the matrix
     * @param d columns of the matrix
     * @return the numerical rank
     */
    public static int rank(double[] s, int n, int d) {
        double tolerance = s.length == 0 ? 0 : rankTolerance(n, d, s[0]);
        int rank = 0;
        while (rank < s.length && s[rank] > tolerance) {
            rank++;
        }
        return rank;
    }

    /**
     * The least-squares solution of smallest norm.
     *
     * @param x read only; {@code n x d}
     * @param y read only; {@code n x 1}
     * @return a new {@code d x 1} column
     */
    public static MatrixF64 minimumNorm(MatrixF64 x, MatrixF64 y) {
        RidgeRegression.requireCompatible(x, y);
        SingularValueDecomposition svd = SingularValueDecomposition.of(x);
        double[] s = svd.singularValues();
        int rank = rank(s, x.rows(), x.cols());
        MatrixF64 w = MatrixF64.zeros(x.cols(), 1);
        for (int k = 0; k < rank; k++) {
            double coefficient = 0;
            for (int i = 0; i < x.rows(); i++) {
                coefficient += svd.u().get(i, k) * y.get(i, 0);
            }
            coefficient /= s[k];
            for (int j = 0; j < x.cols(); j++) {
                w.set(j, 0, w.get(j, 0) + coefficient * svd.vt().get(k, j));
            }
        }
        return w;
    }
}
