package org.gdlab.nn.hessian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.gdlab.core.linalg.SingularValueDecomposition;
import org.gdlab.core.linalg.SymmetricEigen;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.init.HeInitializer;
import org.gdlab.nn.init.NormalInitializer;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.loss.MeanSquaredError;
import org.gdlab.nn.loss.SoftmaxCrossEntropy;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.tensor.Precision;
import org.junit.jupiter.api.Test;

class HessianTest {
    private static MatrixF64 normal(int rows, int cols, long seed) {
        MatrixF64 m = MatrixF64.zeros(rows, cols);
        new RandomStream(seed).fillNormal(m, 0, 1);
        return m;
    }

    private static FullyConnectedNet net(int inputs, int[] hidden, int outputs, Nonlinearity f, long seed) {
        NetConfig c = new NetConfig(inputs, hidden, outputs, f, 0.01, 0, false, Precision.FLOAT64);
        FullyConnectedNet net = new FullyConnectedNet(c, new RandomStream(0));
        net.initialize(new HeInitializer(), new RandomStream(seed));
        RandomStream b = new RandomStream(seed + 1);
        for (var p : net.parameters().parameters()) {
            if (p.name().startsWith("b")) {
                b.fillNormal(p.value(), 0, 0.3);
            }
        }
        return net;
    }

    /**
     * Least squares: with no hidden layer the net is {@code O = X W + 1 b}, and gdlab's MSE is
     * {@code L = (1/(n k)) ||X~ [W; b] - Y||_F^2} with {@code X~ = [X, 1]}. Its Hessian is
     * {@code (2/(n k)) X~^T X~} for each of the k output columns, so its eigenvalues are
     * {@code 2 sigma_i^2 / (n k)} for the singular values {@code sigma_i} of {@code X~}, each k
     * times (with docs/questions.md's unnormalized {@code ||y - Xw||^2} they are {@code 2 sigma_i^2}).
     */
    @Test
    void leastSquaresEigenvaluesAreTwiceTheSquaredSingularValuesOverNK() {
        int n = 40;
        int d = 5;
        int k = 2;
        MatrixF64 x = normal(n, d, 1);
        FullyConnectedNet net = net(d, new int[0], k, Nonlinearity.RELU, 2);
        PearlmutterHessian h = new PearlmutterHessian(net, x, new MeanSquaredError(normal(n, k, 3)), 0);
        assertEquals((d + 1) * k, h.dimension());

        MatrixF64 xt = MatrixF64.zeros(n, d + 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                xt.set(i, j, x.get(i, j));
            }
            xt.set(i, d, 1);
        }
        double[] sigma = SingularValueDecomposition.singularValues(xt);
        double[] expected = new double[(d + 1) * k];
        for (int i = 0; i < expected.length; i++) {
            double s = sigma[i / k];
            expected[i] = 2 * s * s / ((double) n * k);
        }
        double[] dense = SymmetricEigen.of(DenseHessian.columns(h)).values();
        for (int i = 0; i < expected.length; i++) {
            double got = dense[dense.length - 1 - i];
            assertEquals(expected[i], got, 1e-8 * expected[i], "eigenvalue " + i);
        }
        Lanczos.Result r = Lanczos.run(h, RademacherProbe.draw(h.dimension(), new RandomStream(4)), h.dimension(), 1);
        // a Rademacher start in the space of two equal columns finds each eigenvalue once per block
        assertEquals(expected[0], r.values()[0], 1e-8 * expected[0]);
        // and the L2 term adds reg to the weights' eigenvalues: the top one moves by exactly reg
        PearlmutterHessian regularized = new PearlmutterHessian(net, x, new MeanSquaredError(normal(n, k, 3)), 0.5);
        double[] withReg = SymmetricEigen.of(DenseHessian.columns(regularized)).values();
        assertTrue(withReg[withReg.length - 1] > expected[0] && withReg[withReg.length - 1] <= expected[0] + 0.5 + 1e-9);
    }

    /**
     * Column j of the Hessian from second differences of the loss values alone,
     * {@code H_ij ~ (L(+i+j) - L(+i-j) - L(-i+j) + L(-i-j)) / (4 h^2)}, an oracle that never calls
     * backward, holds the product {@code H e_j} on tiny smooth (tanh) nets of one and two hidden
     * layers with cross-entropy and L2, and with MSE.
     */
    @Test
    void productEqualsTheSecondDifferenceHessianColumnByColumn() {
        int[] labels = {0, 1, 2, 0, 1, 2, 0};
        assertProductIsTheSecondDifferenceHessian(net(3, new int[] {4}, 3, Nonlinearity.TANH, 5), normal(7, 3, 6),
                new SoftmaxCrossEntropy(labels), 0.05);
        assertProductIsTheSecondDifferenceHessian(net(3, new int[] {4, 3}, 3, Nonlinearity.TANH, 15), normal(7, 3, 16),
                new SoftmaxCrossEntropy(labels), 0);
        assertProductIsTheSecondDifferenceHessian(net(3, new int[] {5, 2}, 2, Nonlinearity.TANH, 25), normal(6, 3, 26),
                new MeanSquaredError(normal(6, 2, 27)), 0.1);
    }

    /** On a ReLU net away from the kinks (the steps move no pre-activation across 0) the same holds. */
    @Test
    void productEqualsTheSecondDifferenceHessianOfAReluNet() {
        assertProductIsTheSecondDifferenceHessian(net(3, new int[] {4, 3}, 2, Nonlinearity.RELU, 35), normal(5, 3, 36),
                new MeanSquaredError(normal(5, 2, 37)), 0.02);
    }

    private static void assertProductIsTheSecondDifferenceHessian(FullyConnectedNet net, MatrixF64 x,
                                                                  org.gdlab.nn.loss.Loss lossFunction, double reg) {
        LossValues loss = new LossValues(net, x, lossFunction, reg);
        PearlmutterHessian h = new PearlmutterHessian(net, x, lossFunction, reg);
        int p = h.dimension();
        double[] theta = loss.parameters();
        double step = 1e-4;
        double[] e = new double[p];
        double[] col = new double[p];
        double worst = 0;
        double scale = 0;
        for (int j = 0; j < p; j++) {
            e[j] = 1;
            h.apply(e, col);
            e[j] = 0;
            for (int i = 0; i < p; i++) {
                double numeric = loss.secondDifference(theta, i, j, step);
                worst = Math.max(worst, Math.abs(numeric - col[i]));
                scale = Math.max(scale, Math.abs(numeric));
            }
        }
        assertTrue(scale > 0.01, "a Hessian worth checking: " + scale);
        assertTrue(worst < 1e-6 * scale, "largest difference " + worst + " of " + scale);
    }

    @Test
    void lanczosTopEigenvaluesEqualTheDenseEigendecomposition() {
        FullyConnectedNet net = net(4, new int[] {6, 5}, 3, Nonlinearity.RELU, 7);
        MatrixF64 x = normal(20, 4, 8);
        PearlmutterHessian h = new PearlmutterHessian(net, x, new MeanSquaredError(normal(20, 3, 9)), 0);
        MatrixF64 dense = DenseHessian.columns(h);
        SymmetricEigen eig = SymmetricEigen.of(dense);
        double[] values = eig.values();
        int p = values.length;
        Lanczos.Result r = Lanczos.run(new DenseHessian(dense), RademacherProbe.draw(p, new RandomStream(1)), 40, 2);
        assertEquals(values[p - 1], r.values()[0], 1e-9 * Math.abs(values[p - 1]));
        assertEquals(values[p - 2], r.values()[1], 1e-7 * Math.abs(values[p - 1]));
        assertTrue(r.residuals()[0] < 1e-6 * values[p - 1], "residual " + r.residuals()[0]);
        // the Ritz vector is the top eigenvector up to sign
        double overlap = 0;
        for (int i = 0; i < p; i++) {
            overlap += r.vectors()[0][i] * eig.vectors().get(i, p - 1);
        }
        assertEquals(1, Math.abs(overlap), 1e-8);
        // on the products themselves (not the dense matrix) the same top value
        Lanczos.Result onProducts = Lanczos.run(h, RademacherProbe.draw(p, new RandomStream(1)), 40, 0);
        assertEquals(values[p - 1], onProducts.values()[0], 1e-9 * values[p - 1]);
    }

    @Test
    void lanczosStopsAtAnInvariantSubspaceWithExactEigenvalues() {
        MatrixF64 diag = MatrixF64.zeros(6, 6);
        double[] d = {5, 5, 2, 2, 2, -1};
        for (int i = 0; i < 6; i++) {
            diag.set(i, i, d[i]);
        }
        Lanczos.Result r = Lanczos.run(new DenseHessian(diag), new double[] {1, 1, 1, 1, 1, 1}, 6, 0);
        assertEquals(3, r.steps());
        assertEquals(5, r.values()[0], 1e-12);
        assertEquals(2, r.values()[1], 1e-12);
        assertEquals(-1, r.values()[2], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Lanczos.run(new DenseHessian(diag), new double[6], 3, 0));
        assertThrows(IllegalArgumentException.class, () -> Lanczos.run(new DenseHessian(diag), new double[] {1, 1, 1, 1, 1, 1}, 7, 0));
    }

    @Test
    void hutchinsonTraceIsWithinItsStandardErrorOfTheDenseTrace() {
        FullyConnectedNet net = net(4, new int[] {6}, 3, Nonlinearity.TANH, 11);
        PearlmutterHessian h = new PearlmutterHessian(net, normal(15, 4, 12), new SoftmaxCrossEntropy(new int[] {0, 1, 2, 0,
                1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2}), 0.01);
        MatrixF64 dense = DenseHessian.columns(h);
        double trace = 0;
        for (int i = 0; i < dense.rows(); i++) {
            trace += dense.get(i, i);
        }
        HutchinsonTrace t = HutchinsonTrace.estimate(h, 200, new RandomStream(13));
        assertTrue(t.standardError() > 0);
        assertTrue(Math.abs(t.mean() - trace) < 3 * t.standardError(), t.mean() + " +- " + t.standardError() + " vs " + trace);
        // the standard error is that of the known variance 2 (||A||_F^2 - sum A_ii^2) over 200 probes
        double off = 0;
        for (int i = 0; i < dense.rows(); i++) {
            for (int j = 0; j < dense.rows(); j++) {
                off += i == j ? 0 : dense.get(i, j) * dense.get(i, j);
            }
        }
        double se = Math.sqrt(2 * off / 200);
        assertEquals(se, t.standardError(), 0.25 * se);
    }

    @Test
    void hutchinsonIsExactOnADiagonalMatrix() {
        MatrixF64 diag = MatrixF64.zeros(4, 4);
        for (int i = 0; i < 4; i++) {
            diag.set(i, i, i + 0.5);
        }
        HutchinsonTrace t = HutchinsonTrace.estimate(new DenseHessian(diag), 5, new RandomStream(1));
        assertEquals(8, t.mean(), 1e-12);
        assertEquals(0, t.standardError(), 1e-12);
    }

    /**
     * Stochastic Lanczos quadrature: the density integrates to 1; each probe's quadrature gives
     * {@code v^T H^p v} exactly for {@code p <= 2m - 1} (checked against the dense matrix); and the
     * average over probes is within its standard error of the dense spectrum's {@code tr(H^p)/P}.
     */
    @Test
    void densityIntegratesToOneAndItsMomentsMatchTheDenseSpectrum() {
        FullyConnectedNet net = net(5, new int[] {6}, 2, Nonlinearity.TANH, 21);
        MatrixF64 dense = DenseHessian.columns(new PearlmutterHessian(net, normal(12, 5, 22),
                new MeanSquaredError(normal(12, 2, 23)), 0));
        DenseHessian a = new DenseHessian(dense);
        int p = a.dimension();
        int probes = 60;
        int steps = 8;
        SpectralDensity d = SpectralDensity.estimate(a, probes, steps, new RandomStream(24));
        double[] eig = SymmetricEigen.of(dense).values();
        for (int power = 1; power <= 3; power++) {
            double[] samples = new double[probes];
            for (int s = 0; s < probes; s++) {
                double[] v = RademacherProbe.draw(p, new RandomStream(24).split(s));
                Vectors.scale(1 / Math.sqrt(p), v);
                double[] w = v.clone();
                double[] next = new double[p];
                for (int q = 0; q < power; q++) {
                    a.apply(w, next);
                    w = next.clone();
                }
                double exact = Vectors.dot(v, w);
                samples[s] = d.probeMoment(s, power);
                assertEquals(exact, samples[s], 1e-9 * Math.pow(eig[p - 1], power), "probe " + s + " power " + power);
            }
            double trace = 0;
            for (double e : eig) {
                trace += Math.pow(e, power);
            }
            double mean = Arrays.stream(samples).average().orElseThrow();
            double sd = Math.sqrt(Arrays.stream(samples).map(x -> (x - mean) * (x - mean)).sum() / (probes - 1));
            assertEquals(mean, d.moment(power), 1e-12 * Math.abs(mean) + 1e-300);
            assertTrue(Math.abs(mean - trace / p) < 3 * sd / Math.sqrt(probes), "power " + power + ": " + mean + " vs " + trace / p);
        }
        for (int s = 0; s < probes; s++) {
            assertEquals(1, d.probeMoment(s, 0), 1e-12);
        }
        double[] range = d.nodeRange();
        double sigma = (range[1] - range[0]) / 100;
        int points = 4001;
        double[] grid = new double[points];
        double low = range[0] - 8 * sigma;
        double dt = (range[1] - range[0] + 16 * sigma) / (points - 1);
        for (int g = 0; g < points; g++) {
            grid[g] = low + g * dt;
        }
        double[] phi = d.density(grid, sigma);
        double integral = 0;
        for (int g = 1; g < points; g++) {
            integral += 0.5 * (phi[g] + phi[g - 1]) * dt;
        }
        assertEquals(1, integral, 1e-6);
    }

    @Test
    void measureReportsTopTraceAndDensityOfAFloat32Net() {
        NetConfig c = NetConfig.relu(6, new int[] {8}, 3, Precision.FLOAT32);
        FullyConnectedNet net = new FullyConnectedNet(c, new RandomStream(0));
        net.initialize(new NormalInitializer(0.5), new RandomStream(31));
        MatrixF64 x = normal(25, 6, 32);
        int[] labels = new int[25];
        Arrays.setAll(labels, i -> i % 3);
        PearlmutterHessian h = new PearlmutterHessian(net, x, new SoftmaxCrossEntropy(labels), 0);
        HessianSpectrum s = HessianSpectrum.measure(h, new SpectrumConfig(3, 30, 10, 4, 10, 1), ProgressListener.SILENT);
        double[] dense = SymmetricEigen.of(DenseHessian.columns(h)).values();
        int p = dense.length;
        assertEquals(p, s.parameters());
        for (int i = 0; i < 3; i++) {
            assertEquals(dense[p - 1 - i], s.top()[i], 1e-6 * dense[p - 1]);
        }
        assertEquals(2 / dense[p - 1], s.stableLearningRate(), 1e-6 * s.stableLearningRate());
        assertEquals(SpectrumConfig.DENSITY_POINTS, s.density().length);
        assertEquals(30 + 10 + 4 * 10, s.products());
        assertThrows(IllegalArgumentException.class, () -> new SpectrumConfig(5, 4, 0, 0, 1, 0));
    }

    @Test
    void dropoutAndBatchNormNetsAreRefused() {
        for (boolean batchNorm : new boolean[] {false, true}) {
            NetConfig c = new NetConfig(3, new int[] {4}, 2, Nonlinearity.RELU, 0, batchNorm ? 0 : 0.5, batchNorm,
                    Precision.FLOAT64);
            FullyConnectedNet net = new FullyConnectedNet(c, new RandomStream(0));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PearlmutterHessian(net,
                    normal(4, 3, 1), new SoftmaxCrossEntropy(new int[] {0, 1, 0, 1}), 0));
            assertEquals("network = 3-[4]-2 with " + (batchNorm ? "batch norm" : "dropout") + " is not allowed: must have "
                    + "affine layers and activations only for a Hessian", e.getMessage());
        }
    }

    /** The loss and gradient it reports at theta are the net's own pass. */
    @Test
    void lossAndGradientAreTheNetsPass() {
        FullyConnectedNet net = net(3, new int[] {4}, 2, Nonlinearity.TANH, 41);
        MatrixF64 x = normal(6, 3, 42);
        SoftmaxCrossEntropy ce = new SoftmaxCrossEntropy(new int[] {0, 1, 1, 0, 1, 0});
        PearlmutterHessian h = new PearlmutterHessian(net, x, ce, 0.1);
        double expected = net.lossAndGradients(x, ce, 0.1, 0);
        assertEquals(expected, h.loss(), 1e-14);
        assertEquals(0, net.parameters().gradients().maxAbsDifference(MatrixF64.of(1, h.dimension(), h.gradient())), 1e-14);
    }
}
