package org.gdlab.lab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gdlab.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The best-model search's logic on generated data, without Fashion-MNIST: on two separable blobs
 * (OverfitOnBlobsTest's) Adam at 1e-9 cannot leave its start while Adam at 0.05 separates them, so
 * the search must choose 0.05; with a budget that is spent before the second trial, only the first
 * trial runs (the first always does) and is chosen.
 */
class BestModelOnBlobsTest {
    private static BestModelExperiment.Result run(Path dir, double searchSeconds) {
        BestModelExperiment.Config c = new BestModelExperiment.Config(new int[] {16}, "he", new double[] {1e-9, 0.05},
                new int[] {20}, new double[] {1}, 200, 2, searchSeconds, 300, 2, 1);
        return BestModelExperiment.run(c, new ExperimentOptions(OverfitOnBlobsTest.blobs(dir, 1400), true, 1),
                ProgressListener.SILENT);
    }

    @Test
    void theSearchChoosesTheRateThatLearnsAndTrainsItOnTheFinalSplit(@TempDir Path dir) {
        BestModelExperiment.Result r = run(dir, 600);
        assertEquals(List.of(true, true), r.trials().stream().map(BestModelExperiment.Trial::tried).toList());
        assertTrue(r.trials().get(0).validationAccuracy() < 0.8, "1e-9 stays near its start: "
                + r.trials().get(0).validationAccuracy());
        assertTrue(r.trials().get(1).validationAccuracy() >= 0.99, "0.05 separates the blobs: "
                + r.trials().get(1).validationAccuracy());
        assertEquals(0.05, r.chosen().learningRate());
        assertTrue(r.validationAccuracy() >= 0.99, "the final run keeps the best epoch: " + r.validationAccuracy());
        assertTrue(r.bestEpoch() >= 1 && r.bestEpoch() <= 2, "" + r.bestEpoch());
    }

    @Test
    void noTrialStartsOnceTheBudgetIsSpentButTheFirstAlwaysRuns(@TempDir Path dir) {
        BestModelExperiment.Result r = run(dir, 1e-9);
        assertTrue(r.trials().get(0).tried());
        assertFalse(r.trials().get(1).tried(), "the budget was spent during the first trial");
        assertEquals(1e-9, r.chosen().learningRate(), "the only tried setting is chosen");
    }
}
