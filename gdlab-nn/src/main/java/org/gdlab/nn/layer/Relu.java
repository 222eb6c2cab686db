package org.gdlab.nn.layer;

/**
 * The rectifier {@code f(z) = max(z, 0)}; {@code f'(z) = 1} for {@code z > 0}, else 0 (0 at the
 * kink). A NaN input stays NaN, so a diverging network is seen diverging.
 */
public final class Relu extends ElementwiseActivation {
    /**
     * A ReLU on {@code size} features.
     *
     * @param size the number of features, both in and out
     */
    public Relu(int size) {
        super(size);
    }

    @Override
    protected double value(double z) {
        return Math.max(z, 0);
    }

    @Override
    public double slopeAtOutput(double out) {
        return out > 0 ? 1 : 0;
    }

    /** {@code f'' = 0} away from the kink. */
    @Override
    public double curvatureAtOutput(double out) {
        return 0;
    }

    /** {@code max(z, 0)} through {@link Math#max(float, float)}, which the JIT vectorizes. */
    @Override
    protected void apply(float[] z, int n) {
        for (int k = 0; k < n; k++) {
            z[k] = Math.max(z[k], 0f);
        }
    }

    /**
     * {@code g * [out > 0]} without a branch, so that the JIT vectorizes it: for a ReLU output
     * {@code out >= 0}, {@code min(out * 2^126 * 2^126, 1)} is exactly 1 when {@code out > 0}
     * (the smallest positive float, {@code 2^-149}, becomes {@code 2^103}) and 0 when
     * {@code out = 0}; a NaN stays NaN.
     */
    @Override
    protected void applyGradient(float[] g, float[] out, int n) {
        for (int k = 0; k < n; k++) {
            g[k] *= Math.min(out[k] * 0x1p126f * 0x1p126f, 1f);
        }
    }

    @Override
    public String describe() {
        return "relu";
    }
}
