package org.gdlab.nn.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.init.HeInitializer;
import org.gdlab.nn.loss.SoftmaxCrossEntropy;
import org.gdlab.nn.tensor.Precision;
import org.junit.jupiter.api.Test;

class L2PenaltyTest {
    @Test
    void thePenaltyIsHalfRegTimesTheSquaredWeightsAndItsGradientRegTimesTheWeightsBiasesUntouched() {
        FullyConnectedNet net = new FullyConnectedNet(NetConfig.relu(3, new int[] {4}, 2, Precision.FLOAT64),
                new RandomStream(0));
        net.initialize(new HeInitializer(), new RandomStream(1));
        net.parameters().get("W1").value().fill(0.5);
        net.parameters().get("W2").value().fill(-2);
        MatrixF64 x = MatrixF64.zeros(5, 3);
        new RandomStream(2).fillNormal(x, 0, 1);
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(new int[] {0, 1, 1, 0, 1});
        double plain = net.lossAndGradients(x, loss, 0, 0);
        double[] plainGradients = net.parameters().gradients().toDoubleArray();
        double reg = 0.1;
        double penalized = net.lossAndGradients(x, loss, reg, 0);
        // ||W1||^2 = 12 * 0.25 = 3, ||W2||^2 = 8 * 4 = 32
        assertEquals(0.5 * reg * (3 + 32), penalized - plain, 1e-12);
        double[] g = net.parameters().gradients().toDoubleArray();
        for (Parameter p : net.parameters().parameters()) {
            DenseMatrix<?> w = p.value();
            for (int k = 0; k < p.spec().size(); k++) {
                double expected = p.spec().kind() == ParameterSpec.Kind.WEIGHT
                        ? reg * w.getAsDouble(k / w.cols(), k % w.cols()) : 0;
                assertEquals(expected, g[p.first() + k] - plainGradients[p.first() + k], 1e-12, p.name() + "[" + k + "]");
            }
        }
    }
}
