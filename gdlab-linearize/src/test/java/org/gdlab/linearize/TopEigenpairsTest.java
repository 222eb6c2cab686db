package org.gdlab.linearize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.linalg.Blas;
import org.gdlab.core.linalg.SymmetricEigen;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.junit.jupiter.api.Test;

class TopEigenpairsTest {

    @Test
    void matchesTheFullEigendecomposition() {
        int n = 120;
        MatrixF64 x = MatrixF64.zeros(n, 40);
        new RandomStream(3).fillNormal(x, 0, 1);
        MatrixF64 a = Blas.multiply(x, false, x, true);
        SymmetricEigen full = SymmetricEigen.of(a);
        TopEigenpairs top = TopEigenpairs.of(a, 7);
        double scale = full.values()[n - 1];
        for (int i = 0; i < n; i++) {
            assertEquals(full.values()[n - 1 - i], top.values()[i], 1e-12 * scale, "eigenvalue " + i);
        }
        for (int c = 0; c < 7; c++) {
            double[] expected = full.vectors().columnArray(n - 1 - c);
            double[] got = top.vectors().columnArray(c);
            double dot = 0;
            for (int i = 0; i < n; i++) {
                dot += expected[i] * got[i];
            }
            assertEquals(1, Math.abs(dot), 1e-10, "vector " + c + " is the same up to sign");
            // A v = lambda v
            MatrixF64 v = MatrixF64.column(got);
            MatrixF64 av = Blas.multiply(a, v);
            for (int i = 0; i < n; i++) {
                assertEquals(top.values()[c] * got[i], av.get(i, 0), 1e-10 * scale);
            }
        }
    }

    @Test
    void zeroVectorsGivesEveryValue() {
        MatrixF64 a = MatrixF64.of(2, 2, 2, 1, 1, 2);
        TopEigenpairs top = TopEigenpairs.of(a, 0);
        assertEquals(3, top.values()[0], 1e-14);
        assertEquals(1, top.values()[1], 1e-14);
        assertEquals(0, top.vectors().cols());
    }

    @Test
    void badInputIsNamed() {
        MatrixF64 a = MatrixF64.of(2, 2, 2, 1, 1, Double.NaN);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TopEigenpairs.of(a, 1)).getMessage()
                .contains("NaN"));
        assertEquals("eigenvectors = 3 is not allowed: must be in [0, 2]",
                assertThrows(IllegalArgumentException.class, () -> TopEigenpairs.of(MatrixF64.identity(2), 3))
                        .getMessage());
    }
}
