package org.gdlab.nn.init;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.random.RandomStream;

/**
 * How the weights of an affine layer start. Biases always start at zero (the network sets them);
 * an initializer fills one {@code fanIn x fanOut} weight matrix.
 */
public interface Initializer {
    /**
     * Fills {@code weight} ({@code fanIn x fanOut}, modified) with draws from {@code stream}.
     *
     * @param weight the {@code fanIn x fanOut} weight matrix, overwritten
     * @param gain the gain of the layer's nonlinearity (see {@link org.gdlab.nn.layer.Nonlinearity#gain})
     * @param stream the random stream the draws come from (advanced); unused by {@code zero}
     */
    void initialize(DenseMatrix<?> weight, double gain, RandomStream stream);

    /**
     * The command-line form, e.g. {@code he:normal:fan_in}, {@code random:0.01}; config.json holds it.
     *
     * @return the form {@link Initializers#parse} reads back to an equal initializer
     */
    @JsonValue
    String describe();

    /**
     * Reads config.json's form (any form of {@link Initializers#parse}).
     *
     * @param spec a command-line form, e.g. {@code he:uniform:fan_out}
     * @return the initializer {@code spec} names
     */
    @JsonCreator
    static Initializer fromSpec(String spec) {
        return Initializers.parse("initializer", spec);
    }
}
