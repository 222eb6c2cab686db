package org.gdlab.lab.sharpness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntToDoubleFunction;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;
import org.junit.jupiter.api.Test;

class LearningRateRangeTestTest {
    /** An objective whose loss at step t is a given function and whose one parameter counts the steps. */
    private static final class Scripted implements LearningRateRangeTest.Objective {
        final IntToDoubleFunction loss;
        final double[] w = {42};

        Scripted(IntToDoubleFunction loss) {
            this.loss = loss;
        }

        @Override
        public double lossThenStep(int t, double eta) {
            w[0] += eta;
            return loss.applyAsDouble(t);
        }

        @Override
        public double[] save() {
            return w.clone();
        }

        @Override
        public void restore(double[] saved) {
            w[0] = saved[0];
        }
    }

    @Test
    void theScheduleIsExponentialAndTheParametersAreRestored() {
        RangeTestConfig c = new RangeTestConfig(1e-4, 1, 5, 0, 0, 1e9);
        Scripted o = new Scripted(t -> 1);
        LearningRateRangeTest.Curve curve = LearningRateRangeTest.run(c, o, ProgressListener.SILENT);
        assertArrayEquals(new double[] {1e-4, 1e-3, 1e-2, 1e-1, 1}, curve.learningRates(), 1e-15);
        assertEquals(42, o.w[0]);
        assertEquals("all steps", curve.stopReason());
        assertTrue(Double.isNaN(curve.suggestion()), "a flat loss has no steepest fall");
    }

    /** With no smoothing the suggestion is the step of the largest fall per unit log eta before the minimum. */
    @Test
    void theSuggestionIsTheSteepestFallAfterTheBurnInAndBeforeTheMinimum() {
        double[] loss = {9, 1, 2, 1.9, 1.5, 0.5, 0.4, 0.3, 0.8, 5};
        RangeTestConfig c = new RangeTestConfig(1, 512, 10, 0, 2, 100);
        LearningRateRangeTest.Curve curve = LearningRateRangeTest.run(c, new Scripted(t -> loss[t]), ProgressListener.SILENT);
        // the drop 9 -> 1 at step 1 is inside the burn-in; the largest later drop is 1.5 -> 0.5 at step 5
        assertEquals(32, curve.suggestion(), 1e-9);
        assertEquals(128, curve.minimumLearningRate(), 1e-9);
    }

    @Test
    void aNonFiniteLossIsSkippedAndEndsTheTestAsDoesABlowUp() {
        RangeTestConfig c = new RangeTestConfig(1e-3, 1, 50, 0.5, 0, 1e9);
        LearningRateRangeTest.Curve nan = LearningRateRangeTest.run(c, new Scripted(t -> t == 6 ? Double.POSITIVE_INFINITY
                : 1.0 / (t + 1)), ProgressListener.SILENT);
        assertEquals(7, nan.loss().length);
        assertEquals(1, nan.skipped());
        assertTrue(Double.isNaN(nan.loss()[6]) && Double.isNaN(nan.smoothed()[6]));
        assertEquals("loss not finite", nan.stopReason());
        // bias-corrected average: the first smoothed value is the first loss
        assertEquals(1.0, nan.smoothed()[0], 1e-15);
        assertEquals((0.25 * 1 + 0.5 * 0.5) / 0.75, nan.smoothed()[1], 1e-15);
        RangeTestConfig stop = new RangeTestConfig(1e-3, 1, 50, 0, 0, 4);
        LearningRateRangeTest.Curve up = LearningRateRangeTest.run(stop, new Scripted(t -> t < 10 ? 1 : Math.pow(2, t - 9)),
                ProgressListener.SILENT);
        assertEquals(13, up.loss().length, "stops at the first loss above 4 x the minimum (8 at step 12)");
        assertEquals("loss above 4.0 x its minimum", up.stopReason());
    }

    @Test
    void leastSquaresEdgeIsOneOverTheLargestSquaredSingularValue() {
        LeastSquaresSpectrum s = LeastSquaresSpectrum.ofSquaredSingularValues("--sigma2", new double[] {5, 0.05});
        LearningRateFinder f = LearningRateFinder.leastSquares(s, new RangeTestConfig(1e-4, 2, 200, 0.9, 10, 4),
                ProgressListener.SILENT);
        assertEquals(0.2, f.edge(), 1e-15);
        // from w = 0 with y'_i = sigma_i, the first loss is sum y'^2 = 5.05
        assertEquals(5.05, f.curve().loss()[0], 1e-12);
        assertTrue(f.curve().suggestion() > 1e-4 && f.curve().suggestion() < f.edge(), "suggestion " + f.curve().suggestion());
    }

    @Test
    void badSchedulesAreNamed() {
        assertEquals("--max-lr = 0.001 is not allowed: must be > --min-lr (0.01)", assertThrows(IllegalArgumentException.class,
                () -> new RangeTestConfig(0.01, 0.001, 10, 0.9, 0, 4)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RangeTestConfig(0.01, 1, 10, 1, 0, 4));
        assertThrows(IllegalArgumentException.class, () -> new RangeTestConfig(0.01, 1, 10, 0.9, 10, 4));
        assertThrows(IllegalArgumentException.class, () -> new RangeTestConfig(0.01, 1, 10, 0.9, 0, 1));
    }
}
