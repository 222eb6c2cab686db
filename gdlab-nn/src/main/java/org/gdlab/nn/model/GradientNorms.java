package org.gdlab.nn.model;

import java.util.Arrays;
import org.gdlab.nn.tensor.Precision;

/**
 * The gradient norm of each affine layer: for layer {@code l}, over every trainable parameter
 * {@code p} of that layer (its weight and bias, and the batch norm that follows it),
 * <pre>
 *   n_l = sqrt(sum_p ||dL/dp||_F^2),        mean = (1/L) sum_l n_l.
 * </pre>
 */
final class GradientNorms {
    private final Parameter[] trainable;
    private final int depth;

    /** The norms over the trainable parameters of {@code store}, of a net of {@code depth} affine layers. */
    GradientNorms(ParameterStore store, int depth) {
        this.trainable = store.parameters().stream().filter(p -> p.spec().trainable()).toArray(Parameter[]::new);
        this.depth = depth;
    }

    /**
     * The norms of the gradients now in the store.
     *
     * @param perLayer filled with the {@code L} norms, layer 1 first (its first {@code L} elements)
     * @return their mean
     */
    double of(double[] perLayer) {
        Arrays.fill(perLayer, 0, depth, 0);
        for (Parameter p : trainable) {
            perLayer[p.spec().layer() - 1] += Precision.dot(p.gradient(), p.gradient());
        }
        double mean = 0;
        for (int l = 0; l < depth; l++) {
            perLayer[l] = Math.sqrt(perLayer[l]);
            mean += perLayer[l];
        }
        return mean / depth;
    }
}
