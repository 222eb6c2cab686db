package org.gdlab.theory.ridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.matrix.MatrixF64;
import org.junit.jupiter.api.Test;

class RidgeRegressionTest {
    @Test
    void aScalarPointShrinksByXSquaredOverXSquaredPlusLambda() {
        RidgeSolution s = RidgeRegression.compare(MatrixF64.of(1, 1, 2), MatrixF64.column(3), 1.0);
        assertEquals(1.2, s.w()[0], 1e-15); // 2*3/(4+1)
        assertEquals(1.2, s.primal()[0], 1e-15);
        assertEquals(1.2, s.kernel()[0], 1e-15);
        assertEquals(0.0, s.maxDifference(), 1e-15);
    }

    @Test
    void knownTwoByTwoAnswer() {
        // X = [[1, 0], [1, 1]], lambda = 1: X^T X + I = [[3, 1], [1, 2]], X^T y for y = (1, 2) is (3, 2)
        // w = [[3, 1], [1, 2]]^{-1} (3, 2) = (1/5) [[2, -1], [-1, 3]] (3, 2) = (4/5, 3/5)
        RidgeSolution s = RidgeRegression.compare(MatrixF64.of(2, 2, 1, 0, 1, 1), MatrixF64.column(1, 2), 1.0);
        assertArrayEquals(new double[] {0.8, 0.6}, s.primal(), 1e-14);
        assertArrayEquals(new double[] {0.8, 0.6}, s.kernel(), 1e-14);
    }

    @Test
    void theCheaperFormIsChosenAndExplained() {
        MatrixF64 wide = MatrixF64.of(2, 4, 1, 2, 3, 4, 0, 1, 0, 1);
        RidgeSolution s = RidgeRegression.compare(wide, MatrixF64.column(1, 2), 0.5);
        assertEquals(RidgeForm.KERNEL, s.chosen());
        assertTrue(s.reason().startsWith("n = 2 < d = 4: the kernel form solves a 2 x 2 system"), s.reason());
        RidgeSolution tall = RidgeRegression.compare(wide.transpose(), MatrixF64.column(1, 2, 3, 4), 0.5);
        assertEquals(RidgeForm.PRIMAL, tall.chosen());
    }

    @Test
    void lambdaZeroOnAWideFullRankMatrixGivesTheMinimumNormSolutionByTheKernelForm() {
        MatrixF64 x = MatrixF64.of(1, 2, 3, 4);
        RidgeSolution s = RidgeRegression.compare(x, MatrixF64.column(5), 0.0);
        assertNull(s.primal());
        assertEquals(RidgeForm.KERNEL, s.chosen());
        assertTrue(Double.isNaN(s.maxDifference()));
        // min-norm solution of 3 a + 4 b = 5 is (3, 4) * 5 / 25
        assertArrayEquals(new double[] {0.6, 0.8}, s.w(), 1e-14);
        assertTrue(s.reason().startsWith("n = 1 < d = 2: the kernel form"), s.reason());
    }

    @Test
    void lambdaZeroWithARankDeficientMatrixIsAClearError() {
        MatrixF64 x = MatrixF64.of(3, 2, 1, 2, 2, 4, 3, 6);
        var e = assertThrows(IllegalArgumentException.class,
                () -> RidgeRegression.compare(x, MatrixF64.column(1, 2, 3), 0.0));
        assertEquals("lambda = 0.0 is not allowed: X (3x2) has rank 1 < min(n, d) = 2, so X^T X + lambda I and "
                + "X X^T + lambda I are both singular; use lambda > 0", e.getMessage());
    }

    @Test
    void mismatchedShapesNameBoth() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> RidgeRegression.compare(MatrixF64.zeros(4, 2), MatrixF64.column(1, 2, 3), 1.0));
        assertEquals("y is 3x1 but X is 4x2: y must be a column with one value per row of X (4x1)", e.getMessage());
    }

    @Test
    void negativeOrNaNLambdaIsRejected() {
        MatrixF64 x = MatrixF64.identity(2);
        MatrixF64 y = MatrixF64.column(1, 1);
        assertThrows(IllegalArgumentException.class, () -> RidgeRegression.compare(x, y, -0.1));
        assertThrows(IllegalArgumentException.class, () -> RidgeRegression.compare(x, y, Double.NaN));
    }

    @Test
    void leastSquaresMinimumNormAndRank() {
        MatrixF64 x = MatrixF64.of(3, 2, 1, 2, 2, 4, 3, 6);
        assertEquals(1, LeastSquares.rank(x));
        // y = x * (1, 2) direction: X (a, b) = (1, 2, 3) (a + 2b); min-norm fit of y = (1, 2, 3) is a + 2b = 1
        // with (a, b) parallel to (1, 2): (0.2, 0.4)
        assertArrayEquals(new double[] {0.2, 0.4}, LeastSquares.minimumNorm(x, MatrixF64.column(1, 2, 3)).toDoubleArray(), 1e-14);
    }
}
