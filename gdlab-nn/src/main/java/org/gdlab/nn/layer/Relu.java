package org.gdlab.nn.layer;

/** The rectifier {@code f(z) = max(z, 0)}; {@code f'(z) = 1} for {@code z > 0}, else 0 (0 at the kink). */
public final class Relu extends ElementwiseActivation {
    /** A ReLU on {@code size} features. */
    public Relu(int size) {
        super(size);
    }

    @Override
    protected double value(double z) {
        return z > 0 ? z : 0;
    }

    @Override
    protected double slopeAtOutput(double out) {
        return out > 0 ? 1 : 0;
    }

    @Override
    public String describe() {
        return "relu";
    }
}
