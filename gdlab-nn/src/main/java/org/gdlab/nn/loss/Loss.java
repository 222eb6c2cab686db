package org.gdlab.nn.loss;

import org.gdlab.core.matrix.DenseMatrix;

/**
 * A loss over a minibatch of {@code n} outputs, one per row, bound to that batch's targets.
 *
 * <p>A batch may be evaluated in parts (rows {@code [first, first + m)} of a batch of
 * {@code n}), concurrently from several threads: the parts' losses add up to the batch's mean
 * loss and their gradients are the rows of the batch's gradient. Implementations keep no
 * mutable state.
 */
public interface Loss {
    /**
     * The loss of rows {@code [first, first + m)} of a batch of {@code n} rows and its gradient.
     *
     * @param output the {@code m x k} network outputs of those rows, read only
     * @param dOutput {@code m x k}, overwritten with {@code dL/d output} of the batch's mean loss {@code L}
     * @param first the index in the batch of the first row (for the targets)
     * @param n the number of rows of the whole batch (the mean's divisor)
     * @return these rows' share of {@code L}: the sum of their losses divided by the mean's divisor
     */
    double lossAndGradient(DenseMatrix<?> output, DenseMatrix<?> dOutput, int first, int n);

    /**
     * The product of the loss's Hessian with respect to the outputs by a direction, for rows
     * {@code [first, first + m)} of a batch of {@code n}: {@code result = (d^2 L / d o^2) direction},
     * row by row (the batch's mean loss {@code L} couples no two rows).
     *
     * @param output the {@code m x k} network outputs of those rows, read only
     * @param direction {@code m x k}, read only
     * @param result {@code m x k}, overwritten
     * @param first the index in the batch of the first row (for the targets)
     * @param n the number of rows of the whole batch (the mean's divisor)
     */
    void curvatureProduct(DenseMatrix<?> output, DenseMatrix<?> direction, DenseMatrix<?> result, int first, int n);

    /**
     * The mean loss over the batch {@code output} ({@code n x k}) and its gradient, written to
     * {@code dOutput}.
     *
     * @param output the {@code n x k} network outputs of the whole batch, read only
     * @param dOutput {@code n x k}, overwritten with {@code dL/d output}
     * @return the batch's mean loss {@code L}
     */
    default double lossAndGradient(DenseMatrix<?> output, DenseMatrix<?> dOutput) {
        return lossAndGradient(output, dOutput, 0, output.rows());
    }
}
