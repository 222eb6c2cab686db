package org.gdlab.nn.model;

import org.gdlab.core.validate.Check;

/**
 * The shape and role of one parameter matrix before it has storage.
 *
 * @param name e.g. {@code "W1"}, {@code "b1"}, {@code "gamma1"}, {@code "running_mean1"}
 * @param rows its rows
 * @param cols its columns
 * @param kind how training treats it
 * @param layer the number (from 1) of the affine layer it belongs to, for per-layer gradient norms
 */
public record ParameterSpec(String name, int rows, int cols, Kind kind, int layer) {
    /** How training treats a parameter. */
    public enum Kind {
        /** Trained, and penalized by L2 regularization (the weight matrices). */
        WEIGHT,
        /** Trained, not regularized (biases, batch-norm scale and shift). */
        UNREGULARIZED,
        /** Not trained: state a layer updates itself (batch-norm running statistics). */
        STATE
    }

    /**
     * Checks the shape.
     *
     * @param name the parameter's name, e.g. {@code "W1"}
     * @param rows its rows, {@code >= 1}
     * @param cols its columns, {@code >= 1}
     * @param kind how training treats it
     * @param layer the affine layer it belongs to, from 1
     */
    public ParameterSpec {
        Check.positive(name + " rows", rows);
        Check.positive(name + " cols", cols);
        Check.positive(name + " layer", layer);
    }

    /**
     * True for parameters the optimizer updates.
     *
     * @return false for {@link Kind#STATE}
     */
    public boolean trainable() {
        return kind != Kind.STATE;
    }

    /**
     * The number of elements.
     *
     * @return {@code rows * cols}
     */
    public int size() {
        return rows * cols;
    }
}
