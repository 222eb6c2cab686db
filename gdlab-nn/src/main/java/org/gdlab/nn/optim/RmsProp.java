package org.gdlab.nn.optim;

import org.gdlab.core.validate.Check;

/**
 * RMSProp (Tieleman and Hinton 2012; PyTorch's form without momentum or centring):
 * {@code c <- r c + (1 - r) g^2}, then {@code w <- w - lr g / (sqrt(c) + eps)}, with {@code c}
 * starting at zero. Defaults: lr 1e-2, decay {@code r} 0.99, eps 1e-8.
 */
public final class RmsProp extends Optimizer {
    /** The default decay rate. */
    public static final double DEFAULT_DECAY = 0.99;

    private final double decay;
    private final double eps;

    /**
     * Decay {@code r} in [0, 1), {@code eps >= 0}.
     *
     * @param lr the learning rate, finite and {@code > 0}
     * @param decay the decay {@code r} of the squared-gradient cache, in [0, 1)
     * @param eps added to {@code sqrt(c)} in the denominator, {@code >= 0}
     */
    public RmsProp(double lr, double decay, double eps) {
        super(lr, "cache");
        if (!(decay >= 0 && decay < 1)) {
            throw Check.invalid("decay", decay, "must be in [0, 1)");
        }
        this.decay = decay;
        this.eps = Check.finite("eps", Check.nonNegative("eps", eps));
    }

    @Override
    protected void update(float[] w, float[] g, int from, int to, float[][] state) {
        float lr = (float) learningRate();
        float r = (float) decay;
        float r1 = (float) (1 - decay);
        float e = (float) eps;
        float[] c = state[0];
        for (int k = from; k < to; k++) {
            float gk = g[k];
            float ck = r * c[k] + r1 * gk * gk;
            c[k] = ck;
            w[k] -= lr * gk / ((float) Math.sqrt(ck) + e);
        }
    }

    @Override
    protected void update(double[] w, double[] g, int from, int to, double[][] state) {
        double lr = learningRate();
        double r1 = 1 - decay;
        double[] c = state[0];
        for (int k = from; k < to; k++) {
            double gk = g[k];
            double ck = decay * c[k] + r1 * gk * gk;
            c[k] = ck;
            w[k] -= lr * gk / (Math.sqrt(ck) + eps);
        }
    }

    @Override
    public String describe() {
        return "rmsprop(lr=" + learningRate() + ", decay=" + decay + ", eps=" + eps + ")";
    }

    @Override
    public Optimizer copy() {
        return new RmsProp(learningRate(), decay, eps);
    }
}
