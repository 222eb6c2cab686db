package org.gdlab.core.linalg;

import static org.bytedeco.openblas.global.openblas.LAPACK_ROW_MAJOR;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas;
import org.gdlab.core.matrix.MatrixF64;

/**
 * The thin singular value decomposition {@code A = U diag(s) V^T} of an {@code m x n} matrix,
 * with {@code r = min(m, n)}, by LAPACK's divide-and-conquer {@code dgesdd}.
 *
 * @param u {@code m x r}, orthonormal columns
 * @param singularValues length r, descending, >= 0
 * @param vt {@code r x n}, orthonormal rows
 */
public record SingularValueDecomposition(MatrixF64 u, double[] singularValues, MatrixF64 vt) {

    /**
     * Decomposes {@code a}.
     *
     * @param a read only
     * @return {@code U}, the singular values and {@code V^T}
     * @throws IllegalArgumentException when {@code a} holds NaN or infinity
     * @throws ArithmeticException when LAPACK reports that the iteration did not converge
     */
    public static SingularValueDecomposition of(MatrixF64 a) {
        return compute(a, true);
    }

    /**
     * The singular values of {@code a} alone, descending (cheaper: no vectors are formed).
     *
     * @param a read only, {@code m x n}
     * @return the {@code min(m, n)} singular values, descending, {@code >= 0}
     */
    public static double[] singularValues(MatrixF64 a) {
        return compute(a, false).singularValues();
    }

    private static SingularValueDecomposition compute(MatrixF64 a, boolean vectors) {
        if (!a.allFinite()) {
            throw new IllegalArgumentException("SVD: the matrix holds NaN or infinity");
        }
        int m = a.rows();
        int n = a.cols();
        int r = Math.min(m, n);
        MatrixF64 work = a.copy();
        MatrixF64 u = MatrixF64.zeros(m, vectors ? r : 0);
        MatrixF64 vt = MatrixF64.zeros(vectors ? r : 0, n);
        double[] s = new double[r];
        if (r == 0) {
            return new SingularValueDecomposition(u, s, vt);
        }
        try (DoublePointer sp = new DoublePointer(r)) {
            int info = openblas.LAPACKE_dgesdd(LAPACK_ROW_MAJOR, (byte) (vectors ? 'S' : 'N'), m, n,
                    work.pointer(), work.stride(), sp, u.pointer(), Math.max(1, u.stride()),
                    vt.pointer(), Math.max(1, vt.stride()));
            if (info != 0) {
                throw new ArithmeticException("dgesdd did not converge (info = " + info + ")");
            }
            sp.get(s);
        }
        return new SingularValueDecomposition(u, s, vt);
    }
}
