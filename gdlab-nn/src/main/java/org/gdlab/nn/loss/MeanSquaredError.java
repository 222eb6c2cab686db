package org.gdlab.nn.loss;

import org.gdlab.core.matrix.DenseMatrix;

/**
 * Mean squared error over every element (PyTorch's {@code MSELoss} with mean reduction):
 * {@code L = (1/(n k)) sum_ij (o_ij - t_ij)^2}, gradient {@code dL/do_ij = 2 (o_ij - t_ij) / (n k)},
 * Hessian {@code d^2 L / do^2 = (2 / (n k)) I}.
 */
public final class MeanSquaredError implements Loss {
    private final DenseMatrix<?> targets;

    /**
     * The loss against {@code targets} ({@code n x k}, read at each evaluation).
     *
     * @param targets the {@code n x k} targets, one row per example of the batch
     */
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

    /** {@code result = 2 direction / (n k)}. */
    @Override
    public void curvatureProduct(DenseMatrix<?> output, DenseMatrix<?> direction, DenseMatrix<?> result, int first, int n) {
        output.requireSameShape(direction, "mean squared error outputs and direction");
        output.requireSameShape(result, "mean squared error outputs and curvature product");
        double scale = 2.0 / ((double) n * output.cols());
        for (int i = 0; i < output.rows(); i++) {
            for (int j = 0; j < output.cols(); j++) {
                result.setFromDouble(i, j, scale * direction.getAsDouble(i, j));
            }
        }
    }
}
