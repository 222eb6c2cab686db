package org.gdlab.theory.noise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.linalg.Blas;
import org.gdlab.core.linalg.Cholesky;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.theory.ridge.RegressionData;
import org.junit.jupiter.api.Test;

class NoisySgdTest {
    private static final RegressionData DATA = RegressionData.generate(20, 5, 3);

    @Test
    void theMeanConvergesToRidgeWithLambdaEqualToTheNoiseVarianceNotToLeastSquares() {
        VectorNoiseResult r = NoisySgd.run(DATA.x(), DATA.y(), new VectorNoiseConfig(0.5, 0.05, 400, 4000, 9));
        assertNull(r.divergedAtStep());
        assertTrue(r.meanConverges());
        int last = r.distanceToRidge().length - 1;
        double se = r.standardError()[last];
        assertTrue(r.distanceToRidge()[last] < 4 * se, "distance to ridge " + r.distanceToRidge()[last] + ", se " + se);
        assertTrue(r.distanceToLeastSquares()[last] > 20 * se, "distance to least squares " + r.distanceToLeastSquares()[last]);
        assertTrue(r.predictedDistanceToRidge()[400] < 1e-6, "the recurrence reaches ridge");
    }

    @Test
    void theRidgeTargetIsTheUnnormalizedRidgeWithMTimesSigmaSquared() {
        VectorNoiseResult r = NoisySgd.run(DATA.x(), DATA.y(), new VectorNoiseConfig(0.5, 0.05, 1, 2, 9));
        MatrixF64 a = Blas.multiply(DATA.x(), true, DATA.x(), false);
        for (int j = 0; j < 5; j++) {
            a.set(j, j, a.get(j, j) + 20 * 0.5);
        }
        double[] expected = Cholesky.factor(a).orElseThrow().solve(Blas.multiply(DATA.x(), true, DATA.y(), false)).toDoubleArray();
        assertArrayEquals(expected, r.ridge(), 1e-12);
        assertEquals(10.0, r.lambdaUnnormalized(), 0);
    }

    @Test
    void withoutNoiseRidgeIsLeastSquares() {
        VectorNoiseResult r = NoisySgd.run(DATA.x(), DATA.y(), new VectorNoiseConfig(0, 0.05, 1, 2, 9));
        assertArrayEquals(r.leastSquares(), r.ridge(), 0);
    }

    @Test
    void aDivergentLearningRateIsReported() {
        VectorNoiseResult r = NoisySgd.run(DATA.x(), DATA.y(), new VectorNoiseConfig(0.5, 2, 3000, 10, 9));
        assertFalse(r.meanConverges());
        assertNotNull(r.divergedAtStep());
        for (double v : r.empiricalMean()) {
            assertTrue(Double.isFinite(v));
        }
    }

    @Test
    void thePathPutsNoisySgdOnRidgesPath() {
        NoisePath.Result p = NoisePath.run(DATA.x(), DATA.y(), new double[] {0.1, 1},
                new VectorNoiseConfig(0, 0.05, 400, 2000, 4), ProgressListener.SILENT);
        assertEquals(2, p.points().size());
        for (NoisePath.Point point : p.points()) {
            assertTrue(point.distance() < 4 * point.standardError(), "sigma^2 = " + point.noiseVariance());
        }
        assertEquals(NoisePath.RIDGE_POINTS, p.lambdas().length);
        assertEquals(0.05, p.lambdas()[0], 1e-12);
        assertEquals(2, p.lambdas()[NoisePath.RIDGE_POINTS - 1], 1e-12);
    }
}
