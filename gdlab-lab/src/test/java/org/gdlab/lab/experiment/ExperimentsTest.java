package org.gdlab.lab.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.nn.run.RunFolder;
import org.gdlab.nn.train.TrainStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every experiment at its --quick sizes on Fashion-MNIST: what it measures, and its run folder read back. */
class ExperimentsTest {
    static final ExperimentOptions QUICK = ExperimentOptions.fashionMnist(true, 1);

    static <T> T runAndReadBack(ExperimentName name, Path dir, Class<T> type) {
        FashionMnist.require();
        Object result = name.run(QUICK, dir, ProgressListener.SILENT);
        assertTrue(Files.isRegularFile(dir.resolve(RunFolder.CONFIG)));
        T back = new RunFolder(dir).readResults(type);
        assertEquals(type, result.getClass());
        return back;
    }

    /**
     * The quick overfit runs SGD at 1e-3 and 0.3 on 50 images (20 epochs of 2 steps). Known answers:
     * 40 steps of 1e-3 cannot take a net from std-0.1 weights (scores of order 1e-3, near-uniform
     * softmax) to 50 right answers, so it is near chance and has not memorized; at 0.3 the 50
     * images are (nearly) learned. An accuracy on 50 images is k/50, and a memorized run ends at 1.
     */
    @Test
    void overfitDrivesTheTrainingAccuracyOfFiftyImagesUp(@TempDir Path dir) {
        OverfitExperiment.Result r = runAndReadBack(ExperimentName.OVERFIT, dir, OverfitExperiment.Result.class);
        assertEquals(2, r.runs().size());
        OverfitExperiment.Run slow = r.runs().get(0);
        OverfitExperiment.Run fast = r.runs().get(1);
        assertEquals(1e-3, slow.learningRate());
        assertFalse(slow.memorized(), "40 steps of 1e-3: " + slow.finalTrainAccuracy());
        assertTrue(slow.finalTrainAccuracy() < 0.5, "near chance (0.1): " + slow.finalTrainAccuracy());
        assertEquals(0, slow.firstMemorizedEpoch());
        assertTrue(fast.finalTrainAccuracy() > 0.9, "at lr 0.3 the 50 images are (nearly) memorized: "
                + fast.finalTrainAccuracy());
        assertEquals(fast.memorized() ? 0.3 : Double.NaN, r.memorizingLearningRate(), "1e-3 did not memorize");
        for (OverfitExperiment.Run run : r.runs()) {
            double[] accuracy = run.run().history().trainAccuracy();
            assertEquals(20, accuracy.length);
            for (double a : accuracy) {
                assertEquals(Math.rint(50 * a), 50 * a, 1e-9, "an accuracy on 50 images is k/50: " + a);
            }
            assertEquals(accuracy[19], run.finalTrainAccuracy(), 0, "the last epoch's");
            if (run.memorized()) {
                assertEquals(1.0, accuracy[19], 0);
                assertTrue(run.firstMemorizedEpoch() >= 1 && accuracy[run.firstMemorizedEpoch() - 1] == 1.0);
            }
        }
        assertEquals(50, ((Number) ((java.util.Map<?, ?>) r.data().get("sizes")).get("train")).intValue());
    }

    @Test
    void optimizersShareTheirStartAndDifferByTheRule(@TempDir Path dir) {
        OptimizersExperiment.Result r = runAndReadBack(ExperimentName.OPTIMIZERS, dir, OptimizersExperiment.Result.class);
        assertEquals(4, r.runs().size());
        double firstLoss = r.runs().get(0).run().history().loss()[0];
        for (OptimizersExperiment.Run run : r.runs()) {
            assertEquals(TrainStatus.COMPLETED, run.run().status());
            assertEquals(firstLoss, run.run().history().loss()[0], 0, "same weights and first batch: same first loss");
            assertEquals(20, run.run().history().loss().length);
        }
        assertFalse(r.runs().get(0).run().history().loss()[19] == r.runs().get(3).run().history().loss()[19]);
    }

    @Test
    void batchSizeRunsEqualStepsAndFindsTheFirstMatchingBatch(@TempDir Path dir) {
        BatchSizeExperiment.Result r = runAndReadBack(ExperimentName.BATCH_SIZE, dir, BatchSizeExperiment.Result.class);
        assertEquals(3, r.sgd().size());
        assertEquals(java.util.List.of(100, 200, 500), r.sgd().stream().map(BatchSizeExperiment.BatchPoint::batchSize).toList());
        for (BatchSizeExperiment.BatchPoint p : r.sgd()) {
            assertEquals(20, p.steps(), "1,000 images, batch 100 for 2 epochs: 20 steps at every batch");
            assertEquals(2, p.finalTrainAccuracy().values().length);
            assertTrue(p.finalTrainAccuracy().min() <= p.finalTrainAccuracy().mean()
                    && p.finalTrainAccuracy().mean() <= p.finalTrainAccuracy().max());
            assertTrue(p.relativeError() >= 0 && p.relativeError() < 1, p.relativeError() + "");
        }
        assertTrue(r.matchingBatch() == 0 || r.sgd().stream().anyMatch(p -> p.batchSize() == r.matchingBatch() && p.matches()),
                "the matching batch is one that matches");
    }

    @Test
    void initRecordsWeightStdsAndPerLayerGradients(@TempDir Path dir) {
        InitExperiment.Result r = runAndReadBack(ExperimentName.INIT, dir, InitExperiment.Result.class);
        assertEquals(6, r.runs().size(), "three initializers at two learning rates");
        assertEquals(1e-2, r.runs().get(3).learningRate());
        InitExperiment.Run zero = r.runs().get(0);
        assertArrayEquals(new double[11], zero.initialWeightStds());
        InitExperiment.Run he = r.runs().get(2);
        assertEquals(Math.sqrt(2.0 / 784), he.initialWeightStds()[0], 0.002);
        assertEquals(Math.sqrt(2.0 / 50), he.initialWeightStds()[5], 0.01);
        assertEquals(0.01, r.runs().get(1).initialWeightStds()[3], 0.001);
        assertEquals(11, he.run().history().layerGradientNorms().length);
        // zero weights: only the last layer's bias gets gradient at the first step, every weight gradient is zero
        double[][] zeroLayers = zero.run().history().layerGradientNorms();
        for (int l = 0; l < 10; l++) {
            assertEquals(0, zeroLayers[l][0], 0, "layer " + (l + 1));
        }
        assertTrue(zeroLayers[10][0] > 0);
        assertEquals(java.util.List.of(11), zero.layersWithGradient());
        assertEquals(11, he.layersWithGradient().size(), "He: every layer gets gradient");
    }

    @Test
    void bestModelTriesTheGridAndReportsValidationAndTest(@TempDir Path dir) {
        BestModelExperiment.Result r = runAndReadBack(ExperimentName.BEST_MODEL, dir, BestModelExperiment.Result.class);
        assertEquals(2, r.trials().size());
        double best = r.trials().stream().filter(BestModelExperiment.Trial::tried)
                .mapToDouble(BestModelExperiment.Trial::validationAccuracy).max().orElseThrow();
        assertEquals(best, r.chosen().validationAccuracy());
        assertTrue(r.testAccuracy() > 0.5, "test accuracy " + r.testAccuracy());
        assertTrue(r.bestEpoch() >= 1 && r.bestEpoch() <= 2);
    }

    @Test
    void unknownNamesListTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExperimentName.parse("NAME", "overfitt"));
        assertEquals("NAME = overfitt is not allowed: must be one of [overfit, optimizers, batch-size, init, best-model, "
                + "edge-of-stability]",
                e.getMessage());
        assertEquals(ExperimentName.BATCH_SIZE, ExperimentName.parse("NAME", "batch-size"));
    }

    @Test
    void batchMultiplesMustKeepTheStepsEqual() {
        BatchSizeExperiment.Config c = BatchSizeExperiment.Config.of(QUICK);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BatchSizeExperiment.Config(
                1000, 1000, c.hidden(), "he", 100, 2, new int[] {3}, c.seeds(), c.momentum(), c.sgd(), 0.04));
        assertTrue(e.getMessage().startsWith("batch multiple = 3 is not allowed: must divide"), e.getMessage());
    }

    @Test
    void learningRatesMustBePositiveAndOverfitsIncreasing() {
        OverfitExperiment.Config c = OverfitExperiment.Config.of(QUICK);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new OverfitExperiment.Config(
                c.trainSize(), c.validationSize(), c.hidden(), c.weightStd(), new double[] {0.1, 1e-3}, c.batchSize(), c.epochs(), 1));
        assertEquals("learning rates = [0.1, 0.001] is not allowed: must be increasing (the first that memorizes is the smallest)",
                e.getMessage());
        InitExperiment.Config i = InitExperiment.Config.of(QUICK);
        e = assertThrows(IllegalArgumentException.class, () -> new InitExperiment.Config(
                i.trainSize(), i.hidden(), new double[] {1e-3, 0}, i.batchSize(), i.epochs(), i.initializers(), 1));
        assertTrue(e.getMessage().startsWith("learning rate = 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new InitExperiment.Config(
                i.trainSize(), i.hidden(), new double[0], i.batchSize(), i.epochs(), i.initializers(), 1));
        assertEquals("learning rates = [] is not allowed: at least one is needed", e.getMessage());
    }
}
