package org.gdlab.theory.momentum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.theory.spectrum.IterationCount;
import org.gdlab.theory.spectrum.IterationCount.Outcome;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class MomentumAnalysisTest {
    private static void assertRefused(String message, Executable call) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    private static final LeastSquaresSpectrum MISSION = LeastSquaresSpectrum.ofSquaredSingularValues("--sigma2", new double[] {5, 0.05});

    private static MomentumResult analyze(double eta, double beta, boolean joint) {
        return MomentumAnswers.of(MISSION, new MomentumConfig(MomentumParameters.ema(eta, beta), MomentumForm.EMA,
                1e-3, 1_000_000, 41, joint));
    }

    @Test
    void theMissionExampleAtBetaOneTenth() {
        MomentumResult r = analyze(MomentumAnalysis.centralEta(MISSION, 0.1), 0.1, false);
        MomentumResult.OptimalSet o = r.optimal();
        double sqrtM = Math.sqrt(0.9);
        assertTrue(o.interval());
        assertEquals((1 - sqrtM) * (1 - sqrtM) / (2 * 0.1 * 0.05), o.etaLow(), 1e-12);
        assertEquals((1 + sqrtM) * (1 + sqrtM) / (2 * 0.1 * 5), o.etaHigh(), 1e-12);
        assertEquals(sqrtM, o.rate(), 1e-15);
        assertEquals(IterationCount.reached(132), o.asymptotic());
        assertEquals(41, o.scanExact().size());
        assertTrue(o.bestExact().isReached() && o.bestExact().iterations() <= o.worstExact().iterations());
        assertEquals(IterationCount.reached(346), r.gd().exact());
        assertTrue(r.iterationRatio() > 2, "momentum beats GD here: ratio " + r.iterationRatio());
        assertEquals(3.8, r.largestStableEta(), 1e-12);
        assertEquals(0.9, r.heavyBallMomentum(), 1e-15);
        assertNull(r.joint());
        for (MomentumCoordinate c : r.coordinates()) {
            assertEquals(Regime.COMPLEX, c.regime());
        }
    }

    @Test
    void atBetaOneTheOptimalSetIsGdsOptimalEta() {
        MomentumResult r = analyze(1 / 5.05, 1, false);
        assertFalse(r.optimal().interval());
        assertEquals(1 / 5.05, r.optimal().etaLow(), 1e-15);
        assertEquals(99.0 / 101.0, r.optimal().rate(), 1e-12);
        assertEquals(IterationCount.reached(346), r.optimal().bestExact());
        assertEquals(IterationCount.reached(346), r.exact());
    }

    @Test
    void optimizeBetaFindsTheClassicalOptimum() {
        MomentumResult r = analyze(1, 0.5, true);
        MomentumResult.JointOptimum j = r.joint();
        assertEquals(9.0 / 11.0, j.classicalRate(), 1e-15);
        assertEquals(9.0 / 11.0, j.rate(), 1e-7);
        assertEquals(1 - 81.0 / 121.0, j.classicalBeta(), 1e-12);
        assertTrue(j.exact().isReached() && j.classicalExact().isReached());
    }

    @Test
    void beyondTheLargestStableEtaItDivergesAsAValue() {
        MomentumResult r = analyze(4, 0.1, false);
        assertFalse(r.stable());
        assertEquals(Outcome.DIVERGED, r.exact().outcome());
        assertEquals(Outcome.NEVER, r.asymptotic().outcome());
        assertEquals(Regime.REAL_DISTINCT, r.coordinates().get(0).regime());
    }

    @Test
    void aTinyBetaIsAnalysedNotRejectedAsAnUnderflowedOrOverflowedEta() {
        // (1 - sqrt(1 - beta))^2 underflows to 0 below beta = 1e-154, and the chart's eta range spans more than 1e308
        assertEquals(1e-200 / (2 * 0.05 * 4), MomentumMatrix.etaRepeatedLow(0.05, 1e-200), 1e-214);
        MomentumResult r = MomentumAnswers.of(MISSION, new MomentumConfig(MomentumParameters.ema(1, 1e-200),
                MomentumForm.EMA, 1e-3, 1000, 3, false));
        assertTrue(r.optimal().etaLow() > 0);
        assertEquals(Outcome.NOT_REACHED, r.exact().outcome());
        for (double eta : r.curves().eta()) {
            assertTrue(eta > 0 && Double.isFinite(eta), "chart eta " + eta);
        }
    }

    @Test
    void theHeavyBallFormConverts() {
        MomentumParameters p = MomentumParameters.heavyBall(0.37, 0.9);
        assertEquals(0.1, p.beta(), 1e-15);
        assertEquals(3.7, p.eta(), 1e-12);
        assertEquals(0.37, p.lr(), 1e-15);
        assertEquals(0.9, p.m(), 1e-15);
        MomentumParameters q = MomentumParameters.ema(3.7, 0.1);
        assertEquals(0.37, q.lr(), 1e-15);
        assertEquals(0.9, q.m(), 1e-15);
        assertEquals(MomentumForm.HEAVY_BALL, MomentumForm.parse("--form", "heavy-ball"));
        var e = assertThrows(IllegalArgumentException.class, () -> MomentumForm.parse("--form", "nesterov"));
        assertEquals("--form = nesterov is not allowed: must be one of [ema, heavy-ball]", e.getMessage());
    }

    @Test
    void parametersRejectBadValuesByName() {
        assertRefused("beta = 0.0 is not allowed: must be in (0.0, 1.0]", () -> MomentumParameters.ema(1, 0));
        assertRefused("beta = 1.5 is not allowed: must be in (0.0, 1.0]", () -> MomentumParameters.ema(1, 1.5));
        assertRefused("eta = -1.0 is not allowed: must be > 0", () -> MomentumParameters.ema(-1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> MomentumParameters.ema(1, Double.NaN));
        assertRefused("m = 1.0 is not allowed: must be in [0, 1)", () -> MomentumParameters.heavyBall(0.1, 1));
        assertRefused("lr = 0.0 is not allowed: must be > 0", () -> MomentumParameters.heavyBall(0, 0.5));
        assertRefused("lr = Infinity is not allowed: must be a finite number",
                () -> MomentumParameters.heavyBall(Double.POSITIVE_INFINITY, 0.5));
        assertThrows(IllegalArgumentException.class, () -> MomentumParameters.heavyBall(0.1, Double.NaN));
    }

    @Test
    void aCallWithTheArgumentsInTheOtherFormsOrderFailsNamingTheArgument() {
        // heavy-ball m = 0.9, lr = 2 written (m, lr): m = 2 is out of [0, 1)
        assertRefused("m = 2.0 is not allowed: must be in [0, 1)", () -> MomentumParameters.heavyBall(0.9, 2));
        // EMA beta = 0.1, eta = 3.76 written (beta, eta): beta = 3.76 is out of (0, 1]
        assertRefused("beta = 3.76 is not allowed: must be in (0.0, 1.0]", () -> MomentumParameters.ema(0.1, 3.76));
    }

    @Test
    void aHeavyBallLearningRateWhoseEmaRateOverflowsIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> MomentumParameters.heavyBall(1e300, 1 - 1e-10));
        assertTrue(e.getMessage().startsWith("lr / (1 - m) = Infinity is not allowed"), e.getMessage());
    }

    @Test
    void theEmaRunIsTheHeavyBallRunOfTheConvertedParameters() {
        // v <- m v + g, w <- w - lr v on (y - sigma w)^2, written out here, against the EMA recurrence
        double sigma2 = 5;
        double y = 3;
        double lr = 0.05;
        double m = 0.7;
        double[][] ema = MomentumRecurrence.trajectory(sigma2, y, MomentumParameters.heavyBall(lr, m), 40);
        double sigma = Math.sqrt(sigma2);
        double w = 0;
        double v = 0;
        for (int t = 0; t <= 40; t++) {
            assertEquals(w - y / sigma, ema[0][t], 1e-12, "x_t at t = " + t);
            v = m * v + 2 * sigma * (sigma * w - y);
            w -= lr * v;
        }
    }

    @Test
    void partsComputedAtOneEtaServeAnotherAndAreRefusedForAnotherProblem() {
        LeastSquaresSpectrum s = LeastSquaresSpectrum.ofSquaredSingularValues("--sigma2", new double[] {5, 0.7, 0.05});
        MomentumConfig at = new MomentumConfig(MomentumParameters.ema(0.9, 0.1), MomentumForm.EMA, 1e-3, 100_000, 11, true);
        MomentumConfig moved = new MomentumConfig(MomentumParameters.ema(1.7, 0.1), MomentumForm.EMA, 1e-3, 100_000, 11, true);
        EtaFreeParts parts = MomentumAnswers.etaFreeParts(s, at);
        MomentumResult reused = MomentumAnswers.of(s, moved, parts, MomentumAnswers.Coordinates.EVERY);
        MomentumResult fresh = MomentumAnswers.of(s, moved);
        assertEquals(fresh.optimal().scanExact(), reused.optimal().scanExact());
        assertEquals(fresh.optimal().bestEta(), reused.optimal().bestEta());
        assertEquals(fresh.gd(), reused.gd());
        assertEquals(fresh.joint(), reused.joint());
        assertEquals(fresh.exact(), reused.exact());
        assertEquals(fresh.iterationRatio(), reused.iterationRatio());
        assertEquals(1.7, reused.config().parameters().eta());

        MomentumConfig otherBeta = new MomentumConfig(MomentumParameters.ema(0.9, 0.2), MomentumForm.EMA, 1e-3, 100_000, 11, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MomentumAnswers.of(s, otherBeta, parts, MomentumAnswers.Coordinates.EVERY));
        assertTrue(e.getMessage().startsWith("parts = EtaFreeParts.Key[n=3, beta=0.1,"), e.getMessage());
        LeastSquaresSpectrum otherTargets = new LeastSquaresSpectrum(s.sigma2(), new double[] {1, 2, 3}, true, 0, "y");
        assertThrows(IllegalArgumentException.class, () -> MomentumAnswers.of(otherTargets, moved, parts, MomentumAnswers.Coordinates.EVERY));
        assertEquals(parts.key(), EtaFreeParts.Key.of(LeastSquaresSpectrum.ofSquaredSingularValues("again", new double[] {0.05, 5, 0.7}), moved));
    }

    @Test
    void anAnswerOfTheDrawnCoordinatesAloneHasTheSameNumbersAsOneOfEvery() {
        double[] sigma2 = new double[200];
        for (int i = 0; i < sigma2.length; i++) {
            sigma2[i] = Math.pow(100, -2.0 * i / (sigma2.length - 1));
        }
        LeastSquaresSpectrum s = LeastSquaresSpectrum.ofSquaredSingularValues("generated", sigma2);
        // inside the optimal set, below it, near the stability edge, past it, and a budget too small
        for (double eta : new double[] {19, 2, 0.05, 37, 60}) {
            for (long budget : new long[] {1_000_000, 50}) {
                MomentumConfig c = new MomentumConfig(MomentumParameters.ema(eta, 0.1), MomentumForm.EMA, 1e-3, budget, 11, false);
                EtaFreeParts parts = MomentumAnswers.etaFreeParts(s, c);
                MomentumResult every = MomentumAnswers.of(s, c, parts, MomentumAnswers.Coordinates.EVERY);
                MomentumResult shown = MomentumAnswers.of(s, c, parts, MomentumAnswers.Coordinates.SHOWN);
                String at = "eta " + eta + ", budget " + budget;
                assertEquals(every.exact(), shown.exact(), at);
                assertEquals(every.rate(), shown.rate(), at);
                assertEquals(every.slowestIndex(), shown.slowestIndex(), at);
                assertEquals(200, every.coordinates().size());
                int[] drawn = every.curves().shown();
                assertEquals(drawn.length, shown.coordinates().size(), at);
                for (int k = 0; k < drawn.length; k++) {
                    MomentumCoordinate e = every.coordinates().get(drawn[k]);
                    MomentumCoordinate d = shown.coordinates().get(k);
                    assertEquals(e.index(), d.index(), at);
                    assertEquals(e.exact(), d.exact(), at);
                    assertEquals(e.spectralRadius(), d.spectralRadius(), at);
                }
            }
        }
    }
}
