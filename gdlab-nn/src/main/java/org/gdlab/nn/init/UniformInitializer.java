package org.gdlab.nn.init;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.random.RandomStream;
import org.gdlab.core.validate.Check;

/** {@code W_ij ~ U(-s, s)} whatever the layer's size ({@code uniform:S}, e.g. {@code uniform:0.03}). */
public record UniformInitializer(double bound) implements Initializer {
    /**
     * Requires {@code bound > 0}.
     *
     * @param bound the half-width {@code s} of the interval {@code (-s, s)}, finite and {@code > 0}
     */
    public UniformInitializer {
        Check.positive("bound", bound);
        Check.finite("bound", bound);
    }

    @Override
    public void initialize(DenseMatrix<?> weight, double gain, RandomStream stream) {
        stream.fillUniform(weight, -bound, bound);
    }

    @Override
    public String describe() {
        return "uniform:" + bound;
    }
}
