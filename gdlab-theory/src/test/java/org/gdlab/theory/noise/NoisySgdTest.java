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
    void aSpreadThatBlowsUpWhileTheMeanConvergesIsDivergence() {
        // the case: a 200 x 30 X at the default eta 0.1 and sigma^2 0.5; E||x_n||^2 is about 30 + 15, so
        // |1 - eta ||x_n||^2| is about 3.5 per step along x_n, while the mean's factor contracts
        RegressionData wide = RegressionData.generate(200, 30, 1);
        VectorNoiseResult r = NoisySgd.run(wide.x(), wide.y(), new VectorNoiseConfig(0.5, 0.1, 200, 500, 1));
        assertTrue(r.meanConverges(), "eta below " + r.maxEtaMean());
        assertNotNull(r.divergedAtStep());
        assertEquals(NoisySgd.SPREAD, r.divergence());
        assertTrue(r.meanAndSpreadDisagree());
        int last = r.distanceToRidge().length - 1;
        assertTrue(r.distanceToRidge()[last] < 1e13 * Math.max(1, norm(r.ridge())), "stopped at the bound, not at 1e23");
        NoisePath.Result p = NoisePath.run(wide.x(), wide.y(), new double[] {0.5}, new VectorNoiseConfig(0.5, 0.1, 200, 50, 1),
                ProgressListener.SILENT);
        assertNotNull(p.points().get(0).divergedAtStep(), "the path marks the point divergent");
        assertTrue(p.points().get(0).meanConverges());
    }

    @Test
    void aConvergentRunHasNoDivergence() {
        VectorNoiseResult r = NoisySgd.run(DATA.x(), DATA.y(), new VectorNoiseConfig(0.5, 0.05, 100, 100, 9));
        assertEquals("", r.divergence());
        assertFalse(r.meanAndSpreadDisagree());
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
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
