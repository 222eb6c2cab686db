package org.gdlab.core.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.junit.jupiter.api.Test;

class BlasTest {

    /** The textbook triple loop, the oracle for GEMM. */
    static double[][] naiveProduct(DenseMatrix<?> a, boolean ta, DenseMatrix<?> b, boolean tb) {
        int m = ta ? a.cols() : a.rows();
        int k = ta ? a.rows() : a.cols();
        int n = tb ? b.rows() : b.cols();
        double[][] c = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += (ta ? a.getAsDouble(p, i) : a.getAsDouble(i, p)) * (tb ? b.getAsDouble(j, p) : b.getAsDouble(p, j));
                }
                c[i][j] = s;
            }
        }
        return c;
    }

    @Property(tries = 60)
    void gemmMatchesTheTripleLoopInBothPrecisionsAndAllTransposes(
            @ForAll @IntRange(min = 1, max = 17) int m, @ForAll @IntRange(min = 1, max = 17) int k,
            @ForAll @IntRange(min = 1, max = 17) int n, @ForAll boolean ta, @ForAll boolean tb,
            @ForAll @IntRange(min = 0, max = 1000) int seed) {
        RandomStream rng = new RandomStream(seed);
        MatrixF64 a = ta ? MatrixF64.zeros(k, m) : MatrixF64.zeros(m, k);
        MatrixF64 b = tb ? MatrixF64.zeros(n, k) : MatrixF64.zeros(k, n);
        rng.fillNormal(a, 0, 1);
        rng.fillNormal(b, 0, 1);
        MatrixF64 c = MatrixF64.zeros(m, n);
        rng.fillNormal(c, 0, 1);
        MatrixF64 c0 = c.copy();
        Blas.gemm(2.0, a, ta, b, tb, 0.5, c);
        double[][] expected = naiveProduct(a, ta, b, tb);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(2 * expected[i][j] + 0.5 * c0.get(i, j), c.get(i, j), 1e-12 * (1 + Math.abs(expected[i][j])) * k);
            }
        }
        MatrixF32 c32 = Blas.multiply(MatrixF32.copyOf(a), ta, MatrixF32.copyOf(b), tb);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(expected[i][j], c32.get(i, j), 1e-5 * k * (1 + Math.abs(expected[i][j])));
            }
        }
    }

    @Test
    void gemmReadsAndWritesBlockViewsInPlace() {
        RandomStream rng = new RandomStream(3);
        MatrixF64 big = MatrixF64.zeros(8, 9);
        rng.fillNormal(big, 0, 1);
        MatrixF64 a = big.block(1, 2, 3, 4);
        MatrixF64 b = big.block(4, 0, 4, 5);
        MatrixF64 out = MatrixF64.zeros(6, 7);
        MatrixF64 c = out.block(2, 1, 3, 5);
        Blas.gemm(1.0, a, false, b, false, 0.0, c);
        double[][] expected = naiveProduct(a, false, b, false);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 5; j++) {
                assertEquals(expected[i][j], out.get(2 + i, 1 + j), 1e-12);
            }
        }
        assertEquals(0, out.get(0, 0));
        assertEquals(0, out.get(2, 0));
        assertEquals(0, out.get(2, 6));
    }

    @Test
    void betaZeroIgnoresNanInTheOutput() {
        MatrixF64 c = MatrixF64.of(1, 1, Double.NaN);
        Blas.gemm(1.0, MatrixF64.of(1, 1, 2), false, MatrixF64.of(1, 1, 3), false, 0.0, c);
        assertEquals(6, c.get(0, 0));
    }

    @Test
    void emptyInnerDimensionScalesC() {
        MatrixF64 c = MatrixF64.of(1, 2, 1, 2);
        Blas.gemm(1.0, MatrixF64.zeros(1, 0), false, MatrixF64.zeros(0, 2), false, 3.0, c);
        assertEquals(6, c.get(0, 1));
    }

    @Test
    void shapeMismatchNamesAllShapes() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Blas.multiply(MatrixF64.zeros(2, 3), false, MatrixF64.zeros(2, 3), false));
        assertTrue(e.getMessage().contains("op(A) 2x3 times op(B) 2x3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Blas.gemm(1.0, MatrixF64.zeros(2, 3), false, MatrixF64.zeros(3, 4), false, 0, MatrixF64.zeros(2, 5)));
        assertTrue(e.getMessage().contains("does not fit C 2x5"), e.getMessage());
    }

    @Test
    void axpyOnContiguousAndStridedMatrices() {
        MatrixF64 x = MatrixF64.of(2, 2, 1, 2, 3, 4);
        MatrixF64 y = MatrixF64.of(2, 2, 10, 20, 30, 40);
        Blas.axpy(2.0, x, y);
        assertEquals(48, y.get(1, 1));
        MatrixF64 wide = MatrixF64.zeros(2, 4);
        Blas.axpy(-1.0, x, wide.block(0, 1, 2, 2));
        assertEquals(-4, wide.get(1, 2));
        assertEquals(0, wide.get(1, 3));
        MatrixF32 xf = MatrixF32.of(1, 3, 1, 2, 3);
        MatrixF32 yf = MatrixF32.zeros(1, 3);
        Blas.axpy(0.5f, xf, yf);
        assertEquals(1.5f, yf.get(0, 2));
    }

    @Test
    void threadCountComesFromTheEnvironment() {
        assertEquals(Runtime.getRuntime().availableProcessors(), Blas.threadsFromEnvironment(null));
        assertEquals(Runtime.getRuntime().availableProcessors(), Blas.threadsFromEnvironment(" "));
        assertEquals(3, Blas.threadsFromEnvironment("3"));
        var e = assertThrows(IllegalArgumentException.class, () -> Blas.threadsFromEnvironment("two"));
        assertTrue(e.getMessage().startsWith("GDLAB_THREADS = two is not allowed"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Blas.threadsFromEnvironment("0"));
    }

    @Test
    void setThreadsIsObserved() {
        int before = Blas.threads();
        try {
            Blas.setThreads(1);
            assertEquals(1, Blas.threads());
        } finally {
            Blas.setThreads(before);
        }
        assertThrows(IllegalArgumentException.class, () -> Blas.setThreads(0));
    }
}
