package org.gdlab.core.linalg;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;

import org.bytedeco.openblas.global.openblas_nolapack;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.validate.Check;

/**
 * The BLAS operations gdlab uses, on OpenBLAS through JavaCPP, reading matrices in place.
 *
 * <p>The thread count comes from the environment variable {@code GDLAB_THREADS} (a whole
 * number from 1 up) and defaults to every core the JVM sees; {@link #setThreads(int)} changes it.
 * An invalid {@code GDLAB_THREADS} does not stop the class from loading (it starts with every
 * core): {@link #threadsFromEnvironmentOr} reports it to whoever asks for the variable's value.
 */
public final class Blas {
    /** The environment variable that sets the BLAS thread count. */
    public static final String THREADS_VARIABLE = "GDLAB_THREADS";
    /**
     * The most threads gdlab asks of OpenBLAS: beyond the cores of any machine it runs on, and
     * within the thread table of the OpenBLAS build (which clamps larger requests silently).
     */
    public static final int MAX_THREADS = 256;

    static {
        int threads = Runtime.getRuntime().availableProcessors();
        try {
            threads = threadsFromEnvironment(System.getenv(THREADS_VARIABLE));
        } catch (IllegalArgumentException invalid) {
            // reported by threadsFromEnvironmentOr, which the commands call
        }
        setThreads(threads);
    }

    private Blas() {
    }

    /**
     * The thread count that {@code value} of {@code GDLAB_THREADS} asks for: all cores when
     * absent or blank, otherwise a whole number >= 1.
     */
    static int threadsFromEnvironment(String value) {
        if (value == null || value.isBlank()) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= MAX_THREADS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed values
        }
        throw new IllegalArgumentException(THREADS_VARIABLE + " = " + value
                + " is not allowed: must be a whole number in [1, " + MAX_THREADS + "] (or unset for all cores)");
    }

    /**
     * True when {@code GDLAB_THREADS} sets the thread count (to a valid value).
     *
     * @return whether {@code GDLAB_THREADS} holds a valid thread count
     */
    public static boolean threadsSetByEnvironment() {
        String value = System.getenv(THREADS_VARIABLE);
        return value != null && !value.isBlank();
    }

    /**
     * The thread count {@code GDLAB_THREADS} sets, or {@code otherwise} when it is unset.
     *
     * @param otherwise the count to use when {@code GDLAB_THREADS} is unset
     * @return the count {@code GDLAB_THREADS} gives, else {@code otherwise}
     * @throws IllegalArgumentException when it is set to anything but a whole number >= 1
     */
    public static int threadsFromEnvironmentOr(int otherwise) {
        return threadsSetByEnvironment() ? threadsFromEnvironment(System.getenv(THREADS_VARIABLE)) : otherwise;
    }

    /**
     * Requires a thread count in {@code [1, MAX_THREADS]}, naming the option {@code name} that gave it.
     *
     * @param name the option that gave the count, for the message
     * @param threads the thread count to check
     * @return threads
     */
    public static int requireThreads(String name, int threads) {
        return Check.inRange(name, threads, 1, MAX_THREADS);
    }

    /**
     * Sets the number of threads OpenBLAS uses, in {@code [1, MAX_THREADS]}.
     *
     * @param threads the thread count, in {@code [1, MAX_THREADS]}
     */
    public static void setThreads(int threads) {
        openblas_nolapack.blas_set_num_threads(requireThreads("threads", threads));
    }

    /**
     * The number of threads OpenBLAS uses.
     *
     * @return the current OpenBLAS thread count
     */
    public static int threads() {
        return openblas_nolapack.blas_get_num_threads();
    }

    /**
     * Which BLAS runs and how: library, version, threads and the OPENBLAS_CORETYPE override if set.
     *
     * @return one line describing the BLAS setup
     */
    public static String configuration() {
        String coreType = System.getenv("OPENBLAS_CORETYPE");
        return library() + ", threads=" + threads() + (coreType == null ? "" : ", OPENBLAS_CORETYPE=" + coreType);
    }

    /**
     * The library and its version, e.g. {@code OpenBLAS 0.3.31-1.5.13 (org.bytedeco)}.
     *
     * @return the library name and version
     */
    public static String library() {
        return "OpenBLAS " + org.bytedeco.openblas.global.openblas_nolapack.class.getPackage().getImplementationVersion()
                + " (org.bytedeco)";
    }

    /**
     * {@code C <- alpha op(A) op(B) + beta C}, where {@code op(X)} is {@code X^T} when the flag
     * says so. With {@code beta = 0}, C's old content is ignored (even NaN).
     *
     * @param alpha the factor of the product
     * @param a read only
     * @param transA whether {@code op(A) = A^T}
     * @param b read only
     * @param transB whether {@code op(B) = B^T}
     * @param beta the factor of C's old content
     * @param c modified; must not share storage with a or b
     * @throws IllegalArgumentException when the shapes do not fit, naming all three
     */
    public static void gemm(float alpha, MatrixF32 a, boolean transA, MatrixF32 b, boolean transB,
                            float beta, MatrixF32 c) {
        int k = checkGemmShapes(a, transA, b, transB, c);
        if (isEmptyProduct(k, beta, c)) {
            return;
        }
        openblas_nolapack.cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans,
                transB ? CblasTrans : CblasNoTrans, c.rows(), c.cols(), k,
                alpha, a.pointer(), a.stride(), b.pointer(), b.stride(), beta, c.pointer(), c.stride());
    }

    /**
     * The float64 form of {@link #gemm(float, MatrixF32, boolean, MatrixF32, boolean, float, MatrixF32)}.
     *
     * @param alpha the factor of the product
     * @param a read only
     * @param transA whether {@code op(A) = A^T}
     * @param b read only
     * @param transB whether {@code op(B) = B^T}
     * @param beta the factor of C's old content
     * @param c modified; must not share storage with a or b
     */
    public static void gemm(double alpha, MatrixF64 a, boolean transA, MatrixF64 b, boolean transB,
                            double beta, MatrixF64 c) {
        int k = checkGemmShapes(a, transA, b, transB, c);
        if (isEmptyProduct(k, beta, c)) {
            return;
        }
        openblas_nolapack.cblas_dgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans,
                transB ? CblasTrans : CblasNoTrans, c.rows(), c.cols(), k,
                alpha, a.pointer(), a.stride(), b.pointer(), b.stride(), beta, c.pointer(), c.stride());
    }

    /**
     * A new matrix {@code op(A) op(B)}.
     *
     * @param a read only
     * @param transA whether {@code op(A) = A^T}
     * @param b read only
     * @param transB whether {@code op(B) = B^T}
     * @return the product, {@code rows(op(A)) x cols(op(B))}
     */
    public static MatrixF64 multiply(MatrixF64 a, boolean transA, MatrixF64 b, boolean transB) {
        MatrixF64 c = MatrixF64.zeros(transA ? a.cols() : a.rows(), transB ? b.rows() : b.cols());
        gemm(1.0, a, transA, b, transB, 0.0, c);
        return c;
    }

    /**
     * A new matrix {@code A B}.
     *
     * @param a read only, {@code m x k}
     * @param b read only, {@code k x n}
     * @return the product, {@code m x n}
     */
    public static MatrixF64 multiply(MatrixF64 a, MatrixF64 b) {
        return multiply(a, false, b, false);
    }

    /**
     * A new matrix {@code op(A) op(B)} in float32.
     *
     * @param a read only
     * @param transA whether {@code op(A) = A^T}
     * @param b read only
     * @param transB whether {@code op(B) = B^T}
     * @return the product, {@code rows(op(A)) x cols(op(B))}
     */
    public static MatrixF32 multiply(MatrixF32 a, boolean transA, MatrixF32 b, boolean transB) {
        MatrixF32 c = MatrixF32.zeros(transA ? a.cols() : a.rows(), transB ? b.rows() : b.cols());
        gemm(1f, a, transA, b, transB, 0f, c);
        return c;
    }

    /**
     * {@code Y <- alpha X + Y} over matrices of the same shape.
     *
     * @param alpha the factor of X
     * @param x read only
     * @param y modified
     */
    public static void axpy(double alpha, MatrixF64 x, MatrixF64 y) {
        y.requireSameShape(x, "axpy");
        if (x.isContiguous() && y.isContiguous()) {
            openblas_nolapack.cblas_daxpy((int) x.size(), alpha, x.pointer(), 1, y.pointer(), 1);
            return;
        }
        for (int i = 0; i < x.rows(); i++) {
            openblas_nolapack.cblas_daxpy(x.cols(), alpha, x.row(i).pointer(), 1, y.row(i).pointer(), 1);
        }
    }

    /**
     * The float32 form of {@link #axpy(double, MatrixF64, MatrixF64)}.
     *
     * @param alpha the factor of X
     * @param x read only
     * @param y modified
     */
    public static void axpy(float alpha, MatrixF32 x, MatrixF32 y) {
        y.requireSameShape(x, "axpy");
        if (x.isContiguous() && y.isContiguous()) {
            openblas_nolapack.cblas_saxpy((int) x.size(), alpha, x.pointer(), 1, y.pointer(), 1);
            return;
        }
        for (int i = 0; i < x.rows(); i++) {
            openblas_nolapack.cblas_saxpy(x.cols(), alpha, x.row(i).pointer(), 1, y.row(i).pointer(), 1);
        }
    }

    /**
     * Handles a product that BLAS must not be called for: an empty C, or an empty inner
     * dimension, where {@code C <- beta C}. Returns true when it did.
     */
    private static boolean isEmptyProduct(int k, double beta, DenseMatrix<?> c) {
        if (c.size() == 0) {
            return true;
        }
        if (k == 0) {
            c.scaleInPlace(beta);
            return true;
        }
        return false;
    }

    /**
     * {@code sum_ij x_ij y_ij} over two contiguous matrices of the same shape (OpenBLAS ddot).
     *
     * @param x contiguous
     * @param y contiguous, of the shape of {@code x}
     * @return the Frobenius inner product of the two
     * @throws IllegalArgumentException when the shapes differ or a matrix is not contiguous
     */
    public static double dot(MatrixF64 x, MatrixF64 y) {
        requireDotShapes(x, y);
        return openblas_nolapack.cblas_ddot((int) x.size(), x.pointer(), 1, y.pointer(), 1);
    }

    /**
     * The float32 form of {@link #dot(MatrixF64, MatrixF64)}, accumulated in float64 (OpenBLAS dsdot).
     *
     * @param x contiguous
     * @param y contiguous, of the shape of {@code x}
     * @return the Frobenius inner product of the two, in float64
     */
    public static double dot(MatrixF32 x, MatrixF32 y) {
        requireDotShapes(x, y);
        return openblas_nolapack.cblas_dsdot((int) x.size(), x.pointer(), 1, y.pointer(), 1);
    }

    private static void requireDotShapes(DenseMatrix<?> x, DenseMatrix<?> y) {
        y.requireSameShape(x, "dot");
        if (!x.isContiguous() || !y.isContiguous()) {
            throw new IllegalArgumentException("dot: needs contiguous matrices (" + x.shape() + " with stride " + x.stride()
                    + ", " + y.shape() + " with stride " + y.stride() + ")");
        }
    }

    /** Checks that {@code op(A) op(B)} fits C and returns the inner dimension k. */
    private static int checkGemmShapes(DenseMatrix<?> a, boolean transA, DenseMatrix<?> b, boolean transB,
                                       DenseMatrix<?> c) {
        int m = transA ? a.cols() : a.rows();
        int k = transA ? a.rows() : a.cols();
        int kb = transB ? b.cols() : b.rows();
        int n = transB ? b.rows() : b.cols();
        if (k != kb || m != c.rows() || n != c.cols()) {
            throw new IllegalArgumentException("gemm: op(A) " + m + "x" + k + " times op(B) " + kb + "x" + n
                    + " does not fit C " + c.shape() + " (A " + a.shape() + (transA ? " transposed" : "")
                    + ", B " + b.shape() + (transB ? " transposed" : "") + ")");
        }
        return k;
    }
}
