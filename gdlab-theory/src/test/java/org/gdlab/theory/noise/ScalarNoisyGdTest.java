package org.gdlab.theory.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScalarNoisyGdTest {
    private static final ScalarNoiseConfig EXAMPLE = new ScalarNoiseConfig(2, 3, 0.5, 0.1, 100, 10_000, 7);

    @Test
    void theRecurrenceOfTheMeanForTheExample() {
        ScalarNoiseResult r = ScalarNoisyGd.run(EXAMPLE);
        assertEquals(0.55, r.meanFactor(), 1e-15); // 1 - 0.1 (4 + 0.5)
        assertEquals(0.6, r.meanOffset(), 1e-15); // 0.1 * 2 * 3
        assertEquals(2 / 4.5, r.maxEtaMean(), 1e-15);
        assertEquals(4.0 / 3, r.limit(), 1e-15);
        assertEquals(1.5, r.noiseFreeOptimum(), 0);
        assertEquals(4 / 4.5, r.shrinkage(), 1e-15);
        assertTrue(r.meanConverges());
        assertEquals(0.6, r.predictedMean()[1], 1e-15);
        assertEquals(0.55 * 0.6 + 0.6, r.predictedMean()[2], 1e-15);
        // E[x_n^4] = 16 + 6*4*0.5 + 3*0.25 = 28.75
        assertEquals(2 * 4.5 / 28.75, r.maxEtaMeanSquare(), 1e-15);
        assertEquals(1 - 0.9 + 0.01 * 28.75, r.secondMomentFactor(), 1e-15);
        // limit variance: (2 eta y (x - eta E[x^3]) mu + eta^2 y^2 E[x^2]) / (1 - c) - mu^2, E[x^3] = 8 + 3 = 11
        double mu = 4.0 / 3;
        double expected = (2 * 0.1 * 3 * (2 - 0.1 * 11) * mu + 0.01 * 9 * 4.5) / (1 - 0.3875) - mu * mu;
        assertEquals(expected, r.limitVariance(), 1e-12);
        assertTrue(r.limitVariance() > 0.05, "the spread does not vanish");
    }

    @Test
    void theMonteCarloAgreesWithTheRecurrence() {
        ScalarNoiseResult r = ScalarNoisyGd.run(EXAMPLE);
        assertNull(r.divergedAtStep());
        assertEquals(101, r.empiricalMean().length);
        assertTrue(r.bandCoverage() >= 0.8, "coverage " + r.bandCoverage());
        assertTrue(r.maxStandardizedError() < 4.5, "max z " + r.maxStandardizedError());
        double lastVariance = r.empiricalVariance()[100];
        assertEquals(r.predictedVariance()[100], lastVariance, 0.05 * lastVariance);
        assertEquals(r.limitVariance(), r.predictedVariance()[100], 1e-12);
        for (int t = 0; t <= 100; t++) {
            assertTrue(r.bandLow()[t] <= r.empiricalMean()[t] && r.empiricalMean()[t] <= r.bandHigh()[t]);
        }
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        assertEquals(ScalarNoisyGd.run(EXAMPLE).empiricalMean()[57], ScalarNoisyGd.run(EXAMPLE).empiricalMean()[57], 0);
    }

    @Test
    void withoutNoiseEveryTrialIsPlainGdAndReachesYOverX() {
        ScalarNoiseResult r = ScalarNoisyGd.run(new ScalarNoiseConfig(2, 3, 0, 0.1, 200, 10, 1));
        assertEquals(1.5, r.limit(), 0);
        assertEquals(1.5, r.empiricalMean()[200], 1e-12);
        assertEquals(0, r.empiricalVariance()[200], 0);
        assertEquals(0, r.limitVariance(), 1e-12);
    }

    @Test
    void aDivergentLearningRateIsSimulatedAndReportedNotThrown() {
        ScalarNoiseResult r = ScalarNoisyGd.run(new ScalarNoiseConfig(2, 3, 0.5, 1.0, 2000, 100, 1));
        assertFalse(r.meanConverges());
        assertFalse(r.varianceBounded());
        assertTrue(Double.isNaN(r.limitVariance()));
        assertNotNull(r.divergedAtStep());
        assertEquals(r.divergedAtStep().intValue(), r.empiricalMean().length);
        for (double m : r.empiricalMean()) {
            assertTrue(Double.isFinite(m));
        }
    }

    @Test
    void badParametersAreNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ScalarNoiseConfig(2, 3, -0.5, 0.1, 10, 10, 1));
        assertEquals("noiseVariance = -0.5 is not allowed: must be >= 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ScalarNoiseConfig(0, 3, 0.5, 0.1, 10, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new ScalarNoiseConfig(2, 3, 0.5, Double.NaN, 10, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new ScalarNoiseConfig(2, 3, 0.5, 0.1, 10, 1, 1));
    }
}
