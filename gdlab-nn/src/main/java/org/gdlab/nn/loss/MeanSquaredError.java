package org.gdlab.nn.loss;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.nn.tensor.Access;

/**
 * Mean squared error over every element (PyTorch's {@code MSELoss} with mean reduction):
 * {@code L = (1/(n k)) sum_ij (o_ij - t_ij)^2}, gradient {@code dL/do_ij = 2 (o_ij - t_ij) / (n k)}.
 */
public final class MeanSquaredError implements Loss {
    private final DenseMatrix<?> targets;

    /** The loss against {@code targets} ({@code n x k}, read at each evaluation). */
    public MeanSquaredError(DenseMatrix<?> targets) {
        this.targets = targets;
    }

    @Override
    public double lossAndGradient(DenseMatrix<?> output, DenseMatrix<?> dOutput) {
        output.requireSameShape(targets, "mean squared error outputs and targets");
        output.requireSameShape(dOutput, "mean squared error outputs and gradient");
        Access o = Access.of(output);
        Access t = Access.of(targets);
        Access d = Access.of(dOutput);
        int n = output.rows();
        int k = output.cols();
        double scale = 1.0 / ((double) n * k);
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double r = o.get(i, j) - t.get(i, j);
                total += r * r;
                d.set(i, j, 2 * r * scale);
            }
        }
        return total * scale;
    }
}
