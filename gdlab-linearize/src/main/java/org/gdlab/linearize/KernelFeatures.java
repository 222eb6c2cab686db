package org.gdlab.linearize;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasLower;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;

import java.nio.DoubleBuffer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.gdlab.core.linalg.Blas;
import org.gdlab.core.matrix.MatrixF64;

/**
 * The kernel path: the singular values and principal features of {@code Phi} without forming it.
 *
 * <p>The features of input {@code x} are, per affine layer {@code l},
 * {@code df/dW_l = a_l(x)^T d_l(x)} and {@code df/db_l = d_l(x)} (see {@link JacobianFactors}),
 * so the kernel {@code K(x, x') = phi(x) . phi(x')} is
 * <pre>
 *   K(x, x') = sum_l (a_l(x) . a_l(x') + 1) (d_l(x) . d_l(x'))
 *   K        = sum_l (A_l A_l^T + 1) o (D_l D_l^T)        (o: elementwise product)
 * </pre>
 * With {@code K = Phi Phi^T = U S^2 U^T} (eigendecomposition), the singular values are
 * {@code s = sqrt(eigenvalues)} (every one, see {@link TopEigenpairs}), the left singular vectors are {@code U}, and since
 * {@code v_k = Phi^T u_k / s_k} the principal features on a grid are
 * {@code psi_k(grid) = Phi(grid) v_k = K(grid, train) u_k / s_k}.
 *
 * <p>Cost for {@code n} inputs and widths {@code w}: two rank-{@code w} symmetric updates
 * ({@code dsyrk}, {@code n^2 w} multiply-adds each) per layer, one {@code n x n} symmetric
 * eigendecomposition, and for a grid of {@code m} points two {@code m x n x w} GEMMs per layer.
 * Memory: three {@code n x n} float64 matrices and the factors; never {@code n x P}.
 */
public final class KernelFeatures {
    /** The most inputs a kernel is formed for: each {@code n x n} float64 matrix is then 800 MB. */
    public static final int MAX_INPUTS = 10_000;

    private KernelFeatures() {
    }

    /**
     * The full symmetric kernel {@code K = Phi Phi^T} of the inputs the factors were taken at.
     *
     * @param f the factors at the {@code n} inputs
     * @return a new {@code n x n} matrix
     */
    public static MatrixF64 kernel(JacobianFactors f) {
        int n = f.size();
        MatrixF64 k = MatrixF64.zeros(n, n);
        MatrixF64 aat = MatrixF64.zeros(n, n);
        MatrixF64 ddt = MatrixF64.zeros(n, n);
        for (int l = 0; l < f.depth(); l++) {
            lowerGram(f.a().get(l), aat);
            lowerGram(f.d().get(l), ddt);
            DoubleBuffer kb = k.buffer();
            DoubleBuffer ab = aat.buffer();
            DoubleBuffer db = ddt.buffer();
            for (int i = 0; i < n; i++) {
                int row = i * n;
                for (int j = 0; j <= i; j++) {
                    int at = row + j;
                    kb.put(at, kb.get(at) + (ab.get(at) + 1) * db.get(at));
                }
            }
        }
        DoubleBuffer kb = k.buffer();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                kb.put(i * n + j, kb.get(j * n + i));
            }
        }
        return k;
    }

    /**
     * The cross kernel {@code K(x_grid, x_train) = Phi(grid) Phi(train)^T}.
     *
     * @param grid the factors at the {@code m} grid inputs
     * @param train the factors at the {@code n} training inputs
     * @return a new {@code m x n} matrix
     */
    public static MatrixF64 crossKernel(JacobianFactors grid, JacobianFactors train) {
        if (grid.depth() != train.depth()) {
            throw new IllegalArgumentException("cross kernel: factors of " + grid.depth() + " and " + train.depth()
                    + " layers");
        }
        int m = grid.size();
        int n = train.size();
        MatrixF64 k = MatrixF64.zeros(m, n);
        MatrixF64 aat = MatrixF64.zeros(m, n);
        MatrixF64 ddt = MatrixF64.zeros(m, n);
        for (int l = 0; l < grid.depth(); l++) {
            Blas.gemm(1.0, grid.a().get(l), false, train.a().get(l), true, 0.0, aat);
            Blas.gemm(1.0, grid.d().get(l), false, train.d().get(l), true, 0.0, ddt);
            DoubleBuffer kb = k.buffer();
            DoubleBuffer ab = aat.buffer();
            DoubleBuffer db = ddt.buffer();
            long size = (long) m * n;
            for (int at = 0; at < size; at++) {
                kb.put(at, kb.get(at) + (ab.get(at) + 1) * db.get(at));
            }
        }
        return k;
    }

    /**
     * The singular values of {@code Phi(train)} and its top {@code k} principal features on the
     * grid, signed by the rule of {@link FeatureSpectrum}.
     *
     * @param train the factors at the training inputs
     * @param grid the factors at the grid inputs
     * @param k how many principal features (>= 1; fewer when the numerical rank is smaller)
     * @return the spectrum, or null when the kernel is not finite (the factors of an overflowed
     *     network can be finite while their products are not): a numerical outcome, not an error
     */
    public static FeatureSpectrum spectrum(JacobianFactors train, JacobianFactors grid, int k) {
        return spectrum(train, grid, k, true);
    }

    /**
     * The singular values of {@code Phi(train)} and its top {@code k} principal features at the
     * training inputs themselves, {@code psi_k(x_i) = s_k u_k,i} (no cross kernel is formed); null
     * when the kernel is not finite.
     *
     * @param train the factors at the {@code n} training inputs
     * @param k the number of principal features, {@code >= 1}
     * @return the spectrum with {@code m = n}, or null
     */
    public static FeatureSpectrum spectrum(JacobianFactors train, int k) {
        return spectrum(train, train, k, false);
    }

    private static FeatureSpectrum spectrum(JacobianFactors train, JacobianFactors grid, int k, boolean onGrid) {
        FeatureSpectrum.requireCount(k);
        int n = train.size();
        MatrixF64 kernel = kernel(train);
        if (!kernel.allFinite()) {
            return null;
        }
        TopEigenpairs eigen = TopEigenpairs.overwriting(kernel, Math.min(k, n));
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = Math.sqrt(Math.max(0, eigen.values()[i]));
        }
        int rank = FeatureSpectrum.numericalRank(s);
        int count = Math.min(k, rank);
        double[][] u = new double[count][];
        MatrixF64 scaledU = MatrixF64.zeros(n, count);
        for (int c = 0; c < count; c++) {
            u[c] = eigen.vectors().columnArray(c);
            FeatureSpectrum.applySignRule(u[c]);
            for (int i = 0; i < n; i++) {
                scaledU.set(i, c, u[c][i] / s[c]);
            }
        }
        double[][] features = new double[count][];
        if (onGrid) {
            MatrixF64 psi = Blas.multiply(crossKernel(grid, train), scaledU);
            for (int c = 0; c < count; c++) {
                features[c] = psi.columnArray(c);
            }
        } else {
            for (int c = 0; c < count; c++) {
                features[c] = new double[n];
                for (int i = 0; i < n; i++) {
                    features[c][i] = s[c] * u[c][i];
                }
            }
        }
        return new FeatureSpectrum(s, u, features, rank);
    }

    /** The lower triangle of {@code C <- X X^T} ({@code dsyrk}); the upper triangle is left as it was. */
    private static void lowerGram(MatrixF64 x, MatrixF64 c) {
        openblas_nolapack.cblas_dsyrk(CblasRowMajor, CblasLower, CblasNoTrans, x.rows(), x.cols(), 1.0,
                x.pointer(), x.stride(), 0.0, c.pointer(), c.stride());
    }
}
