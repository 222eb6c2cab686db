package org.gdlab.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gdlab.core.io.MatrixFileException;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.data.Dataset;
import org.gdlab.nn.init.HeInitializer;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.optim.Optimizer;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.optim.OptimizerKind;
import org.gdlab.nn.optim.LrSchedule;
import org.gdlab.nn.optim.Sgd;
import org.gdlab.nn.tensor.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerTest {
    static final Dataset TRAIN = Blobs.make("blobs train", 640, 20, 4, 1.0, 1);
    static final Dataset VALIDATION = Blobs.make("blobs val", 200, 20, 4, 1.0, 2);
    static final NetConfig NET = new NetConfig(20, new int[] {32, 16}, 4, Nonlinearity.RELU, 0, 0.1, true, Precision.FLOAT32);
    static final TrainConfig CONFIG = TrainConfig.of(32, 4, 7).withSchedule(LrSchedule.stepDecay(0.9)).withReg(1e-3)
            .withAccuracySample(300).withEvalBatch(100);

    static FullyConnectedNet newNet() {
        FullyConnectedNet net = new FullyConnectedNet(NET, new RandomStream(7));
        net.initialize(new HeInitializer(), new RandomStream(8));
        return net;
    }

    static Optimizer adam() {
        return new OptimizerConfig(OptimizerKind.ADAM, 1e-2, 0.9).create();
    }

    @Test
    void learnsSeparableBlobsAndRecordsHistories() {
        FullyConnectedNet net = newNet();
        TrainResult r = new Trainer(CONFIG).fit(net, adam(), TRAIN, VALIDATION, ProgressListener.SILENT);
        assertEquals(TrainStatus.COMPLETED, r.status());
        assertEquals(4, r.epochsCompleted());
        assertEquals(4 * 20, r.iterations());
        assertEquals(80, r.history().loss().length);
        assertEquals(3, r.history().layerGradientNorms().length);
        assertTrue(r.bestValidationAccuracy() > 0.9, "val acc " + r.bestValidationAccuracy());
        double early = (r.history().loss()[0] + r.history().loss()[1]) / 2;
        double late = (r.history().loss()[78] + r.history().loss()[79]) / 2;
        assertTrue(late < early / 2, early + " -> " + late);
        assertEquals(r.bestValidationAccuracy(), net.accuracy(VALIDATION.inputs(), VALIDATION.labels(), 64), 0,
                "the net holds the best parameters");
        assertTrue(r.history().gradientNorm()[0] > 0);
        // the best epoch's validation loss is -(1/n) sum_i log softmax(f(x_i))_{y_i} of the parameters the net holds
        var scores = org.gdlab.nn.tensor.Access.of(net.forward(copyOf(VALIDATION.inputs()), false, 0));
        double sum = 0;
        for (int i = 0; i < VALIDATION.size(); i++) {
            double z = 0;
            for (int j = 0; j < 4; j++) {
                z += Math.exp(scores.get(i, j));
            }
            sum -= scores.get(i, VALIDATION.labels()[i]) - Math.log(z);
        }
        assertEquals(4, r.history().validationLoss().length);
        assertEquals(sum / VALIDATION.size(), r.history().validationLoss()[r.bestEpoch() - 1], 1e-5);
    }

    private static org.gdlab.core.matrix.MatrixF32 copyOf(org.gdlab.core.matrix.MatrixF32 m) {
        org.gdlab.core.matrix.MatrixF32 c = org.gdlab.core.matrix.MatrixF32.zeros(m.rows(), m.cols());
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                c.set(i, j, m.get(i, j));
            }
        }
        return c;
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        TrainResult a = new Trainer(CONFIG).fit(newNet(), adam(), TRAIN, VALIDATION, ProgressListener.SILENT);
        TrainResult b = new Trainer(CONFIG).fit(newNet(), adam(), TRAIN, VALIDATION, ProgressListener.SILENT);
        assertArrayEquals(a.history().loss(), b.history().loss());
        assertArrayEquals(a.history().validationAccuracy(), b.history().validationAccuracy());
    }

    @Test
    void resumingFromTheHalfwayCheckpointContinuesBitForBit(@TempDir Path dir) {
        FullyConnectedNet straight = newNet();
        TrainResult whole = new Trainer(CONFIG).fit(straight, adam(), TRAIN, VALIDATION, ProgressListener.SILENT);

        Path file = dir.resolve("checkpoint.bin");
        TrainConfig half = CONFIG.withEpochs(2);
        new Trainer(half).writingCheckpoints(file).fit(newNet(), adam(), TRAIN, VALIDATION, ProgressListener.SILENT);
        Checkpoint saved = CheckpointFile.read(file);
        assertEquals(2, saved.epochsDone());

        FullyConnectedNet fresh = new FullyConnectedNet(NET, new RandomStream(7));
        TrainResult rest = new Trainer(CONFIG).writingCheckpoints(file).resume(fresh, adam(), TRAIN, VALIDATION, ProgressListener.SILENT, saved);
        assertArrayEquals(straight.parameters().values().toDoubleArray(), fresh.parameters().values().toDoubleArray());
        assertArrayEquals(whole.history().loss(), rest.history().loss());
        assertArrayEquals(whole.history().validationAccuracy(), rest.history().validationAccuracy());
        assertArrayEquals(whole.history().layerGradientNorms()[2], rest.history().layerGradientNorms()[2]);
        assertEquals(whole.bestEpoch(), rest.bestEpoch());
        assertEquals(4, CheckpointFile.read(file).epochsDone());
    }

    @Test
    void divergenceStopsTheRunAndKeepsWhatWasRecorded() {
        NetConfig plain = NetConfig.relu(20, new int[] {32, 16}, 4, Precision.FLOAT32);
        FullyConnectedNet net = new FullyConnectedNet(plain, new RandomStream(1));
        net.initialize(new HeInitializer(), new RandomStream(2));
        TrainResult r = new Trainer(CONFIG).fit(net, new Sgd(1e6), TRAIN, VALIDATION, ProgressListener.SILENT);
        assertEquals(TrainStatus.DIVERGED, r.status());
        Divergence d = r.divergence().orElseThrow();
        assertTrue(d.iteration() >= 1 && d.iteration() < 80, "at " + d.iteration());
        assertEquals(d.iteration() / 20 + 1, d.epoch());
        assertEquals(d.iteration() + 1, r.iterations());
        assertEquals(r.iterations(), r.history().loss().length);
        assertTrue(Double.isFinite(r.history().loss()[0]));
        double last = r.history().loss()[(int) d.iteration()];
        double lastNorm = r.history().gradientNorm()[(int) d.iteration()];
        assertTrue(!Double.isFinite(last) || !Double.isFinite(lastNorm));
        assertTrue(d.message().startsWith("loss " + d.loss() + " in iteration " + (d.iteration() + 1) + " (epoch "
                + d.epoch() + "): "), d.message());
    }

    /**
     * A NaN planted in W2 of a 20-32-16-4 ReLU net: layers() is affine 20->32, relu, affine 32->16,
     * relu, affine 16->4, so the first non-finite value is the forward output of layer 3; every
     * gradient is then NaN, the last affine layer's (3) nearest the output.
     */
    @Test
    void theDiagnosisNamesTheLayerWhoseForwardPassFirstLeftFiniteNumbers() {
        FullyConnectedNet net = new FullyConnectedNet(NetConfig.relu(20, new int[] {32, 16}, 4, Precision.FLOAT32),
                new RandomStream(1));
        net.initialize(new HeInitializer(), new RandomStream(2));
        net.parameters().get("W2").value().setFromDouble(5, 7, Double.NaN);
        TrainResult r = new Trainer(CONFIG).fit(net, adam(), TRAIN, VALIDATION, ProgressListener.SILENT);
        Divergence d = r.divergence().orElseThrow();
        assertEquals(0, d.iteration());
        assertEquals(1, d.epoch());
        assertEquals(3, d.gradientLayer());
        assertEquals(new Divergence.Site(3, "affine 32->16", Divergence.Pass.FORWARD), d.firstNonFinite().orElseThrow());
        assertEquals("loss NaN in iteration 1 (epoch 1): first non-finite in the forward pass of layer 3 (affine 32->16)",
                d.message());
    }

    @Test
    void withoutAValidationSetTheLastParametersAreKept() {
        Dataset none = new Dataset("empty", org.gdlab.core.matrix.MatrixF32.zeros(0, 20), new int[0], 4);
        FullyConnectedNet net = newNet();
        TrainResult r = new Trainer(CONFIG).fit(net, adam(), TRAIN, none, ProgressListener.SILENT);
        assertEquals(4, r.bestEpoch());
        assertTrue(Double.isNaN(r.history().validationAccuracy()[0]));
        assertTrue(r.history().trainAccuracy()[3] > 0.9);
    }

    @Test
    void aBatchLargerThanTheDataIsRefused() {
        TrainConfig big = TrainConfig.of(1000, 1, 0);
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Trainer(big).fit(newNet(), adam(), TRAIN, VALIDATION, ProgressListener.SILENT));
        assertEquals("batch size = 1000 is not allowed: must be <= the training set's size 640", e.getMessage());
        var d = assertThrows(IllegalArgumentException.class, () -> LrSchedule.stepDecay(0));
        assertEquals("lr decay = 0.0 is not allowed: must be in (0.0, 1.0]", d.getMessage());
    }

    @Test
    void aTruncatedCheckpointNamesTheFileAndOffset(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("checkpoint.bin");
        new Trainer(TrainConfig.of(64, 1, 0)).writingCheckpoints(file).fit(newNet(), adam(), TRAIN, VALIDATION, ProgressListener.SILENT);
        byte[] bytes = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.bin");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        var e = assertThrows(MatrixFileException.class, () -> CheckpointFile.read(cut));
        assertTrue(e.getMessage().startsWith(cut + ": at byte "), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"));
        Files.writeString(cut, "not a checkpoint at all");
        assertTrue(assertThrows(MatrixFileException.class, () -> CheckpointFile.read(cut)).getMessage().contains("GDLABCK1"));
        FullyConnectedNet other = new FullyConnectedNet(NetConfig.relu(20, new int[] {8}, 4, Precision.FLOAT32), new RandomStream(0));
        Checkpoint saved = CheckpointFile.read(file);
        assertThrows(IllegalArgumentException.class, () -> new Trainer(TrainConfig.of(64, 2, 0))
                .resume(other, adam(), TRAIN, VALIDATION, ProgressListener.SILENT, saved));
    }

    @Test
    void aCheckpointReadAndWrittenAgainHasTheSameBytes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("checkpoint.bin");
        new Trainer(TrainConfig.of(64, 1, 0)).writingCheckpoints(file).fit(newNet(), adam(), TRAIN, VALIDATION, ProgressListener.SILENT);
        Path again = dir.resolve("again.bin");
        CheckpointFile.write(again, CheckpointFile.read(file));
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));
    }

    @Test
    void anArrayLongerThanTheFileIsReportedBeforeItIsAllocated(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("checkpoint.bin");
        new Trainer(TrainConfig.of(64, 1, 0)).writingCheckpoints(file).fit(newNet(), adam(), TRAIN, VALIDATION, ProgressListener.SILENT);
        byte[] bytes = Files.readAllBytes(file);
        byte[] name = "\0\nparameters".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int at = indexOf(bytes, name);
        java.nio.ByteBuffer.wrap(bytes).putInt(at + name.length, 200_000_000);
        Path corrupt = dir.resolve("corrupt.bin");
        Files.write(corrupt, bytes);
        var e = assertThrows(MatrixFileException.class, () -> CheckpointFile.read(corrupt));
        long left = bytes.length - at - name.length - 4;
        assertEquals(corrupt + ": at byte " + at + ": truncated or corrupt: the array 'parameters' claims 200000000 "
                + "numbers (1600000000 bytes) but " + left + " bytes follow", e.getMessage());
    }

    @Test
    void arraysOfTheWrongLengthForTheHeaderAreCorrupt(@TempDir Path dir) {
        Path file = dir.resolve("checkpoint.bin");
        new Trainer(TrainConfig.of(64, 1, 0)).writingCheckpoints(file).fit(newNet(), adam(), TRAIN, VALIDATION, ProgressListener.SILENT);
        Checkpoint saved = CheckpointFile.read(file);
        Map<String, String> expected = Map.of(
                "history.loss", "holds 9 numbers, not 10 (one per iteration done)",
                "history.layerGradientNorm.2", "holds 9 numbers, not 10 (one per iteration done)",
                "history.epochSeconds", "holds 0 numbers, not 1 (one per epoch done)",
                "bestParameters", "holds " + (saved.parameters().length - 1) + " numbers, not "
                        + saved.parameters().length + " (as many as 'parameters')");
        Path corrupt = dir.resolve("corrupt.bin");
        expected.forEach((name, problem) -> {
            Map<String, double[]> arrays = CheckpointFile.arrays(saved);
            arrays.put(name, java.util.Arrays.copyOf(arrays.get(name), arrays.get(name).length - 1));
            CheckpointFile.write(corrupt, CheckpointFile.header(saved), arrays);
            var e = assertThrows(MatrixFileException.class, () -> CheckpointFile.read(corrupt));
            assertEquals(corrupt + ": corrupt: the array '" + name + "' " + problem, e.getMessage());
        });
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
