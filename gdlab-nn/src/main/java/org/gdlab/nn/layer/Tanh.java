package org.gdlab.nn.layer;

/** The hyperbolic tangent {@code f(z) = tanh z}; {@code f'(z) = 1 - tanh^2 z = 1 - out^2}. */
public final class Tanh extends ElementwiseActivation {
    /**
     * A tanh on {@code size} features.
     *
     * @param size the number of features, both in and out
     */
    public Tanh(int size) {
        super(size);
    }

    @Override
    protected double value(double z) {
        return Math.tanh(z);
    }

    @Override
    public double slopeAtOutput(double out) {
        return 1 - out * out;
    }

    /** {@code f''(z) = -2 tanh z (1 - tanh^2 z)}. */
    @Override
    public double curvatureAtOutput(double out) {
        return -2 * out * (1 - out * out);
    }

    @Override
    public String describe() {
        return "tanh";
    }
}
