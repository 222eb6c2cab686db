package org.gdlab.lab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.optim.OptimizerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch-size experiment's logic on generated data, without Fashion-MNIST: on two separable
 * blobs (OverfitOnBlobsTest's) both momentum and plain SGD at a useful step classify at least 99%
 * of the training points, so the smallest SGD batch already matches within 4%; a momentum step of
 * 1e-9 cannot leave its start while SGD reaches 99%, so no batch matches.
 */
class BatchSizeOnBlobsTest {
    private static BatchSizeExperiment.Result run(Path dir, OptimizerConfig momentum) {
        BatchSizeExperiment.Config c = new BatchSizeExperiment.Config(400, 100, new int[] {16}, "he", 20, 3,
                new int[] {1, 2, 4}, new long[] {1, 2}, momentum, new OptimizerConfig(OptimizerKind.SGD, 0.1, 0), 0.04);
        return BatchSizeExperiment.run(c, new ExperimentOptions(OverfitOnBlobsTest.blobs(dir, 500), true, 1),
                ProgressListener.SILENT);
    }

    @Test
    void everyBatchTakesTheSameStepsAndTheSmallestMatchesWhenAllLearnTheBlobs(@TempDir Path dir) {
        BatchSizeExperiment.Result r = run(dir, new OptimizerConfig(OptimizerKind.MOMENTUM, 1e-2, 0.9));
        assertEquals(List.of(20, 40, 80), r.sgd().stream().map(BatchSizeExperiment.BatchPoint::batchSize).toList());
        assertEquals(List.of(3, 6, 12), r.sgd().stream().map(BatchSizeExperiment.BatchPoint::epochs).toList());
        r.sgd().forEach(p -> assertEquals(60, p.steps(), "400 / 20 x 3 epochs = 400 / 40 x 6 = 400 / 80 x 12"));
        assertTrue(r.momentumTrainAccuracy().mean() >= 0.99, "the blobs are 8 standard deviations apart: "
                + r.momentumTrainAccuracy().mean());
        assertTrue(r.sgd().get(0).finalTrainAccuracy().mean() >= 0.99, "" + r.sgd().get(0).finalTrainAccuracy().mean());
        assertTrue(r.sgd().get(0).relativeError() <= 0.01, "both within 1% of every point");
        assertEquals(20, r.matchingBatch());
    }

    @Test
    void noBatchMatchesAMomentumRunThatCannotMove(@TempDir Path dir) {
        BatchSizeExperiment.Result r = run(dir, new OptimizerConfig(OptimizerKind.MOMENTUM, 1e-9, 0.9));
        assertTrue(r.momentumTrainAccuracy().mean() < 0.8, "a step of 1e-9 stays near its start: "
                + r.momentumTrainAccuracy().mean());
        r.sgd().forEach(p -> assertTrue(p.finalTrainAccuracy().mean() >= 0.99, "batch " + p.batchSize()));
        r.sgd().forEach(p -> assertTrue(p.relativeError() > 0.25 && !p.matches(), "batch " + p.batchSize()));
        assertEquals(0, r.matchingBatch());
    }
}
