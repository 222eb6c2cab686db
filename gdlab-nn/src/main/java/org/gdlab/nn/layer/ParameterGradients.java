package org.gdlab.nn.layer;

/**
 * What a backward pass does with the gradients of a layer's parameters ({@link Layer#backward}).
 * Layers without parameters have nothing to do with them and compute the same either way.
 */
public enum ParameterGradients {
    /** Adds {@code dL/dtheta} to the gradients, the contract of {@link Layer#backward(org.gdlab.core.matrix.DenseMatrix, Layer.Cache)}. */
    ADD,
    /**
     * Writes {@code dL/dtheta} over the gradients: the same numbers as zeroing them and adding,
     * without the pass over every gradient that zeroing takes.
     */
    OVERWRITE,
    /** Leaves the gradients untouched: only the input gradient is computed. */
    SKIP
}
