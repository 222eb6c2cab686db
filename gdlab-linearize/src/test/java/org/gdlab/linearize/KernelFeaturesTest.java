package org.gdlab.linearize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.linalg.Blas;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.model.FullyConnectedNet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KernelFeaturesTest {

    @ParameterizedTest(name = "{0} {1}, output {2}")
    @CsvSource({"relu, 1, 0", "relu, 4, 0", "tanh, 2, 0", "leaky-relu, 4, 0", "tanh, 2, 1", "relu, 2, -1"})
    void explicitAndKernelPathsAgreeTo1e9(String activation, int depth, int output) {
        int outputs = output == 0 ? 1 : 3;
        int inputs = outputs == 1 ? 1 : 2;
        int[] hidden = java.util.stream.IntStream.range(0, depth).map(l -> 12 + 3 * l).toArray();
        FullyConnectedNet net = Nets.net(inputs, hidden, outputs, Nonlinearity.parse("activation", activation), 7);
        ScalarOutput which = new ScalarOutput(output);
        MatrixF64 train = Nets.inputs(40, inputs, 1);
        MatrixF64 grid = Nets.inputs(90, inputs, 2);

        FeatureSpectrum kernel = KernelFeatures.spectrum(JacobianFactors.of(net, train, which),
                JacobianFactors.of(net, grid, which), 10);
        FeatureSpectrum explicit = JacobianMatrix.spectrum(JacobianMatrix.of(net, train, which),
                JacobianMatrix.of(net, grid, which), 10);

        double s1 = explicit.singularValues()[0];
        assertEquals(40, kernel.singularValues().length);
        for (int i = 0; i < 40; i++) {
            double se = explicit.singularValues()[i];
            if (se > 1e-3 * s1) {
                assertEquals(se, kernel.singularValues()[i], 1e-9 * s1, "singular value " + i);
            }
        }
        assertEquals(explicit.count(), kernel.count());
        assertTrue(kernel.count() >= 5, "at least 5 features, got " + kernel.count());
        for (int c = 0; c < kernel.count(); c++) {
            double scale = maxAbs(explicit.features()[c]);
            for (int j = 0; j < 90; j++) {
                assertEquals(explicit.features()[c][j], kernel.features()[c][j], 1e-9 * scale,
                        "feature " + c + " at grid point " + j);
            }
        }
    }

    @Test
    void kernelIsPhiPhiTransposed() {
        FullyConnectedNet net = Nets.net(1, new int[] {9, 7, 5}, 1, Nonlinearity.RELU, 3);
        MatrixF64 x = Nets.inputs(25, 1, 4);
        MatrixF64 g = Nets.inputs(11, 1, 5);
        ScalarOutput f = new ScalarOutput(0);
        MatrixF64 phi = JacobianMatrix.of(net, x, f);
        MatrixF64 phiGrid = JacobianMatrix.of(net, g, f);
        MatrixF64 expected = Blas.multiply(phi, false, phi, true);
        MatrixF64 cross = Blas.multiply(phiGrid, false, phi, true);
        double scale = expected.maxAbs();
        assertTrue(expected.maxAbsDifference(KernelFeatures.kernel(JacobianFactors.of(net, x, f))) <= 1e-12 * scale);
        assertTrue(cross.maxAbsDifference(KernelFeatures.crossKernel(JacobianFactors.of(net, g, f),
                JacobianFactors.of(net, x, f))) <= 1e-12 * scale);
    }

    @Test
    void jacobianRowsMatchCentredFiniteDifferences() {
        FullyConnectedNet net = Nets.net(1, new int[] {6, 5}, 1, Nonlinearity.TANH, 11);
        MatrixF64 x = Nets.inputs(4, 1, 12);
        MatrixF64 phi = JacobianMatrix.of(net, x, new ScalarOutput(0));
        assertEquals(6 * 1 + 6 + 5 * 6 + 5 + 5 + 1, net.parameters().trainableSize());
        assertColumnsMatchCentredDifferences(net, x, phi, 1e-6, 1, 1e-7);
    }

    @Test
    void reluJacobianMatchesFiniteDifferencesAwayFromKinks() {
        FullyConnectedNet net = Nets.net(1, new int[] {8, 8, 8, 8}, 1, Nonlinearity.RELU, 21);
        MatrixF64 x = Nets.inputs(6, 1, 22);
        JacobianFactors factors = JacobianFactors.of(net, x, new ScalarOutput(0));
        MatrixF64 phi = JacobianMatrix.of(net, x, new ScalarOutput(0));
        assertColumnsMatchCentredDifferences(net, x, phi, 1e-7, 3, 1e-6);
        double[] f = outputs(net, x);
        for (int i = 0; i < x.rows(); i++) {
            assertEquals(f[i], factors.outputs()[i], 1e-14 * (1 + Math.abs(f[i])));
        }
    }

    @Test
    void theSignRuleMakesTheLargestEntryOfEachLeftVectorPositive() {
        FullyConnectedNet net = Nets.net(1, new int[] {10}, 1, Nonlinearity.RELU, 5);
        MatrixF64 x = Nets.inputs(30, 1, 6);
        JacobianFactors f = JacobianFactors.of(net, x, new ScalarOutput(0));
        FeatureSpectrum s = KernelFeatures.spectrum(f, f, 10);
        for (double[] u : s.leftVectors()) {
            double largest = 0;
            for (double v : u) {
                largest = Math.abs(v) > Math.abs(largest) ? v : largest;
            }
            assertTrue(largest > 0);
        }
        // On the training inputs, psi_k(x_i) = s_k u_k,i.
        for (int c = 0; c < s.count(); c++) {
            for (int i = 0; i < 30; i++) {
                assertEquals(s.singularValues()[c] * s.leftVectors()[c][i], s.features()[c][i],
                        1e-9 * s.singularValues()[0]);
            }
        }
    }

    @Test
    void aOneHiddenLayerReluNetOfWidthWHasRankAtMost2WPlus1() {
        // On a 1-D input, phi(x) is made of x 1[z_j > 0], 1[z_j > 0] (first layer), relu(z_j), a
        // combination of those two (second layer), and 1: the rank of Phi is at most 2W + 1.
        FullyConnectedNet net = Nets.net(1, new int[] {3}, 1, Nonlinearity.RELU, 9);
        MatrixF64 x = Nets.inputs(50, 1, 10);
        JacobianFactors f = JacobianFactors.of(net, x, new ScalarOutput(0));
        FeatureSpectrum s = KernelFeatures.spectrum(f, f, 50);
        assertTrue(s.numericalRank() <= 2 * 3 + 1, "rank " + s.numericalRank());
        assertEquals(s.numericalRank(), s.count());
    }

    @Test
    void anOverflowingKernelIsReportedAsNoSpectrumNotAnError() {
        FullyConnectedNet net = Nets.net(1, new int[] {8, 8}, 1, Nonlinearity.RELU, 4);
        for (var p : net.parameters().parameters()) {
            if (p.name().startsWith("W")) {
                p.value().scaleInPlace(1e100);
            }
        }
        MatrixF64 x = Nets.inputs(10, 1, 4);
        JacobianFactors f = JacobianFactors.of(net, x, new ScalarOutput(0));
        assertTrue(f.allFinite(), "the factors are finite");
        assertTrue(!KernelFeatures.kernel(f).allFinite(), "their products are not");
        assertEquals(null, KernelFeatures.spectrum(f, f, 3));
        assertEquals(null, FeatureMethod.KERNEL.spectrum(net, x, x, new ScalarOutput(0), 3));
    }

    @Test
    void badInputIsRejectedWithTheParameterNamed() {
        FullyConnectedNet net = Nets.net(2, new int[] {4}, 3, Nonlinearity.RELU, 1);
        MatrixF64 x = Nets.inputs(5, 2, 1);
        var e = assertThrows(IllegalArgumentException.class, () -> JacobianFactors.of(net, x, new ScalarOutput(3)));
        assertTrue(e.getMessage().startsWith("output = 3 is not allowed"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ScalarOutput.parse("--output", "first"));
        assertEquals("--output = first is not allowed: must be an output index >= 0, or sum", e.getMessage());
        assertEquals(ScalarOutput.sum(), ScalarOutput.parse("--output", "SUM"));
        var f = JacobianFactors.of(net, x, ScalarOutput.sum());
        e = assertThrows(IllegalArgumentException.class, () -> KernelFeatures.spectrum(f, f, 0));
        assertTrue(e.getMessage().startsWith("features = 0 is not allowed"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> JacobianFactors.of(net, Nets.inputs(5, 3, 1),
                ScalarOutput.sum()));
        assertTrue(e.getMessage().contains("do not fit"), e.getMessage());
    }

    /**
     * Every {@code stride}-th column of {@code phi} against {@code (f(theta + h e_q) - f(theta - h e_q)) / 2h}
     * at each input, to {@code tolerance (1 + |fd|)}; theta is restored after each column.
     */
    private static void assertColumnsMatchCentredDifferences(FullyConnectedNet net, MatrixF64 x, MatrixF64 phi,
                                                             double h, int stride, double tolerance) {
        DenseMatrix<?> theta = net.parameters().values();
        for (int q = 0; q < net.parameters().trainableSize(); q += stride) {
            double t = theta.getAsDouble(0, q);
            theta.setFromDouble(0, q, t + h);
            double[] plus = outputs(net, x);
            theta.setFromDouble(0, q, t - h);
            double[] minus = outputs(net, x);
            theta.setFromDouble(0, q, t);
            for (int i = 0; i < x.rows(); i++) {
                double fd = (plus[i] - minus[i]) / (2 * h);
                assertEquals(fd, phi.get(i, q), tolerance * (1 + Math.abs(fd)), "d f(x_" + i + ") / d theta_" + q);
            }
        }
    }

    private static double[] outputs(FullyConnectedNet net, MatrixF64 x) {
        return net.forward(x, false, 0).columnArray(0);
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double a : v) {
            m = Math.max(m, Math.abs(a));
        }
        return m;
    }
}
