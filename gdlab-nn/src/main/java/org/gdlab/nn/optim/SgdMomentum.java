package org.gdlab.nn.optim;

import org.gdlab.core.validate.Check;

/**
 * SGD with momentum in PyTorch's convention (not Sutskever's): {@code v <- m v + g}, then
 * {@code w <- w - lr v}; with Nesterov, {@code w <- w - lr (g + m v)} (the new v). The velocity
 * {@code v} starts at zero. Defaults: lr 1e-2, momentum 0.9. Nesterov requires momentum > 0.
 * (The EMA form of docs/questions.md is {@link EmaMomentum}: the same method with {@code m = 1 - beta},
 * {@code lr = eta beta}.)
 */
public final class SgdMomentum extends Optimizer {
    /** The default momentum. */
    public static final double DEFAULT_MOMENTUM = 0.9;

    private final double momentum;
    private final boolean nesterov;

    /**
     * Momentum {@code m} in [0, 1); {@code nesterov} for Nesterov's look-ahead form.
     *
     * @param lr the learning rate, finite and {@code > 0}
     * @param momentum the velocity's decay {@code m}, in [0, 1); {@code > 0} for Nesterov
     * @param nesterov whether to use Nesterov's look-ahead form
     */
    public SgdMomentum(double lr, double momentum, boolean nesterov) {
        super(lr, "velocity");
        if (!(momentum >= 0 && momentum < 1)) {
            throw Check.invalid("momentum", momentum, "must be in [0, 1)");
        }
        if (nesterov && !(momentum > 0)) {
            throw Check.invalid("momentum", momentum, "Nesterov momentum requires a momentum > 0");
        }
        this.momentum = momentum;
        this.nesterov = nesterov;
    }

    @Override
    protected void update(float[] w, float[] g, int from, int to, float[][] state) {
        float lr = (float) learningRate();
        float m = (float) momentum;
        float[] v = state[0];
        for (int k = from; k < to; k++) {
            float gk = g[k];
            float vk = m * v[k] + gk;
            v[k] = vk;
            w[k] -= lr * (nesterov ? gk + m * vk : vk);
        }
    }

    @Override
    protected void update(double[] w, double[] g, int from, int to, double[][] state) {
        double lr = learningRate();
        double m = momentum;
        double[] v = state[0];
        for (int k = from; k < to; k++) {
            double gk = g[k];
            double vk = m * v[k] + gk;
            v[k] = vk;
            w[k] -= lr * (nesterov ? gk + m * vk : vk);
        }
    }

    /**
     * The momentum {@code m}.
     *
     * @return {@code m}, in [0, 1)
     */
    public double momentum() {
        return momentum;
    }

    /**
     * Whether this is Nesterov's look-ahead form.
     *
     * @return true for Nesterov's form, false for the heavy ball
     */
    public boolean nesterov() {
        return nesterov;
    }

    /**
     * Flushes the velocity {@code v} (see {@link Optimizer}): a value {@code s} moves a weight by at
     * most {@code lr |s| / (1 - momentum)} over all later steps.
     */
    @Override
    protected boolean flushesTiny(int buffer) {
        return true;
    }

    @Override
    public String describe() {
        return (nesterov ? "nesterov" : "momentum") + "(lr=" + learningRate() + ", momentum=" + momentum + ")";
    }

    @Override
    public Optimizer copy() {
        return new SgdMomentum(learningRate(), momentum, nesterov);
    }
}
