package org.gdlab.core.linalg;

import static org.bytedeco.openblas.global.openblas.LAPACK_ROW_MAJOR;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas;
import org.gdlab.core.matrix.MatrixF64;

/**
 * The eigendecomposition {@code A = Q diag(values) Q^T} of a symmetric matrix, by LAPACK's
 * divide-and-conquer {@code dsyevd}.
 *
 * @param values the eigenvalues in ascending order
 * @param vectors the orthonormal eigenvectors as columns, in the order of {@code values}
 */
public record SymmetricEigen(double[] values, MatrixF64 vectors) {

    /**
     * Decomposes a symmetric matrix; only its lower triangle is read.
     *
     * @param a read only; square
     * @return the eigenvalues, ascending, and the eigenvectors as columns
     * @throws IllegalArgumentException when {@code a} is not square or holds NaN or infinity
     * @throws ArithmeticException when LAPACK reports that the iteration did not converge
     */
    public static SymmetricEigen of(MatrixF64 a) {
        if (a.rows() != a.cols()) {
            throw new IllegalArgumentException("eigendecomposition needs a square matrix, got " + a.shape());
        }
        if (!a.allFinite()) {
            throw new IllegalArgumentException("eigendecomposition: the matrix holds NaN or infinity");
        }
        int n = a.rows();
        MatrixF64 q = a.copy();
        double[] w = new double[n];
        if (n == 0) {
            return new SymmetricEigen(w, q);
        }
        try (DoublePointer wp = new DoublePointer(n)) {
            int info = openblas.LAPACKE_dsyevd(LAPACK_ROW_MAJOR, (byte) 'V', (byte) 'L', n, q.pointer(), q.stride(), wp);
            if (info != 0) {
                throw new ArithmeticException("dsyevd did not converge (info = " + info + ")");
            }
            wp.get(w);
        }
        return new SymmetricEigen(w, q);
    }
}
