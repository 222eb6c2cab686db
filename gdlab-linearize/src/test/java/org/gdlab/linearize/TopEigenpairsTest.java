package org.gdlab.linearize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
    void inPlaceGivesTheSameBitsAndUsesUpItsMatrix() {
        MatrixF64 x = MatrixF64.zeros(50, 20);
        new RandomStream(5).fillNormal(x, 0, 1);
        MatrixF64 a = Blas.multiply(x, false, x, true);
        MatrixF64 before = a.copy();
        TopEigenpairs copied = TopEigenpairs.of(a, 4);
        assertEquals(0, a.maxAbsDifference(before), "of leaves its matrix as it was");
        TopEigenpairs inPlace = TopEigenpairs.overwriting(a, 4);
        assertArrayEquals(copied.values(), inPlace.values());
        assertEquals(0, copied.vectors().maxAbsDifference(inPlace.vectors()));
        assertTrue(a.maxAbsDifference(before) > 0, "the matrix now holds the reduction");
        MatrixF64 wide = MatrixF64.zeros(3, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TopEigenpairs.overwriting(wide.block(0, 0, 3, 3), 1));
        assertEquals("eigendecomposition in place needs a contiguous matrix, got a view of 3x3 with row stride 4",
                e.getMessage());
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
