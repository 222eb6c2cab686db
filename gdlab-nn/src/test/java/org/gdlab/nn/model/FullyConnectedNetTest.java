package org.gdlab.nn.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.parallel.WorkerTeam;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.init.HeInitializer;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.loss.SoftmaxCrossEntropy;
import org.gdlab.nn.tensor.Precision;
import org.junit.jupiter.api.Test;

class FullyConnectedNetTest {
    @Test
    void float32AndFloat64NetsAgreeOnLossAndGradients() {
        NetConfig c64 = new NetConfig(12, new int[] {16, 8}, 4, Nonlinearity.RELU, 0, 0.2, true, Precision.FLOAT64);
        FullyConnectedNet n64 = new FullyConnectedNet(c64, new RandomStream(3));
        FullyConnectedNet n32 = new FullyConnectedNet(c64.withPrecision(Precision.FLOAT32), new RandomStream(3));
        n64.initialize(new HeInitializer(), new RandomStream(4));
        n32.parameters().values().copyFrom(n64.parameters().values());
        MatrixF64 x = MatrixF64.zeros(10, 12);
        new RandomStream(5).fillNormal(x, 0, 1);
        int[] labels = {0, 1, 2, 3, 0, 1, 2, 3, 0, 1};
        double l64 = n64.lossAndGradients(x, new SoftmaxCrossEntropy(labels), 0.01, 2);
        double l32 = n32.lossAndGradients(MatrixF32.copyOf(x), new SoftmaxCrossEntropy(labels), 0.01, 2);
        assertEquals(l64, l32, 1e-5 * l64);
        double scale = n64.parameters().gradients().maxAbs();
        assertTrue(n64.parameters().gradients().maxAbsDifference(n32.parameters().gradients()) < 1e-4 * scale);
    }

    @Test
    void parametersAreNamedAndLaidOutTrainableFirst() {
        NetConfig c = new NetConfig(3, new int[] {4}, 2, Nonlinearity.RELU, 0, 0, true, Precision.FLOAT32);
        FullyConnectedNet net = new FullyConnectedNet(c, new RandomStream(0));
        assertEquals(java.util.List.of("W1", "gamma1", "beta1", "running_mean1", "running_var1", "W2", "b2"),
                net.parameters().parameters().stream().map(Parameter::name).toList());
        assertEquals(12 + 4 + 4 + 8 + 2, net.parameters().trainableSize());
        assertEquals(net.parameters().trainableSize() + 8, net.parameters().size());
        assertEquals(net.parameters().trainableSize(), net.parameters().get("running_mean1").first());
        assertEquals(1.0, net.parameters().get("running_var1").value().getAsDouble(0, 3));
    }

    @Test
    void gradientNormsArePerAffineLayer() {
        NetConfig c = NetConfig.relu(3, new int[] {4}, 2, Precision.FLOAT64);
        FullyConnectedNet net = new FullyConnectedNet(c, new RandomStream(0));
        net.parameters().gradients().fill(1);
        double[] norms = new double[2];
        assertEquals((4 + Math.sqrt(10)) / 2, net.gradientNorms(norms), 1e-12);
        assertArrayEquals(new double[] {4, Math.sqrt(10)}, norms, 1e-12);
    }

    @Test
    void gradientNormsOnATeamCutTheFlatGradientAnywhereAndAgreeWithOneThread() {
        NetConfig c = NetConfig.relu(3, new int[] {4}, 2, Precision.FLOAT64);
        FullyConnectedNet net = new FullyConnectedNet(c, new RandomStream(0));
        double[] norms = new double[2];
        for (int size = 2; size <= 5; size++) {
            try (WorkerTeam team = new WorkerTeam(size)) {
                net.setTeam(team);
                net.parameters().gradients().fill(1);
                assertEquals((4 + Math.sqrt(10)) / 2, net.gradientNorms(norms), 1e-12, size + " members");
                assertArrayEquals(new double[] {4, Math.sqrt(10)}, norms, 1e-12, size + " members");
            } finally {
                net.setTeam(WorkerTeam.SERIAL);
            }
        }
        NetConfig wide = NetConfig.relu(784, new int[] {200, 200}, 10, Precision.FLOAT32);
        FullyConnectedNet big = new FullyConnectedNet(wide, new RandomStream(0));
        new RandomStream(3).fillNormal(big.parameters().gradients(), 0, 1);
        double[] serial = new double[3];
        double serialMean = big.gradientNorms(serial);
        try (WorkerTeam team = new WorkerTeam(2)) {
            big.setTeam(team);
            double[] shared = new double[3];
            // Other pieces, so other partial sums (OpenBLAS's dsdot sums float32 products in its own
            // order): equal to 1e-9, a sixtieth of a float32 gradient's own precision.
            assertEquals(serialMean, big.gradientNorms(shared), 1e-9 * serialMean);
            for (int l = 0; l < 3; l++) {
                assertEquals(serial[l], shared[l], 1e-9 * serial[l], "layer " + (l + 1));
            }
        } finally {
            big.setTeam(WorkerTeam.SERIAL);
        }
    }

    @Test
    void hiddenWidthsParse() {
        assertArrayEquals(new int[] {100, 100, 100, 100, 100}, NetConfig.parseHidden("--hidden", "100x5"));
        assertArrayEquals(new int[] {200, 100, 100, 50}, NetConfig.parseHidden("--hidden", "200,100x2,50"));
        assertArrayEquals(new int[0], NetConfig.parseHidden("--hidden", "none"));
        var e = assertThrows(IllegalArgumentException.class, () -> NetConfig.parseHidden("--hidden", "100*5"));
        assertTrue(e.getMessage().startsWith("--hidden = 100*5 is not allowed"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NetConfig.parseHidden("--hidden", "0x3"));
        assertThrows(IllegalArgumentException.class, () -> NetConfig.parseHidden("--hidden", " "), "empty is not none");
    }

    @Test
    void aNetTooLargeForOneFlatArrayIsRefusedBeforeAllocating() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> NetConfig.relu(784, new int[] {50_000, 50_000}, 10, Precision.FLOAT32));
        long upTo = (784L + 3) * 50_000 + (50_000L + 3) * 50_000 + (50_000L + 1) * 10;
        assertTrue(e.getMessage().startsWith("network size = " + upTo + " numbers (weights, biases and batch-norm "
                + "parameters and state of 2 hidden layers) is not allowed: must be at most 134217728"), e.getMessage());
    }

    @Test
    void oneHiddenLayerOfAMillionIsRefusedByItsSize() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> NetConfig.relu(784, new int[] {1_000_000}, 10, Precision.FLOAT32));
        assertTrue(e.getMessage().startsWith("network size = " + (787L * 1_000_000 + 1_000_001L * 10) + " numbers"),
                e.getMessage());
    }

    @Test
    void aMillionHiddenLayersAreRefusedBeforeTheyAreBuilt() {
        var e = assertThrows(IllegalArgumentException.class, () -> NetConfig.parseHidden("--hidden", "10x1000000"));
        assertEquals("--hidden = 10x1000000 is not allowed: at most 1000 hidden layers (this is 1000000)", e.getMessage());
        assertEquals(1000, NetConfig.parseHidden("--hidden", "1x999,2").length);
        assertThrows(IllegalArgumentException.class, () -> NetConfig.parseHidden("--hidden", "1x1000,2"));
    }
}
