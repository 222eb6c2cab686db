package org.gdlab.nn.train;

import static org.gdlab.nn.train.TrainerTest.CONFIG;
import static org.gdlab.nn.train.TrainerTest.NET;
import static org.gdlab.nn.train.TrainerTest.TRAIN;
import static org.gdlab.nn.train.TrainerTest.VALIDATION;
import static org.gdlab.nn.train.TrainerTest.adam;
import static org.gdlab.nn.train.TrainerTest.newNet;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.init.HeInitializer;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.optim.Sgd;
import org.gdlab.nn.tensor.Precision;
import org.gdlab.nn.tensor.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The train accuracy measured every {@code accuracyEvery} iterations on the train-accuracy sample. */
class TrainerIterationAccuracyTest {
    /** {@link TrainerTest#CONFIG} (20 iterations per epoch, 4 epochs) measuring every {@code every} iterations. */
    static TrainConfig every(int every, int epochs) {
        return CONFIG.withEpochs(epochs).withAccuracyEvery(every);
    }

    /** Records, at each progress report, the accuracy of {@code net} on {@code config}'s train-accuracy sample. */
    static final class SampleAccuracyProbe implements ProgressListener {
        final Map<Long, Double> accuracyAfter = new HashMap<>();
        private final FullyConnectedNet net;
        private final TrainConfig config;
        private final MatrixF32 inputs;
        private final int[] labels;

        /** The sample as the trainer draws it: the first examples of the seeded "train-accuracy-sample" permutation. */
        SampleAccuracyProbe(FullyConnectedNet net, TrainConfig config) {
            this.net = net;
            this.config = config;
            int[] order = new RandomStream(config.seed()).split("train-accuracy-sample").permutation(TRAIN.size());
            int[] index = java.util.Arrays.copyOf(order, Math.min(config.accuracySample(), TRAIN.size()));
            inputs = MatrixF32.zeros(index.length, TRAIN.features());
            Rows.gather(TRAIN.inputs(), index, 0, inputs);
            labels = new int[index.length];
            for (int i = 0; i < index.length; i++) {
                labels[i] = TRAIN.labels()[index[i]];
            }
        }

        @Override
        public void start(String task, long total) {
        }

        @Override
        public void advance(long done, String status) {
            accuracyAfter.put(done, net.accuracy(inputs, labels, config.evalBatch()));
        }

        @Override
        public void finish(String summary) {
        }
    }

    @Test
    void isRecordedAfterEveryNthIterationAsTheSampleAccuracyOfThatMoment() {
        TrainConfig config = every(7, 4);
        FullyConnectedNet net = newNet();
        SampleAccuracyProbe probe = new SampleAccuracyProbe(net, config);
        TrainResult r = new Trainer(config).fit(net, adam(), TRAIN, VALIDATION, probe);
        assertEquals(80, r.iterations());
        assertEquals(20, r.iterationsPerEpoch());
        long[] at = r.history().iterationTrainAccuracyAt();
        double[] accuracy = r.history().iterationTrainAccuracy();
        assertArrayEquals(new long[] {7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77}, at, "floor(80 / 7) = 11 of them");
        assertEquals(at.length, accuracy.length);
        for (int k = 0; k < at.length; k++) {
            assertTrue(accuracy[k] >= 0 && accuracy[k] <= 1, "accuracy " + accuracy[k]);
            assertEquals(probe.accuracyAfter.get(at[k]), accuracy[k], 0, "after " + at[k] + " iterations");
        }
        assertTrue(accuracy[at.length - 1] > accuracy[0], "it learns: " + java.util.Arrays.toString(accuracy));
    }

    @Test
    void atAnEpochsEndItIsThatEpochsTrainAccuracy() {
        TrainResult r = new Trainer(every(10, 4)).fit(newNet(), adam(), TRAIN, VALIDATION, ProgressListener.SILENT);
        double[] accuracy = r.history().iterationTrainAccuracy();
        assertEquals(8, accuracy.length);
        for (int e = 0; e < 4; e++) {
            assertEquals(r.history().trainAccuracy()[e], accuracy[2 * e + 1], 0, "epoch " + (e + 1));
        }
    }

    @Test
    void measuringDoesNotChangeTheRun() {
        TrainResult plain = new Trainer(CONFIG).fit(newNet(), adam(), TRAIN, VALIDATION, ProgressListener.SILENT);
        TrainResult measured = new Trainer(every(3, 4)).fit(newNet(), adam(), TRAIN, VALIDATION, ProgressListener.SILENT);
        assertArrayEquals(plain.history().loss(), measured.history().loss());
        assertArrayEquals(plain.history().validationAccuracy(), measured.history().validationAccuracy());
        assertEquals(0, plain.history().iterationTrainAccuracy().length, "off by default");
        assertEquals(0, plain.history().iterationTrainAccuracyAt().length);
        assertEquals(26, measured.history().iterationTrainAccuracy().length, "floor(80 / 3)");
    }

    @Test
    void everyMoreThanTheRunsIterationsRecordsNone() {
        TrainResult r = new Trainer(every(81, 4)).fit(newNet(), adam(), TRAIN, VALIDATION, ProgressListener.SILENT);
        assertEquals(0, r.history().iterationTrainAccuracy().length);
        assertEquals(1, new Trainer(every(80, 4)).fit(newNet(), adam(), TRAIN, VALIDATION, ProgressListener.SILENT)
                .history().iterationTrainAccuracy().length);
    }

    @Test
    void aDivergedRunKeepsThoseMeasuredBeforeIt() {
        FullyConnectedNet net = new FullyConnectedNet(NetConfig.relu(20, new int[] {32, 16}, 4, Precision.FLOAT32),
                new RandomStream(1));
        net.initialize(new HeInitializer(), new RandomStream(2));
        TrainResult r = new Trainer(every(1, 4)).fit(net, new Sgd(1e6), TRAIN, VALIDATION, ProgressListener.SILENT);
        assertEquals(TrainStatus.DIVERGED, r.status());
        long steps = r.divergence().orElseThrow().iteration();
        assertTrue(steps >= 1, "a step before diverging");
        assertEquals(steps, r.history().iterationTrainAccuracy().length, "one per step taken, none for the diverged one");
        for (int k = 0; k < steps; k++) {
            assertEquals(k + 1, r.history().iterationTrainAccuracyAt()[k]);
        }
    }

    @Test
    void survivesTheCheckpointAndResumesBitForBit(@TempDir Path dir) {
        TrainResult whole = new Trainer(every(7, 4)).fit(newNet(), adam(), TRAIN, VALIDATION, ProgressListener.SILENT);
        Path file = dir.resolve("checkpoint.bin");
        new Trainer(every(7, 2)).writingCheckpoints(file).fit(newNet(), adam(), TRAIN, VALIDATION, ProgressListener.SILENT);
        Checkpoint saved = CheckpointFile.read(file);
        assertArrayEquals(new long[] {7, 14, 21, 28, 35}, saved.history().iterationTrainAccuracyAt());
        assertArrayEquals(java.util.Arrays.copyOf(whole.history().iterationTrainAccuracy(), 5),
                saved.history().iterationTrainAccuracy());

        TrainResult rest = new Trainer(every(7, 4)).writingCheckpoints(file).resume(new FullyConnectedNet(NET, new RandomStream(7)), adam(), TRAIN,
                VALIDATION, ProgressListener.SILENT, saved);
        assertArrayEquals(whole.history().iterationTrainAccuracyAt(), rest.history().iterationTrainAccuracyAt());
        assertArrayEquals(whole.history().iterationTrainAccuracy(), rest.history().iterationTrainAccuracy());
        assertArrayEquals(whole.history().loss(), rest.history().loss());
        assertArrayEquals(whole.history().iterationTrainAccuracy(), CheckpointFile.read(file).history().iterationTrainAccuracy());
    }

    @Test
    void resumingWithAnotherScheduleOrFewerEpochsIsRefused(@TempDir Path dir) {
        Path file = dir.resolve("checkpoint.bin");
        new Trainer(every(7, 2)).writingCheckpoints(file).fit(newNet(), adam(), TRAIN, VALIDATION, ProgressListener.SILENT);
        Checkpoint saved = CheckpointFile.read(file);
        for (int other : new int[] {0, 5, 10}) {
            var e = assertThrows(IllegalArgumentException.class, () -> new Trainer(every(other, 4))
                    .resume(newNet(), adam(), TRAIN, VALIDATION, ProgressListener.SILENT, saved));
            assertEquals("accuracy every = " + other + " is not allowed: must be the checkpoint's, which measured 5 "
                    + "per-iteration train accuracies in 40 iterations (the first after 7)", e.getMessage());
        }
        var e = assertThrows(IllegalArgumentException.class, () -> new Trainer(every(7, 1))
                .resume(newNet(), adam(), TRAIN, VALIDATION, ProgressListener.SILENT, saved));
        assertEquals("epochs = 1 is not allowed: must be >= the 2 epochs the checkpoint has done", e.getMessage());
    }

    @Test
    void aCheckpointFromBeforeTheseAccuraciesReadsAsHavingNone(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("checkpoint.bin");
        TrainResult first = new Trainer(every(0, 1)).writingCheckpoints(file).fit(newNet(), adam(), TRAIN, VALIDATION, ProgressListener.SILENT);
        Path old = dir.resolve("old.bin");
        writeWithout(file, old, Set.of("history.iterationTrainAccuracyAt", "history.iterationTrainAccuracy"));
        assertTrue(Files.size(old) < Files.size(file));
        Checkpoint saved = CheckpointFile.read(old);
        assertEquals(0, saved.history().iterationTrainAccuracy().length);
        assertEquals(0, saved.history().iterationTrainAccuracyAt().length);
        TrainResult rest = new Trainer(every(0, 2)).resume(newNet(), adam(), TRAIN, VALIDATION, ProgressListener.SILENT, saved);
        assertEquals(2, rest.epochsCompleted());
        assertArrayEquals(first.history().loss(), java.util.Arrays.copyOf(rest.history().loss(), 20));
    }

    @Test
    void aNegativeEveryIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> every(-1, 1));
        assertEquals("accuracy every = -1 is not allowed: must be >= 0 (0 for never)", e.getMessage());
        assertEquals(0, CONFIG.accuracyEvery());
        assertEquals(11, every(7, 4).accuracyMeasurements(80));
        assertEquals(0, CONFIG.accuracyMeasurements(80));
    }

    /** A copy of the checkpoint {@code from} without the named arrays, as a writer before them would have left it. */
    private static void writeWithout(Path from, Path to, Set<String> drop) {
        Checkpoint saved = CheckpointFile.read(from);
        Map<String, double[]> arrays = CheckpointFile.arrays(saved);
        arrays.keySet().removeAll(drop);
        CheckpointFile.write(to, CheckpointFile.header(saved), arrays);
    }
}
