package org.gdlab.theory.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.theory.ridge.RegressionData;
import org.junit.jupiter.api.Test;

class NoiseIdentityTest {
    @Test
    void bothSidesAgreeOnAGeneratedProblem() {
        RegressionData data = RegressionData.generate(20, 5, 3);
        MatrixF64 w = MatrixF64.column(0.5, -1, 0.25, 2, 1);
        NoiseIdentity.IdentityCheck c = NoiseIdentity.check(data.x(), data.y(), w, 0.5, 10_000, 11);
        // ||w||^2 = 0.25 + 1 + 0.0625 + 4 + 1 = 6.3125; m sigma^2 ||w||^2 = 20 * 0.5 * 6.3125
        assertEquals(63.125, c.penalty(), 1e-12);
        assertEquals(c.residualSquared() + c.penalty(), c.exact(), 0);
        assertTrue(Math.abs(c.zScore()) < 4, "z = " + c.zScore());
        assertTrue(c.standardError() < 0.02 * c.exact(), "se " + c.standardError());
        assertEquals(0.5, c.lambda(), 0);
        assertEquals(10.0, c.lambdaUnnormalized(), 0);
    }

    @Test
    void theIdentityIsExactForAKnownSmallCase() {
        // X = [1], y = [1], w = [2]: ||Xw - y||^2 = 1, m sigma^2 w^2 = 1 * 0.25 * 4 = 1
        NoiseIdentity.IdentityCheck c = NoiseIdentity.check(MatrixF64.of(1, 1, 1), MatrixF64.column(1),
                MatrixF64.column(2), 0.25, 40_000, 5);
        assertEquals(2, c.exact(), 0);
        // (1 + 2 N)^2 with N ~ N(0, 0.25) has mean 2 and variance 2 * (4 * 0.25)^2 + 4 * 1 * (4 * 0.25) = 6
        assertEquals(Math.sqrt(6.0 / 40_000), c.standardError(), 0.1 * Math.sqrt(6.0 / 40_000));
        assertTrue(Math.abs(c.zScore()) < 4);
    }

    @Test
    void atWZeroTheNoiseDoesNotMatter() {
        NoiseIdentity.IdentityCheck c = NoiseIdentity.check(MatrixF64.of(2, 1, 1, 2), MatrixF64.column(3, 4),
                MatrixF64.column(0), 1, 10, 5);
        assertEquals(25, c.exact(), 0);
        assertEquals(25, c.monteCarloMean(), 1e-12);
        assertEquals(0, c.standardError(), 1e-12);
    }

    @Test
    void aWrongShapeOfWIsNamed() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> NoiseIdentity.check(MatrixF64.zeros(2, 3), MatrixF64.column(1, 2), MatrixF64.column(1, 2), 1, 10, 1));
        assertEquals("w is 2x1 but X is 2x3: w must be 3 x 1", e.getMessage());
    }
}
