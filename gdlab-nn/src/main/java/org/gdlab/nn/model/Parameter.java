package org.gdlab.nn.model;

import org.gdlab.core.matrix.DenseMatrix;

/**
 * One parameter matrix as views into a {@link ParameterStore}: its value and (when trainable)
 * the gradient that backward accumulates into.
 *
 * @param spec its name, shape and role
 * @param first the index of its first element in the store's flat vectors
 * @param value a view of {@link ParameterStore#values()}
 * @param gradient a view of {@link ParameterStore#gradients()}, or null for state
 */
public record Parameter(ParameterSpec spec, int first, DenseMatrix<?> value, DenseMatrix<?> gradient) {
    /**
     * The parameter's name.
     *
     * @return its spec's name, e.g. {@code "W1"}
     */
    public String name() {
        return spec.name();
    }
}
