package org.gdlab.nn.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.init.HeInitializer;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.layer.ParameterGradients;
import org.gdlab.nn.tensor.Precision;
import org.junit.jupiter.api.Test;

class LayerStackTest {
    private final FullyConnectedNet net = net();
    private final LayerStack stack = net.newLayerStack();

    private static FullyConnectedNet net() {
        NetConfig c = new NetConfig(4, new int[] {6, 5}, 3, Nonlinearity.TANH, 0, 0, false, Precision.FLOAT64);
        FullyConnectedNet net = new FullyConnectedNet(c, new RandomStream(1));
        net.initialize(new HeInitializer(), new RandomStream(2));
        for (int l = 1; l <= 3; l++) {
            new RandomStream(3).split(l).fillNormal(net.parameters().get("b" + l).value(), 0, 0.5);
        }
        return net;
    }

    private static MatrixF64 normal(int rows, int cols, long seed) {
        MatrixF64 m = MatrixF64.zeros(rows, cols);
        new RandomStream(seed).fillNormal(m, 0, 1);
        return m;
    }

    /** Row i of {@code a} times column j of {@code d}, summed over rows: {@code (a^T d)_{ij}}. */
    private static double transposeProduct(DenseMatrix<?> a, DenseMatrix<?> d, int i, int j) {
        double s = 0;
        for (int r = 0; r < a.rows(); r++) {
            s += a.getAsDouble(r, i) * d.getAsDouble(r, j);
        }
        return s;
    }

    @Test
    void aBackwardThatOverwritesGivesTheBitsOfZeroingAndAddingAndOneThatSkipsLeavesTheGradients() {
        for (NetConfig c : List.of(
                new NetConfig(4, new int[] {6, 5}, 3, Nonlinearity.TANH, 0, 0, false, Precision.FLOAT64),
                new NetConfig(4, new int[] {6, 5}, 3, Nonlinearity.LEAKY_RELU, 0.1, 0.3, true, Precision.FLOAT32))) {
            FullyConnectedNet n = new FullyConnectedNet(c, new RandomStream(1));
            n.initialize(new HeInitializer(), new RandomStream(2));
            LayerStack s = n.newLayerStack();
            DenseMatrix<?> x = s.inputBuffer(7);
            x.copyFrom(normal(7, 4, 5));
            DenseMatrix<?> g = n.parameters().gradients();

            s.forward(x, true, 3);
            DenseMatrix<?> seed = s.outputGradient();
            seed.copyFrom(normal(7, 3, 6));
            n.parameters().zeroGradients();
            s.backward(seed);
            double[] added = g.toDoubleArray();
            double[] upstream = s.affineUpstream(1).toDoubleArray();

            s.forward(x, true, 3);
            g.fill(Double.NaN);
            s.backward(seed, ParameterGradients.OVERWRITE);
            assertArrayEquals(added, g.toDoubleArray(), 0, c.activation() + ": overwritten");

            s.forward(x, true, 3);
            g.fill(7);
            s.backward(seed, ParameterGradients.SKIP);
            for (double v : g.toDoubleArray()) {
                assertEquals(7, v, 0, c.activation() + ": skipped");
            }
            assertArrayEquals(upstream, s.affineUpstream(1).toDoubleArray(), 0, c.activation() + ": d_1");

            s.forward(x, true, 3);
            g.fill(1);
            s.backward(seed, ParameterGradients.ADD);
            double[] again = g.toDoubleArray();
            for (int k = 0; k < again.length; k++) {
                assertEquals(added[k] + 1, again[k], 1e-6 * (1 + Math.abs(added[k])), c.activation() + ": added");
            }
        }
    }

    @Test
    void theKeptAffineInputsAndUpstreamGradientsAreTheFactorsOfTheWeightAndBiasGradients() {
        MatrixF64 x = normal(7, 4, 5);
        stack.forward(x, false, 0);
        MatrixF64 seed = normal(7, 3, 6);
        net.parameters().zeroGradients();
        stack.backward(seed);
        assertEquals(3, stack.affineCount());
        assertSame(x, stack.affineInput(1));
        assertSame(seed, stack.affineUpstream(3));
        for (int l = 1; l <= 3; l++) {
            DenseMatrix<?> a = stack.affineInput(l);
            DenseMatrix<?> d = stack.affineUpstream(l);
            DenseMatrix<?> dW = net.parameters().get("W" + l).gradient();
            DenseMatrix<?> db = net.parameters().get("b" + l).gradient();
            assertEquals(net.config().fanIn(l), a.cols());
            assertEquals(net.config().fanOut(l), d.cols());
            for (int j = 0; j < d.cols(); j++) {
                for (int i = 0; i < a.cols(); i++) {
                    assertEquals(transposeProduct(a, d, i, j), dW.getAsDouble(i, j), 1e-12, "dW" + l);
                }
                assertEquals(d.colSums()[j], db.getAsDouble(0, j), 1e-12, "db" + l);
            }
        }
    }

    @Test
    void theSecondAffineInputIsTheFirstHiddenActivation() {
        MatrixF64 x = normal(2, 4, 8);
        stack.forward(x, false, 0);
        DenseMatrix<?> w1 = net.parameters().get("W1").value();
        DenseMatrix<?> b1 = net.parameters().get("b1").value();
        for (int r = 0; r < 2; r++) {
            for (int j = 0; j < 6; j++) {
                double z = b1.getAsDouble(0, j);
                for (int i = 0; i < 4; i++) {
                    z += x.get(r, i) * w1.getAsDouble(i, j);
                }
                assertEquals(Math.tanh(z), stack.affineInput(2).getAsDouble(r, j), 1e-12);
            }
        }
    }

    @Test
    void aNewStackHasBuffersOfItsOwn() {
        MatrixF64 x = normal(3, 4, 9);
        double[] before = stack.forward(x, false, 0).toDoubleArray();
        DenseMatrix<?> netScores = net.forward(normal(3, 4, 10), false, 0);
        DenseMatrix<?> again = stack.forward(x, false, 0);
        assertNotSame(netScores, again);
        assertArrayEquals(before, again.toDoubleArray(), 0);
        assertNotSame(net.inputBuffer(3), stack.inputBuffer(3));
    }

    @Test
    void anEmptyStackIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LayerStack(List.of(), Precision.FLOAT64));
    }
}
