package org.gdlab.linearize.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.progress.ProgressListener;
import org.gdlab.nn.init.Initializers;
import org.junit.jupiter.api.Test;

class KernelPredictionTest {
    private static ToyConfig config(int width) {
        return ToyConfig.builder().width(width).samples(40).testPoints(50).features(6).seed(3).elbowsInRange(true)
                .init(Initializers.parse("--init", "he")).build();
    }

    @Test
    void aWideNetLearnsItsTopFeaturesAsTheKernelPredictsEarlyOn() {
        KernelPrediction p = KernelPrediction.run(config(2048), 0.5, 200, 10, ProgressListener.SILENT);
        assertFalse(p.diverged());
        assertEquals(2.0 / 40, p.c());
        assertEquals(0.5 * p.stableLearningRate(), p.learningRate(), 1e-12);
        assertEquals(21, p.steps().length);
        for (int k = 0; k < 6; k++) {
            assertEquals(p.predicted()[k][0], p.measured()[k][0], 0, "both start from the same residual");
        }
        // the top feature's factor is 1 - c eta lambda_1 = 1 - 2 * 0.5 = 0: gone after one step in the linear model,
        // and the network's own residual along u_1 has fallen by at least 10x by step 10
        assertTrue(p.measured()[0][1] < 0.1 * p.measured()[0][0], p.measured()[0][1] + " of " + p.measured()[0][0]);
        // the features are learned in order: after 200 steps the smallest reported one has the most left
        assertTrue(p.measured()[5][20] > p.measured()[1][20], "u_6 last");
        // a wide net stays close to its linearization: the third feature agrees for the first 50 steps
        assertTrue(p.partStep()[2] < 0 || p.partStep()[2] > 50, "parts at " + p.partStep()[2]);
        for (int k = 1; k < 6; k++) {
            assertTrue(p.eigenvalues()[k] <= p.eigenvalues()[k - 1]);
        }
    }

    @Test
    void aFractionOutsideTheStableRangeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KernelPrediction.run(config(8), 1.5, 10, 1, ProgressListener.SILENT));
        assertEquals("fraction = 1.5 is not allowed: must be in (0, 1) of the edge N / s_1^2", e.getMessage());
    }
}
