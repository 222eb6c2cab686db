package org.gdlab.nn.loss;

import org.gdlab.core.matrix.DenseMatrix;

/** A loss over a minibatch of {@code n} outputs, one per row, bound to that batch's targets. */
@FunctionalInterface
public interface Loss {
    /**
     * The mean loss over the batch and its gradient.
     *
     * @param output the {@code n x k} network outputs, read only
     * @param dOutput {@code n x k}, overwritten with {@code dL/d output}
     * @return the loss {@code L}
     */
    double lossAndGradient(DenseMatrix<?> output, DenseMatrix<?> dOutput);
}
