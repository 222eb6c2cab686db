package org.gdlab.nn.hessian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gdlab.core.linalg.SymmetricEigen;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.data.Dataset;
import org.gdlab.nn.init.XavierInitializer;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.loss.LossKind;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.optim.Adam;
import org.gdlab.nn.optim.EmaMomentum;
import org.gdlab.nn.optim.LrSchedule;
import org.gdlab.nn.optim.Optimizer;
import org.gdlab.nn.optim.RmsProp;
import org.gdlab.nn.optim.Sgd;
import org.gdlab.nn.optim.SgdMomentum;
import org.gdlab.nn.tensor.Precision;
import org.gdlab.nn.train.Checkpoint;
import org.gdlab.nn.train.CheckpointFile;
import org.gdlab.nn.train.StabilityEdge;
import org.gdlab.nn.train.TrainConfig;
import org.gdlab.nn.train.TrainResult;
import org.gdlab.nn.train.Trainer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sharpness a training run tracks ({@link TrainConfig#sharpness()}): what it measures, and what it leaves alone. */
class SharpnessTrackingTest {
    private static final int EXAMPLES = 10;
    /** 3-[4]-3 tanh: 3*4 + 4 + 4*3 + 3 = 31 parameters, so 31 Lanczos steps are exact. */
    private static final int PARAMETERS = 31;

    /** 24 examples of 3 features in 3 classes (Gaussian, seeded). */
    private static Dataset data() {
        RandomStream r = new RandomStream(5);
        MatrixF32 x = MatrixF32.zeros(24, 3);
        int[] y = new int[24];
        for (int i = 0; i < 24; i++) {
            y[i] = i % 3;
            for (int j = 0; j < 3; j++) {
                x.set(i, j, (float) ((j == y[i] ? 1.5 : 0) + r.normal()));
            }
        }
        return new Dataset("gaussian", x, y, 3);
    }

    private static final Dataset EMPTY = new Dataset("none", MatrixF32.zeros(0, 3), new int[0], 3);

    private static FullyConnectedNet net() {
        NetConfig c = new NetConfig(3, new int[] {4}, 3, Nonlinearity.TANH, 0.01, 0, false, Precision.FLOAT32);
        FullyConnectedNet n = new FullyConnectedNet(c, new RandomStream(0));
        n.initialize(new XavierInitializer(), new RandomStream(3));
        return n;
    }

    private static TrainConfig config(int epochs, Optional<SharpnessTracking> tracking) {
        return TrainConfig.of(6, epochs, 0).withReg(0.01).withSchedule(LrSchedule.stepDecay(0.5)).withSharpness(tracking);
    }

    private static Optional<SharpnessTracking> every(int iterations) {
        return Optional.of(new SharpnessTracking(SharpnessTracking.Unit.ITERATIONS, iterations, EXAMPLES, PARAMETERS));
    }

    /**
     * The top eigenvalue of the Hessian of CE + 0.5 reg ||W||^2 on the first EXAMPLES examples,
     * from second differences of the loss values alone (no backward pass) and LAPACK's dsyevd.
     */
    private static double denseSharpness(FullyConnectedNet net, Dataset train) {
        MatrixF64 x = MatrixF64.copyOf(train.inputs().rowRange(0, EXAMPLES));
        LossValues loss = new LossValues(net, x, LossKind.CROSS_ENTROPY.bind(train.labels(), 0, EXAMPLES, 3), 0.01);
        double[] theta = loss.parameters();
        int p = theta.length;
        double h = 1e-4;
        MatrixF64 hessian = MatrixF64.zeros(p, p);
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double v = loss.secondDifference(theta, i, j, h);
                hessian.set(i, j, v);
                hessian.set(j, i, v);
            }
        }
        double[] values = SymmetricEigen.of(hessian).values();
        return values[p - 1];
    }

    @Test
    void theTrackedSharpnessIsTheTopEigenvalueOfTheSecondDifferenceHessianAtStartAndEnd() {
        Dataset train = data();
        FullyConnectedNet start = net();
        assertEquals(PARAMETERS, start.parameters().trainableSize());
        double atStart = denseSharpness(start, train);
        FullyConnectedNet trained = net();
        TrainResult r = new Trainer(config(3, every(2))).fit(trained, new Sgd(0.4), train, EMPTY, ProgressListener.SILENT);
        List<SharpnessPoint> points = r.history().sharpness();
        assertEquals(List.of(0L, 2L, 4L, 6L, 8L, 10L, 12L), points.stream().map(SharpnessPoint::iteration).toList(),
                "at the start and after every 2 of 3 x 4 iterations");
        assertEquals(atStart, points.get(0).lambdaMax(), 1e-6 * atStart);
        double atEnd = denseSharpness(trained, train);
        assertEquals(atEnd, points.get(points.size() - 1).lambdaMax(), 1e-6 * atEnd, "the last epoch's parameters");
        assertTrue(Math.abs(atEnd - atStart) > 1e-3 * atStart, "training moved the sharpness: " + atStart + " -> " + atEnd);
        SharpnessPoint p = points.get(3);
        assertEquals(1.5, p.epoch(), 0, "6 of 4 iterations per epoch");
        assertEquals(0.4 * 0.5, p.learningRate(), 1e-15, "epoch 2 (from 1) of step decay 0.5");
        assertEquals(2 / (0.4 * 0.5), p.edge(), 1e-12);
        assertEquals(0.4, points.get(0).learningRate(), 0);
        assertTrue(p.residual() < 1e-6 * p.lambdaMax(), "exact Lanczos: residual " + p.residual());
    }

    @Test
    void perEpochTrackingMeasuresAfterEachEpochsLastStep() {
        Optional<SharpnessTracking> epochs = Optional.of(SharpnessTracking.parse("--track-sharpness", "epoch", EXAMPLES, 5));
        TrainResult r = new Trainer(config(3, epochs)).fit(net(), new Sgd(0.4), data(), EMPTY, ProgressListener.SILENT);
        assertEquals(List.of(0L, 4L, 8L, 12L), r.history().sharpness().stream().map(SharpnessPoint::iteration).toList());
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0), r.history().sharpness().stream().map(SharpnessPoint::epoch).toList());
    }

    @Test
    void trackingChangesNotOneBitOfTheTraining() {
        Dataset train = data();
        FullyConnectedNet plain = net();
        FullyConnectedNet tracked = net();
        TrainResult a = new Trainer(config(3, Optional.empty())).fit(plain, new SgdMomentum(0.1, 0.9, false), train, train,
                ProgressListener.SILENT);
        TrainResult b = new Trainer(config(3, every(1))).fit(tracked, new SgdMomentum(0.1, 0.9, false), train, train,
                ProgressListener.SILENT);
        assertArrayEquals(plain.parameters().values().toDoubleArray(), tracked.parameters().values().toDoubleArray(), 0);
        assertArrayEquals(a.history().loss(), b.history().loss(), 0);
        assertArrayEquals(a.history().validationLoss(), b.history().validationLoss(), 0);
        assertTrue(a.history().sharpness().isEmpty());
        assertEquals(13, b.history().sharpness().size());
        assertEquals(2 * 1.9 / 0.1, b.history().sharpness().get(1).edge(), 1e-12, "heavy ball: 2 (1 + m) / lr");
    }

    @Test
    void aResumedRunMeasuresWhatTheUninterruptedRunDoes(@TempDir Path dir) {
        Dataset train = data();
        TrainResult whole = new Trainer(config(4, every(3))).fit(net(), new Sgd(0.3), train, train, ProgressListener.SILENT);
        Path file = dir.resolve("checkpoint.bin");
        new Trainer(config(2, every(3))).writingCheckpoints(file).fit(net(), new Sgd(0.3), train, train,
                ProgressListener.SILENT);
        Checkpoint saved = CheckpointFile.read(file);
        assertEquals(3, saved.history().sharpness().size(), "at 0, 3 and 6 of the first 8 iterations");
        TrainResult resumed = new Trainer(config(4, every(3))).resume(net(), new Sgd(0.3), train, train,
                ProgressListener.SILENT, saved);
        assertEquals(whole.history().sharpness(), resumed.history().sharpness());
        assertEquals(6, resumed.history().sharpness().size());
    }

    /**
     * Each rule's edge against the scalar recurrence it is the edge of, run for 5,000 steps on
     * {@code h x^2 / 2}: at 0.99 of the edge it shrinks, at 1.01 it grows.
     */
    @Test
    void eachEdgeSeparatesConvergenceFromDivergenceOfItsRuleOnAQuadratic() {
        double lr = 0.05;
        assertEdge(new Sgd(lr), (h, x, v) -> new double[] {x - lr * h * x, 0});
        double m = 0.8;
        assertEdge(new SgdMomentum(lr, m, false), (h, x, v) -> {
            double nv = m * v + h * x;
            return new double[] {x - lr * nv, nv};
        });
        assertEdge(new SgdMomentum(lr, m, true), (h, x, v) -> {
            double nv = m * v + h * x;
            return new double[] {x - lr * (h * x + m * nv), nv};
        });
        double beta = 0.3;
        assertEdge(new EmaMomentum(lr, beta), (h, x, z) -> {
            double nz = (1 - beta) * z + beta * h * x;
            return new double[] {x - lr * nz, nz};
        });
    }

    private interface Recurrence {
        double[] step(double h, double x, double v);
    }

    private static void assertEdge(Optimizer o, Recurrence rule) {
        double edge = StabilityEdge.of(o);
        assertTrue(Math.abs(run(rule, 0.99 * edge)) < 1e-6, o.describe() + " below its edge " + edge);
        assertTrue(!(Math.abs(run(rule, 1.01 * edge)) < 1e6), o.describe() + " above its edge " + edge);
    }

    private static double run(Recurrence rule, double h) {
        double x = 1;
        double v = 0;
        for (int t = 0; t < 5_000; t++) {
            double[] next = rule.step(h, x, v);
            x = next[0];
            v = next[1];
        }
        return x;
    }

    @Test
    void adaptiveRulesHaveNoEdgeAndAreRefusedInOneLineNamingTheOption() {
        for (Optimizer o : List.of(new Adam(1e-3, 0.9, 0.999, 1e-8), new RmsProp(1e-2, 0.99, 1e-8))) {
            assertTrue(!StabilityEdge.exists(o));
            var e = assertThrows(IllegalArgumentException.class, () -> StabilityEdge.of(o));
            assertTrue(e.getMessage().startsWith("optimizer = " + o.describe() + " is not allowed: must be sgd, "
                    + "momentum, nesterov or ema to track the sharpness"), e.getMessage());
        }
        var e = assertThrows(IllegalArgumentException.class, () -> new Trainer(config(1, every(1)))
                .fit(net(), new Adam(1e-3, 0.9, 0.999, 1e-8), data(), EMPTY, ProgressListener.SILENT));
        assertTrue(e.getMessage().startsWith("optimizer = adam("), e.getMessage());
    }

    @Test
    void badCadencesAreRefusedNamingTheOption() {
        for (String bad : new String[] {"0", "-3", "epochs", "1.5", ""}) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> SharpnessTracking.parse("--track-sharpness", bad, 100, 20));
            assertEquals("--track-sharpness = " + bad + " is not allowed: must be a number of iterations >= 1 or epoch",
                    e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new SharpnessTracking(SharpnessTracking.Unit.ITERATIONS, 5,
                PearlmutterHessian.MAX_EXAMPLES + 1, 20));
        assertThrows(IllegalArgumentException.class, () -> new SharpnessTracking(SharpnessTracking.Unit.EPOCHS, 1, 10, 0));
    }

    /**
     * Between measurements tracking allocates nothing: a run tracked only at its start allocates
     * more than the untracked run by the same bytes (the one measurement) whether it trains 96 or
     * 9,600 iterations; one object of 16 bytes per iteration would add 150 KB. Measured on this
     * thread (the net has no worker team), the least of 6 rounds each, since the JIT's work
     * adds bytes to some rounds.
     */
    @Test
    void trackingAllocatesNothingPerIterationBetweenMeasurements() {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "this JVM measures no thread allocation");
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Dataset train = data();
        Optional<SharpnessTracking> once = Optional.of(new SharpnessTracking(SharpnessTracking.Unit.ITERATIONS, 1 << 30,
                EXAMPLES, PARAMETERS));
        int[] epochs = {4, 400};
        long[] plain = {Long.MAX_VALUE, Long.MAX_VALUE};
        long[] tracked = {Long.MAX_VALUE, Long.MAX_VALUE};
        for (int round = 0; round < 6; round++) {
            for (int k = 0; k < 2; k++) {
                plain[k] = Math.min(plain[k], allocated(bean, TrainConfig.of(1, epochs[k], 0), Optional.empty(), train));
                tracked[k] = Math.min(tracked[k], allocated(bean, TrainConfig.of(1, epochs[k], 0), once, train));
            }
        }
        long[] extra = {tracked[0] - plain[0], tracked[1] - plain[1]};
        assertTrue(extra[0] > 0, "the measurement allocates: " + extra[0]);
        assertTrue(Math.abs(extra[1] - extra[0]) < 16_384, "one measurement each: " + extra[0] + " bytes over "
                + 24 * epochs[0] + " iterations, " + extra[1] + " over " + 24 * epochs[1]);
    }

    private static long allocated(com.sun.management.ThreadMXBean bean, TrainConfig config,
                                  Optional<SharpnessTracking> tracking, Dataset train) {
        FullyConnectedNet n = net();
        Trainer trainer = new Trainer(config.withSharpness(tracking));
        long id = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(id);
        trainer.fit(n, new Sgd(0.05), train, EMPTY, ProgressListener.SILENT);
        return bean.getThreadAllocatedBytes(id) - before;
    }
}
