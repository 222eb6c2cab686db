package org.gdlab.nn.hessian;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.loss.Loss;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.tensor.Precision;

/**
 * Test oracle: the training loss {@code L(theta)} of a net on a batch, by forward passes alone
 * (on a float64 copy), for second differences that never call a backward pass.
 */
final class LossValues {
    private final FullyConnectedNet net;
    private final MatrixF64 x;
    private final Loss loss;
    private final double reg;

    LossValues(FullyConnectedNet source, DenseMatrix<?> x, Loss loss, double reg) {
        this.net = new FullyConnectedNet(source.config().withPrecision(Precision.FLOAT64), new RandomStream(0));
        net.parameters().values().copyFrom(source.parameters().values());
        this.x = MatrixF64.copyOf(x);
        this.loss = loss;
        this.reg = reg;
    }

    double[] parameters() {
        return net.parameters().trainableValues().toDoubleArray();
    }

    /** {@code loss(f(X; theta)) + 0.5 reg sum ||W||^2}. */
    double at(double[] theta) {
        MatrixF64 v = (MatrixF64) net.parameters().values();
        v.buffer().put(v.offset(), theta, 0, theta.length);
        DenseMatrix<?> scores = net.forward(x, true, 0);
        double total = loss.lossAndGradient(scores, MatrixF64.zeros(scores.rows(), scores.cols()));
        for (var p : net.parameters().parameters()) {
            if (p.name().startsWith("W")) {
                total += 0.5 * reg * Precision.dot(p.value(), p.value());
            }
        }
        return total;
    }

    /**
     * {@code d^2 L / dtheta_i dtheta_j} at {@code theta} by the central second difference of step
     * {@code h}: {@code (L(++) - L(+-) - L(-+) + L(--)) / (4 h^2)}, from loss values alone.
     */
    double secondDifference(double[] theta, int i, int j, double h) {
        return (at(shift(theta, i, h, j, h)) - at(shift(theta, i, h, j, -h)) - at(shift(theta, i, -h, j, h))
                + at(shift(theta, i, -h, j, -h))) / (4 * h * h);
    }

    private static double[] shift(double[] theta, int i, double di, int j, double dj) {
        double[] t = theta.clone();
        t[i] += di;
        t[j] += dj;
        return t;
    }
}
