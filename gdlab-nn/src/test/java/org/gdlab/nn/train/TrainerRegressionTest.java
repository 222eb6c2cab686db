package org.gdlab.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.data.RegressionSet;
import org.gdlab.nn.init.HeInitializer;
import org.gdlab.nn.init.UniformInitializer;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.optim.Sgd;
import org.gdlab.nn.tensor.Precision;
import org.junit.jupiter.api.Test;

class TrainerRegressionTest {
    /** y = 2x - 1 + 0.5 x^2 at 64 points of [-1, 1]. */
    static RegressionSet curve() {
        MatrixF64 x = MatrixF64.zeros(64, 1);
        MatrixF64 y = MatrixF64.zeros(64, 1);
        for (int i = 0; i < 64; i++) {
            double v = -1 + 2.0 * i / 63;
            x.set(i, 0, v);
            y.set(i, 0, 2 * v - 1 + 0.5 * v * v);
        }
        return new RegressionSet("curve", x, y);
    }

    static FullyConnectedNet net(int[] hidden) {
        FullyConnectedNet net = new FullyConnectedNet(NetConfig.relu(1, hidden, 1, Precision.FLOAT64),
                new RandomStream(1));
        net.initialize(new HeInitializer(), new RandomStream(2));
        return net;
    }

    @Test
    void aLinearModelLearnsTheLeastSquaresLineAndSnapshotsComeOnSchedule() {
        FullyConnectedNet net = net(new int[0]);
        List<Long> seen = new ArrayList<>();
        TrainResult r = new Trainer(TrainConfig.of(16, 1, 3)).fitRegression(net, new Sgd(0.1), curve(), 2000, 500,
                (steps, n) -> seen.add(steps), ProgressListener.SILENT);
        assertEquals(TrainStatus.COMPLETED, r.status());
        assertEquals(2000, r.iterations());
        assertEquals(2000 / 4, r.epochsCompleted());
        assertEquals(List.of(500L, 1000L, 1500L, 2000L), seen);
        // The least-squares line of 2x - 1 + 0.5 x^2 on a symmetric grid has slope 2 and
        // intercept -1 + 0.5 mean(x^2); SGD with a fixed rate ends near it.
        double meanSquare = 0;
        for (int i = 0; i < 64; i++) {
            double v = -1 + 2.0 * i / 63;
            meanSquare += v * v / 64;
        }
        assertEquals(2, net.parameters().get("W1").value().getAsDouble(0, 0), 0.05);
        assertEquals(-1 + 0.5 * meanSquare, net.parameters().get("b1").value().getAsDouble(0, 0), 0.05);
        assertTrue(r.history().loss()[1999] < r.history().loss()[0] / 10);
    }

    @Test
    void theSameSeedGivesTheSameHistory() {
        TrainResult a = new Trainer(TrainConfig.of(8, 1, 5)).fitRegression(net(new int[] {16}), new Sgd(0.02),
                curve(), 300, 300, StepListener.NONE, ProgressListener.SILENT);
        TrainResult b = new Trainer(TrainConfig.of(8, 1, 5)).fitRegression(net(new int[] {16}), new Sgd(0.02),
                curve(), 300, 300, StepListener.NONE, ProgressListener.SILENT);
        assertArrayEquals(a.history().loss(), b.history().loss());
        TrainResult c = new Trainer(TrainConfig.of(8, 1, 6)).fitRegression(net(new int[] {16}), new Sgd(0.02),
                curve(), 300, 300, StepListener.NONE, ProgressListener.SILENT);
        assertTrue(a.history().loss()[200] != c.history().loss()[200], "another seed shuffles differently");
    }

    @Test
    void divergenceIsReportedWithTheStepNotThrown() {
        FullyConnectedNet net = new FullyConnectedNet(NetConfig.relu(1, new int[] {64, 64, 64, 64}, 1,
                Precision.FLOAT64), new RandomStream(1));
        net.initialize(new UniformInitializer(3), new RandomStream(2));
        TrainResult r = new Trainer(TrainConfig.of(16, 1, 3)).fitRegression(net, new Sgd(0.02), curve(), 1000, 1000,
                StepListener.NONE, ProgressListener.SILENT);
        assertEquals(TrainStatus.DIVERGED, r.status());
        long at = r.divergence().orElseThrow().iteration();
        assertTrue(at >= 0 && at < 1000);
        assertEquals(at + 1, r.iterations());
        assertTrue(r.divergence().get().message().contains("in iteration " + (at + 1)), r.divergence().get().message());
        assertTrue(!Double.isFinite(r.history().loss()[(int) at])
                || !Double.isFinite(r.history().gradientNorm()[(int) at]));
    }

    @Test
    void badInputIsNamed() {
        Trainer t = new Trainer(TrainConfig.of(100, 1, 3));
        var e = assertThrows(IllegalArgumentException.class, () -> t.fitRegression(net(new int[] {4}), new Sgd(0.1),
                curve(), 10, 10, StepListener.NONE, ProgressListener.SILENT));
        assertEquals("batch size = 100 is not allowed: must be <= the training set's size 64", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Trainer(TrainConfig.of(8, 1, 3)).fitRegression(
                net(new int[] {4}), new Sgd(0.1), curve(), 0, 10, StepListener.NONE, ProgressListener.SILENT));
        assertEquals("steps = 0 is not allowed: must be >= 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new RegressionSet("r", MatrixF64.zeros(3, 1),
                MatrixF64.zeros(2, 1)));
        assertEquals("r: 3 examples but 2 target rows", e.getMessage());
    }
}
