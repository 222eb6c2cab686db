package org.gdlab.nn.data;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.nn.tensor.Precision;

/**
 * A regression data set: one example per row, real-valued targets (for a loss such as
 * {@link org.gdlab.nn.loss.MeanSquaredError}).
 *
 * @param name where it came from, for reports (e.g. "sin20, 200 noisy points")
 * @param inputs {@code n x d} features, one example per row
 * @param targets {@code n x k} targets, of the same precision as {@code inputs}
 */
public record RegressionSet(String name, DenseMatrix<?> inputs, DenseMatrix<?> targets) {
    /**
     * Checks that there is one target row per example and one precision.
     *
     * @param name where it came from, for reports
     * @param inputs {@code n x d} features
     * @param targets {@code n x k} targets, of the precision of {@code inputs}
     */
    public RegressionSet {
        if (targets.rows() != inputs.rows()) {
            throw new IllegalArgumentException(name + ": " + inputs.rows() + " examples but " + targets.rows()
                    + " target rows");
        }
        if (Precision.of(inputs) != Precision.of(targets)) {
            throw new IllegalArgumentException(name + ": inputs are " + Precision.of(inputs).label()
                    + " but targets are " + Precision.of(targets).label());
        }
    }

    /**
     * The number of examples.
     *
     * @return {@code n}, the inputs' rows
     */
    public int size() {
        return inputs.rows();
    }

    /**
     * The number of features per example.
     *
     * @return {@code d}, the inputs' columns
     */
    public int features() {
        return inputs.cols();
    }
}
