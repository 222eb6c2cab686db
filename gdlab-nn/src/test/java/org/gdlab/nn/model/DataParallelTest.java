package org.gdlab.nn.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.parallel.WorkerTeam;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.gradcheck.GradientCheck;
import org.gdlab.nn.gradcheck.GradientCheckResult;
import org.gdlab.nn.init.HeInitializer;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.loss.MeanSquaredError;
import org.gdlab.nn.loss.SoftmaxCrossEntropy;
import org.gdlab.nn.optim.Adam;
import org.gdlab.nn.tensor.Precision;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A batch split among a worker team gives the whole batch's loss and gradient. */
class DataParallelTest {
    private static FullyConnectedNet net(Precision p, Nonlinearity f, double dropout, long seed) {
        NetConfig c = new NetConfig(7, new int[] {9, 6}, 3, f, 0, dropout, false, p);
        FullyConnectedNet net = new FullyConnectedNet(c, new RandomStream(seed));
        net.initialize(new HeInitializer(), new RandomStream(seed + 1));
        return net;
    }

    private static MatrixF64 inputs(int n, long seed) {
        MatrixF64 x = MatrixF64.zeros(n, 7);
        new RandomStream(seed).fillNormal(x, 0, 1);
        return x;
    }

    private static int[] labels(int n) {
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = (i * 7 + 1) % 3;
        }
        return y;
    }

    @Property(tries = 40)
    void splitBatchesGiveTheWholeBatchsLossAndGradient(@ForAll @IntRange(min = 1, max = 23) int n,
                                                       @ForAll @IntRange(min = 2, max = 4) int members) {
        FullyConnectedNet whole = net(Precision.FLOAT64, Nonlinearity.RELU, 0, 11);
        FullyConnectedNet split = net(Precision.FLOAT64, Nonlinearity.RELU, 0, 11);
        MatrixF64 x = inputs(n, n);
        try (WorkerTeam team = new WorkerTeam(members)) {
            split.setTeam(team);
            double expected = whole.lossAndGradients(x, new SoftmaxCrossEntropy(labels(n)), 0.01, 5);
            double actual = split.lossAndGradients(x, new SoftmaxCrossEntropy(labels(n)), 0.01, 5);
            assertEquals(expected, actual, 1e-13 * Math.abs(expected));
            DenseMatrix<?> g = whole.parameters().gradients();
            assertTrue(g.maxAbsDifference(split.parameters().gradients()) <= 1e-13 * g.maxAbs(),
                    "gradients differ by " + g.maxAbsDifference(split.parameters().gradients()));
        }
    }

    @Test
    void meanSquaredErrorSplitsToo() {
        NetConfig c = new NetConfig(7, new int[] {5}, 2, Nonlinearity.TANH, 0, 0, false, Precision.FLOAT64);
        FullyConnectedNet whole = new FullyConnectedNet(c, new RandomStream(1));
        FullyConnectedNet split = new FullyConnectedNet(c, new RandomStream(1));
        whole.initialize(new HeInitializer(), new RandomStream(2));
        split.parameters().values().copyFrom(whole.parameters().values());
        MatrixF64 x = inputs(9, 3);
        MatrixF64 t = MatrixF64.zeros(9, 2);
        new RandomStream(4).fillNormal(t, 0, 1);
        try (WorkerTeam team = new WorkerTeam(3)) {
            split.setTeam(team);
            double expected = whole.lossAndGradients(x, new MeanSquaredError(t), 0, 0);
            assertEquals(expected, split.lossAndGradients(x, new MeanSquaredError(t), 0, 0), 1e-14);
            assertTrue(whole.parameters().gradients().maxAbsDifference(split.parameters().gradients()) < 1e-14);
        }
    }

    /** Tanh, not ReLU: finite differences across a ReLU kink fail whether the batch is split or not. */
    @Test
    void aSplitNetWithDropoutPassesTheGradientCheck() {
        FullyConnectedNet split = net(Precision.FLOAT64, Nonlinearity.TANH, 0.3, 21);
        try (WorkerTeam team = new WorkerTeam(2)) {
            split.setTeam(team);
            for (GradientCheckResult r : GradientCheck.network("split", split, inputs(12, 8),
                    new SoftmaxCrossEntropy(labels(12)), 0.02)) {
                assertTrue(r.passed(), r.toString());
            }
        }
    }

    @Test
    void splitTrainingIsReproducibleBitForBit() {
        double[][] runs = new double[2][];
        for (int r = 0; r < 2; r++) {
            FullyConnectedNet net = net(Precision.FLOAT32, Nonlinearity.RELU, 0.2, 31);
            Adam adam = new Adam(1e-2, 0.9, 0.999, 1e-8);
            MatrixF32 x = MatrixF32.copyOf(inputs(40, 9));
            try (WorkerTeam team = new WorkerTeam(2)) {
                net.setTeam(team);
                for (int t = 0; t < 30; t++) {
                    net.lossAndGradients(x, new SoftmaxCrossEntropy(labels(40)), 1e-3, t);
                    adam.step(net.parameters(), net.team());
                }
            }
            runs[r] = net.parameters().values().toDoubleArray();
        }
        assertArrayEquals(runs[0], runs[1]);
    }

    @Test
    void aBatchNormNetDoesNotSplit() {
        NetConfig c = new NetConfig(7, new int[] {9}, 3, Nonlinearity.RELU, 0, 0, true, Precision.FLOAT32);
        FullyConnectedNet net = new FullyConnectedNet(c, new RandomStream(0));
        try (WorkerTeam team = new WorkerTeam(2)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.setTeam(team));
            assertEquals("a net with batch norm cannot split its batches among 2 threads (batch statistics are over "
                    + "the whole batch)", e.getMessage());
        }
        net.setTeam(WorkerTeam.SERIAL);
    }
}
