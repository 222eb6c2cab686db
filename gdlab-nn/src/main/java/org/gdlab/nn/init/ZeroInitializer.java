package org.gdlab.nn.init;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.random.RandomStream;

/** {@code W = 0}: every unit of a layer computes the same thing and gets the same gradient. */
public record ZeroInitializer() implements Initializer {
    @Override
    public void initialize(DenseMatrix<?> weight, double gain, RandomStream stream) {
        weight.fill(0);
    }

    @Override
    public String describe() {
        return "zero";
    }
}
