package org.gdlab.nn.layer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.gdlab.core.validate.Check;

/**
 * The hidden-layer activations of a network, with the gain that initializers scale by
 * (PyTorch's {@code calculate_gain}): the factor that keeps the variance of activations constant
 * from layer to layer.
 */
public enum Nonlinearity {
    /** {@link Relu}; gain {@code sqrt 2}. */
    RELU("relu"),
    /** {@link LeakyRelu}; gain {@code sqrt(2 / (1 + a^2))} for negative slope {@code a}. */
    LEAKY_RELU("leaky-relu"),
    /** {@link Tanh}; gain 5/3. */
    TANH("tanh"),
    /** No activation (for gains only); gain 1. */
    LINEAR("linear");

    private final String label;

    Nonlinearity(String label) {
        this.label = label;
    }

    /**
     * The command-line name.
     *
     * @return {@code relu}, {@code leaky-relu}, {@code tanh} or {@code linear}
     */
    @JsonValue
    public String label() {
        return label;
    }

    /**
     * The gain, with {@code slope} the negative slope of a leaky ReLU (ignored otherwise).
     *
     * @param slope the negative slope of a leaky ReLU, in [0, 1)
     * @return PyTorch's {@code calculate_gain}: {@code sqrt 2} for ReLU, {@code sqrt(2 / (1 + slope^2))} for
     *     leaky ReLU, {@code 5/3} for tanh, 1 for linear
     */
    public double gain(double slope) {
        return switch (this) {
            case RELU -> Math.sqrt(2);
            case LEAKY_RELU -> Math.sqrt(2 / (1 + slope * slope));
            case TANH -> 5.0 / 3;
            case LINEAR -> 1;
        };
    }

    /**
     * A new activation layer on {@code size} features.
     *
     * @param size the number of features, both in and out
     * @param slope the negative slope, for {@link #LEAKY_RELU} only
     * @return a new {@link Relu}, {@link LeakyRelu} or {@link Tanh}
     * @throws IllegalArgumentException for {@link #LINEAR}, which is no layer
     */
    public Layer newLayer(int size, double slope) {
        return switch (this) {
            case RELU -> new Relu(size);
            case LEAKY_RELU -> new LeakyRelu(size, slope);
            case TANH -> new Tanh(size);
            case LINEAR -> throw Check.invalid("activation", label, "must be one of relu, leaky-relu, tanh");
        };
    }

    /**
     * The hidden activation named {@code name}: relu, leaky-relu or tanh ({@link #LINEAR} is a gain,
     * not a layer, and neither accepted nor offered); the error lists the valid names.
     *
     * @param what the name of the option or field being read, for the error message
     * @param name {@code relu}, {@code leaky-relu} or {@code tanh}
     * @return the nonlinearity of that label
     */
    public static Nonlinearity parse(String what, String name) {
        return Check.oneOf(what, name, new Nonlinearity[] {RELU, LEAKY_RELU, TANH}, Nonlinearity::label);
    }

    /** Reads the JSON form, the label. */
    @JsonCreator
    static Nonlinearity fromLabel(String label) {
        return parse("activation", label);
    }
}
