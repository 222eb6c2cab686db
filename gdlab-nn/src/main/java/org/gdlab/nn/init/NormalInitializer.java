package org.gdlab.nn.init;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.random.RandomStream;
import org.gdlab.core.validate.Check;

/** {@code W_ij ~ N(0, std^2)} whatever the layer's size ({@code random:STD}, e.g. {@code random:0.01}). */
public record NormalInitializer(double std) implements Initializer {
    /**
     * Requires {@code std > 0}.
     *
     * @param std the standard deviation of every weight, finite and {@code > 0}
     */
    public NormalInitializer {
        Check.positive("std", std);
        Check.finite("std", std);
    }

    @Override
    public void initialize(DenseMatrix<?> weight, double gain, RandomStream stream) {
        stream.fillNormal(weight, 0, std);
    }

    @Override
    public String describe() {
        return "random:" + std;
    }
}
