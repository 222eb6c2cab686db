package org.gdlab.nn.layer;

/** The hyperbolic tangent {@code f(z) = tanh z}; {@code f'(z) = 1 - tanh^2 z = 1 - out^2}. */
public final class Tanh extends ElementwiseActivation {
    /** A tanh on {@code size} features. */
    public Tanh(int size) {
        super(size);
    }

    @Override
    protected double value(double z) {
        return Math.tanh(z);
    }

    @Override
    protected double slopeAtOutput(double out) {
        return 1 - out * out;
    }

    @Override
    public String describe() {
        return "tanh";
    }
}
