package org.gdlab.nn.loss;

import org.gdlab.core.matrix.DenseMatrix;

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
    public double lossAndGradient(DenseMatrix<?> output, DenseMatrix<?> dOutput, int first, int n) {
        output.requireSameShape(dOutput, "mean squared error outputs and gradient");
        int m = output.rows();
        int k = output.cols();
        if (targets.cols() != k || first < 0 || first + m > n || targets.rows() != n) {
            throw new IllegalArgumentException("mean squared error: rows [" + first + ", " + (first + m) + ") of "
                    + output.shape() + " outputs do not fit " + targets.shape() + " targets of a batch of " + n);
        }
        double scale = 1.0 / ((double) n * k);
        double total = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < k; j++) {
                double r = output.getAsDouble(i, j) - targets.getAsDouble(first + i, j);
                total += r * r;
                dOutput.setFromDouble(i, j, 2 * r * scale);
            }
        }
        return total * scale;
    }
}
