package org.gdlab.nn.layer;

import org.gdlab.core.validate.Check;

/**
 * The leaky rectifier {@code f(z) = z} for {@code z > 0}, else {@code a z}, with a negative
 * slope {@code a} in [0, 1) (PyTorch's default 0.01); {@code f'(z) = 1} or {@code a}.
 */
public final class LeakyRelu extends ElementwiseActivation {
    /** PyTorch's default negative slope. */
    public static final double DEFAULT_SLOPE = 0.01;

    private final double slope;

    /**
     * A leaky ReLU on {@code size} features with negative slope {@code slope}.
     *
     * @param size the number of features, both in and out
     * @param slope the slope for negative inputs, in [0, 1)
     */
    public LeakyRelu(int size, double slope) {
        super(size);
        if (!(slope >= 0 && slope < 1)) {
            throw Check.invalid("negative slope", slope, "must be in [0, 1)");
        }
        this.slope = slope;
    }

    @Override
    protected double value(double z) {
        return z > 0 ? z : slope * z;
    }

    @Override
    public double slopeAtOutput(double out) {
        return out > 0 ? 1 : slope;
    }

    /** {@code f'' = 0} away from the kink. */
    @Override
    public double curvatureAtOutput(double out) {
        return 0;
    }

    @Override
    public String describe() {
        return "leaky-relu(" + slope + ")";
    }
}
