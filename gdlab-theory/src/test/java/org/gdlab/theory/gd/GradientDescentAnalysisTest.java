package org.gdlab.theory.gd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.theory.spectrum.IterationCount;
import org.gdlab.theory.spectrum.IterationCount.Outcome;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;
import org.junit.jupiter.api.Test;

class GradientDescentAnalysisTest {
    private static final LeastSquaresSpectrum MISSION = LeastSquaresSpectrum.ofSquaredSingularValues("--sigma2", new double[] {5, 0.05});

    @Test
    void theMissionExampleNeeds346IterationsBothWays() {
        double eta = GradientDescentAnalysis.optimalEta(MISSION);
        assertEquals(1 / 5.05, eta, 1e-15);
        GdResult r = GradientDescentAnalysis.analyze(MISSION, new GdConfig(eta, 1e-3, 1_000_000));
        assertEquals(IterationCount.reached(346), r.asymptotic());
        assertEquals(IterationCount.reached(346), r.exact());
        assertEquals(IterationCount.reached(346), r.optimalExact());
        assertEquals(99.0 / 101.0, r.optimalRate(), 1e-15);
        assertEquals(r.optimalRate(), r.optimalRateOverAll(), 1e-15);
        for (GdCoordinate c : r.coordinates()) {
            assertEquals(IterationCount.reached(346), c.exact());
        }
    }

    @Test
    void theLargestSigmaLimitsEtaAndTheSmallestIsSlowest() {
        GdResult r = GradientDescentAnalysis.analyze(MISSION, new GdConfig(0.1, 1e-3, 1_000_000));
        assertEquals(0.2, r.largestStableEta(), 1e-15);
        assertTrue(r.stable());
        assertEquals(1, r.slowestIndex());
        assertEquals(0.99, r.rate(), 1e-15);
        assertEquals(0, r.coordinates().get(0).contraction(), 1e-15);
        assertEquals(20, r.coordinates().get(1).stableEtaMax(), 1e-12);
        // contraction 0 reaches w* in one step
        assertEquals(IterationCount.reached(1), r.coordinates().get(0).exact());
    }

    @Test
    void interiorSingularValuesChangeNeitherTheOptimumNorTheRate() {
        LeastSquaresSpectrum inner = LeastSquaresSpectrum.ofSquaredSingularValues("s", new double[] {5, 3, 1, 0.2, 0.05});
        GdResult r = GradientDescentAnalysis.analyze(inner, new GdConfig(GradientDescentAnalysis.optimalEta(inner), 1e-3, 1_000_000));
        assertEquals(GradientDescentAnalysis.optimalEta(MISSION), r.optimalEta(), 0);
        assertEquals(r.optimalRate(), r.optimalRateOverAll(), 1e-15);
        assertEquals(IterationCount.reached(346), r.optimalExact());
    }

    @Test
    void divergenceIsAValueNotACrash() {
        GdResult r = GradientDescentAnalysis.analyze(MISSION, new GdConfig(0.25, 1e-3, 1_000_000));
        assertFalse(r.stable());
        assertEquals(Outcome.DIVERGED, r.exact().outcome());
        assertEquals(Outcome.NEVER, r.asymptotic().outcome());
        assertEquals(Outcome.REACHED, r.coordinates().get(1).exact().outcome());
    }

    @Test
    void atTheStabilityBoundaryTheErrorNeverShrinks() {
        GdResult r = GradientDescentAnalysis.analyze(MISSION, new GdConfig(0.2, 1e-3, 5000));
        assertEquals(1, r.coordinates().get(0).contraction(), 1e-15);
        assertEquals(new IterationCount(Outcome.NOT_REACHED, 5000), r.coordinates().get(0).exact());
        assertEquals(Outcome.NEVER, r.coordinates().get(0).asymptotic().outcome());
    }

    @Test
    void configRejectsBadValuesByName() {
        var eta = assertThrows(IllegalArgumentException.class, () -> new GdConfig(0, 1e-3, 10));
        assertEquals("eta = 0.0 is not allowed: must be > 0", eta.getMessage());
        var eps = assertThrows(IllegalArgumentException.class, () -> new GdConfig(0.1, 1, 10));
        assertEquals("eps = 1.0 is not allowed: must be in (0, 1)", eps.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new GdConfig(Double.NaN, 1e-3, 10));
    }
}
