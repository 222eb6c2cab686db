package org.gdlab.core.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.junit.jupiter.api.Test;

class DecompositionTest {

    private static MatrixF64 random(int r, int c, long seed) {
        MatrixF64 m = MatrixF64.zeros(r, c);
        new RandomStream(seed).fillNormal(m, 0, 1);
        return m;
    }

    @Property(tries = 40)
    void symmetricEigenReconstructsTheMatrix(@ForAll @IntRange(min = 1, max = 30) int n, @ForAll @IntRange(min = 0, max = 999) int seed) {
        MatrixF64 b = random(n, n, seed);
        MatrixF64 a = Blas.multiply(b, false, b, true);
        SymmetricEigen eig = SymmetricEigen.of(a);
        MatrixF64 q = eig.vectors();
        MatrixF64 qd = q.copy();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                qd.set(i, j, q.get(i, j) * eig.values()[j]);
            }
        }
        double scale = a.frobeniusNorm();
        assertTrue(Blas.multiply(qd, false, q, true).maxAbsDifference(a) < 1e-11 * scale);
        assertTrue(Blas.multiply(q, true, q, false).maxAbsDifference(MatrixF64.identity(n)) < 1e-12);
        for (int i = 1; i < n; i++) {
            assertTrue(eig.values()[i - 1] <= eig.values()[i]);
        }
    }

    @Property(tries = 40)
    void svdReconstructsTheMatrix(@ForAll @IntRange(min = 1, max = 25) int m, @ForAll @IntRange(min = 1, max = 25) int n,
                                  @ForAll @IntRange(min = 0, max = 999) int seed) {
        MatrixF64 a = random(m, n, seed);
        SingularValueDecomposition svd = SingularValueDecomposition.of(a);
        int r = Math.min(m, n);
        assertEquals(r, svd.singularValues().length);
        MatrixF64 us = svd.u().copy();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < r; j++) {
                us.set(i, j, us.get(i, j) * svd.singularValues()[j]);
            }
        }
        assertTrue(Blas.multiply(us, svd.vt()).maxAbsDifference(a) < 1e-12 * (1 + a.frobeniusNorm()) * r);
        double[] s = SingularValueDecomposition.singularValues(a);
        for (int i = 0; i < r; i++) {
            assertEquals(svd.singularValues()[i], s[i], 1e-12 * (1 + s[0]));
            if (i > 0) {
                assertTrue(s[i - 1] >= s[i]);
            }
        }
    }

    @Test
    void knownSingularValues() {
        MatrixF64 a = MatrixF64.of(2, 2, 3, 0, 0, -4);
        double[] s = SingularValueDecomposition.singularValues(a);
        assertEquals(4, s[0], 1e-14);
        assertEquals(3, s[1], 1e-14);
    }

    @Test
    void choleskySolvesAPositiveDefiniteSystem() {
        MatrixF64 b = random(6, 6, 5);
        MatrixF64 a = Blas.multiply(b, true, b, false);
        for (int i = 0; i < 6; i++) {
            a.set(i, i, a.get(i, i) + 1);
        }
        MatrixF64 rhs = random(6, 2, 6);
        Cholesky chol = Cholesky.factor(a).orElseThrow();
        MatrixF64 x = chol.solve(rhs);
        assertTrue(Blas.multiply(a, x).maxAbsDifference(rhs) < 1e-12 * a.frobeniusNorm());
        MatrixF64 l = chol.lower();
        assertEquals(0, l.get(0, 5));
        assertTrue(Blas.multiply(l, false, l, true).maxAbsDifference(a) < 1e-12 * a.frobeniusNorm());
    }

    @Test
    void notPositiveDefiniteIsAnOutcome() {
        assertTrue(Cholesky.factor(MatrixF64.of(2, 2, 1, 2, 2, 1)).isEmpty());
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> SymmetricEigen.of(MatrixF64.zeros(2, 3)));
        assertThrows(IllegalArgumentException.class, () -> SingularValueDecomposition.of(MatrixF64.of(1, 2, 1, Double.NaN)));
        var e = assertThrows(IllegalArgumentException.class,
                () -> Cholesky.factor(MatrixF64.identity(2)).orElseThrow().solve(MatrixF64.zeros(3, 1)));
        assertTrue(e.getMessage().contains("2x2") && e.getMessage().contains("3x1"), e.getMessage());
    }
}
