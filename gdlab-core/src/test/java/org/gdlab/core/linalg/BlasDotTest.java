package org.gdlab.core.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.matrix.MatrixF64;
import org.junit.jupiter.api.Test;

class BlasDotTest {
    @Test
    void dotIsTheSumOfProductsInBothPrecisions() {
        assertEquals(1 * 4 + 2 * 5 + 3 * 6 - 1, Blas.dot(MatrixF64.of(2, 2, 1, 2, 3, -1), MatrixF64.of(2, 2, 4, 5, 6, 1)), 0);
        MatrixF32 x = MatrixF32.of(1, 3, 1e-4f, 3f, 16777216f);
        assertEquals(1e-8 + 9 + 16777216.0 * 16777216.0, Blas.dot(x, x), 1e-3, "accumulated in float64");
        assertThrows(IllegalArgumentException.class, () -> Blas.dot(MatrixF64.zeros(2, 2), MatrixF64.zeros(1, 4)));
    }
}
