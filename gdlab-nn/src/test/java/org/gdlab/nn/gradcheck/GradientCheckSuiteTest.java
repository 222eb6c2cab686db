package org.gdlab.nn.gradcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.nn.loss.Loss;
import org.gdlab.nn.loss.SoftmaxCrossEntropy;
import org.junit.jupiter.api.Test;

class GradientCheckSuiteTest {
    @Test
    void everyLayerLossAndNetworkPassesBelowOneInTenMillion() {
        List<GradientCheckResult> results = GradientCheckSuite.run(0);
        for (GradientCheckResult r : results) {
            System.out.printf("%-40s %5d %.2e%n", r.name(), r.checked(), r.maxRelativeError());
        }
        for (GradientCheckResult r : results) {
            assertTrue(r.passed(), r.name() + ": max relative error " + r.maxRelativeError());
        }
        for (String part : new String[] {"affine dx", "affine dW", "affine db", "relu dx", "leaky-relu dx", "tanh dx",
                "dropout(0.3) dx", "batchnorm (train) dgamma", "batchnorm (eval) dx", "softmax cross-entropy",
                "mean squared error", "net relu+reg+bn+dropout dgamma1", "net relu+reg+bn+dropout dW3"}) {
            assertTrue(results.stream().anyMatch(r -> r.name().equals(part)), "missing check " + part);
        }
    }

    @Test
    void everySeedPasses() {
        for (long seed = 1; seed <= 12; seed++) {
            for (GradientCheckResult r : GradientCheckSuite.run(seed)) {
                assertTrue(r.passed(), "seed " + seed + ", " + r.name() + ": max relative error " + r.maxRelativeError());
            }
        }
    }

    @Test
    void aWrongGradientFailsTheCheck() {
        MatrixF64 scores = MatrixF64.of(2, 3, 0.1, -0.4, 0.3, 1.2, 0.0, -0.7);
        SoftmaxCrossEntropy right = new SoftmaxCrossEntropy(new int[] {2, 0});
        GradientCheckResult ok = GradientCheck.loss("right", right, scores);
        GradientCheckResult bad = GradientCheck.loss("wrong", new Loss() {
            @Override
            public double lossAndGradient(DenseMatrix<?> out, DenseMatrix<?> d, int first, int n) {
                double loss = right.lossAndGradient(out, d, first, n);
                d.scaleInPlace(1.001);
                return loss;
            }

            @Override
            public void curvatureProduct(DenseMatrix<?> out, DenseMatrix<?> v, DenseMatrix<?> result, int first, int n) {
                right.curvatureProduct(out, v, result, first, n);
            }
        }, scores);
        assertTrue(ok.passed());
        assertTrue(!bad.passed() && bad.maxRelativeError() > 1e-4, "error " + bad.maxRelativeError());
        assertEquals(6, bad.checked());
    }
}
