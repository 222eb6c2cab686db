package org.gdlab.theory.spectrum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.matrix.MatrixF64;
import org.junit.jupiter.api.Test;

class LeastSquaresSpectrumTest {
    @Test
    void squaredValuesAreSortedDescendingWithUnitSolutions() {
        LeastSquaresSpectrum s = LeastSquaresSpectrum.ofSquaredSingularValues("--sigma2", new double[] {0.05, 5, 1});
        assertArrayEquals(new double[] {5, 1, 0.05}, s.sigma2());
        assertEquals(10, s.conditionNumber(), 1e-12);
        for (int i = 0; i < s.size(); i++) {
            assertEquals(1, s.solution(i), 1e-15);
        }
        assertFalse(s.targetsGiven());
    }

    @Test
    void singularValuesAreSquared() {
        LeastSquaresSpectrum s = LeastSquaresSpectrum.ofSingularValues("--sigma", new double[] {0.5, 2});
        assertArrayEquals(new double[] {4, 0.25}, s.sigma2());
    }

    @Test
    void badValuesNameTheOptionTheValueAndTheRule() {
        var zero = assertThrows(IllegalArgumentException.class,
                () -> LeastSquaresSpectrum.ofSquaredSingularValues("--sigma2", new double[] {5, 0}));
        assertTrue(zero.getMessage().startsWith("--sigma2[1] = 0.0 is not allowed: "), zero.getMessage());
        var nan = assertThrows(IllegalArgumentException.class,
                () -> LeastSquaresSpectrum.ofSingularValues("--sigma", new double[] {Double.NaN}));
        assertTrue(nan.getMessage().startsWith("--sigma = NaN is not allowed"), nan.getMessage());
        var empty = assertThrows(IllegalArgumentException.class,
                () -> LeastSquaresSpectrum.ofSquaredSingularValues("--sigma2", new double[0]));
        assertTrue(empty.getMessage().contains("at least one"), empty.getMessage());
    }

    @Test
    void aZeroSingularValueOfAMatrixIsAReportedDirectionNotAnError() {
        MatrixF64 x = MatrixF64.fromRows(new double[][] {{3, 0}, {0, 0}, {0, 0}});
        LeastSquaresSpectrum s = LeastSquaresSpectrum.ofMatrix("--matrix X", x, null, "--y");
        assertEquals(1, s.size());
        assertEquals(9, s.largest(), 1e-12);
        assertEquals(1, s.zeroDirections());
    }

    @Test
    void aWideMatrixHasNullDirections() {
        MatrixF64 x = MatrixF64.fromRows(new double[][] {{1, 0, 0}, {0, 2, 0}});
        LeastSquaresSpectrum s = LeastSquaresSpectrum.ofMatrix("--matrix X", x, null, "--y");
        assertArrayEquals(new double[] {4, 1}, s.sigma2(), 1e-12);
        assertEquals(1, s.zeroDirections());
    }

    @Test
    void targetsAreRotatedByU() {
        MatrixF64 x = MatrixF64.fromRows(new double[][] {{0, 2}, {1, 0}, {0, 0}});
        MatrixF64 y = MatrixF64.column(4, 3, 7);
        LeastSquaresSpectrum s = LeastSquaresSpectrum.ofMatrix("--matrix X", x, y, "--y y");
        assertTrue(s.targetsGiven());
        // sigma = (2, 1); u_1 = +-e_1, u_2 = +-e_2; w* = (4/2, 3/1) up to the signs of the singular vectors
        assertEquals(2, Math.abs(s.solution(0)), 1e-12);
        assertEquals(3, Math.abs(s.solution(1)), 1e-12);
    }

    @Test
    void matrixErrorsAreClear() {
        MatrixF64 nan = MatrixF64.fromRows(new double[][] {{1, Double.NaN}, {0, 1}});
        var e = assertThrows(IllegalArgumentException.class, () -> LeastSquaresSpectrum.ofMatrix("--matrix X.csv", nan, null, "--y"));
        assertTrue(e.getMessage().startsWith("--matrix X.csv = ") && e.getMessage().contains("at (0, 1)"), e.getMessage());
        MatrixF64 zero = MatrixF64.zeros(3, 2);
        var z = assertThrows(IllegalArgumentException.class, () -> LeastSquaresSpectrum.ofMatrix("--matrix X.csv", zero, null, "--y"));
        assertTrue(z.getMessage().contains("positive singular value"), z.getMessage());
        MatrixF64 x = MatrixF64.identity(2);
        var y = assertThrows(IllegalArgumentException.class,
                () -> LeastSquaresSpectrum.ofMatrix("--matrix X", x, MatrixF64.column(1, 2, 3), "--y y.npy"));
        assertTrue(y.getMessage().startsWith("--y y.npy = 3x1"), y.getMessage());
    }

    @Test
    void countsCombineToTheWorst() {
        IterationCount a = IterationCount.reached(10);
        IterationCount b = IterationCount.reached(12);
        IterationCount d = new IterationCount(IterationCount.Outcome.DIVERGED, 3);
        assertEquals(b, a.worse(b));
        assertEquals(d, b.worse(d));
        assertTrue(a.isBetterThan(b));
        assertFalse(a.isBetterThan(a));
        assertEquals(IterationCount.reached(346), IterationCount.asymptotic(4.95 / 5.05, 1e-3));
        assertEquals(IterationCount.Outcome.NEVER, IterationCount.asymptotic(1, 1e-3).outcome());
        assertEquals(1, IterationCount.asymptotic(0, 1e-3).iterations());
    }
}
