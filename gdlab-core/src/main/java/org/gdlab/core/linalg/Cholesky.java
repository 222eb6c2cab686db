package org.gdlab.core.linalg;

import static org.bytedeco.openblas.global.openblas.LAPACK_ROW_MAJOR;

import java.util.Optional;
import org.bytedeco.openblas.global.openblas;
import org.gdlab.core.matrix.MatrixF64;

/**
 * The Cholesky factor {@code A = L L^T} of a symmetric positive definite matrix (LAPACK
 * {@code dpotrf}) and solves with it ({@code dpotrs}). A matrix that is not positive definite
 * is an outcome, not an error: {@link #factor(MatrixF64)} returns an empty optional.
 */
public final class Cholesky {
    private final MatrixF64 factor;

    private Cholesky(MatrixF64 factor) {
        this.factor = factor;
    }

    /**
     * Factors a symmetric matrix (its lower triangle is read).
     *
     * @param a read only; square
     * @return the factorization, or empty when {@code a} is not positive definite
     * @throws IllegalArgumentException when {@code a} is not square or holds NaN or infinity
     */
    public static Optional<Cholesky> factor(MatrixF64 a) {
        if (a.rows() != a.cols()) {
            throw new IllegalArgumentException("Cholesky needs a square matrix, got " + a.shape());
        }
        if (!a.allFinite()) {
            throw new IllegalArgumentException("Cholesky: the matrix holds NaN or infinity");
        }
        MatrixF64 l = a.copy();
        if (a.rows() > 0) {
            int info = openblas.LAPACKE_dpotrf(LAPACK_ROW_MAJOR, (byte) 'L', l.rows(), l.pointer(), l.stride());
            if (info > 0) {
                return Optional.empty();
            }
            if (info < 0) {
                throw new IllegalStateException("dpotrf rejected argument " + (-info));
            }
        }
        for (int i = 0; i < l.rows(); i++) {
            for (int j = i + 1; j < l.cols(); j++) {
                l.set(i, j, 0);
            }
        }
        return Optional.of(new Cholesky(l));
    }

    /**
     * The lower-triangular factor L (a copy).
     *
     * @return {@code L}, {@code n x n} lower triangular, with {@code A = L L^T}
     */
    public MatrixF64 lower() {
        return factor.copy();
    }

    /**
     * Solves {@code A X = B}.
     *
     * @param b read only; as many rows as A
     * @return a new matrix X of B's shape
     */
    public MatrixF64 solve(MatrixF64 b) {
        if (b.rows() != factor.rows()) {
            throw new IllegalArgumentException("Cholesky solve: A is " + factor.shape() + " but B is " + b.shape());
        }
        MatrixF64 x = b.copy();
        if (x.size() > 0) {
            int info = openblas.LAPACKE_dpotrs(LAPACK_ROW_MAJOR, (byte) 'L', factor.rows(), x.cols(),
                    factor.pointer(), factor.stride(), x.pointer(), x.stride());
            if (info != 0) {
                throw new IllegalStateException("dpotrs rejected argument " + (-info));
            }
        }
        return x;
    }
}
