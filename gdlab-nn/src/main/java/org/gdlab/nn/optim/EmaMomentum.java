package org.gdlab.nn.optim;

import org.gdlab.core.validate.Check;

/**
 * Momentum as an average of gradients (docs/questions.md section 2):
 * {@code z <- (1 - beta) z + beta g}, then {@code w <- w - eta z}, with {@code z} starting at
 * zero and {@code beta} in (0, 1]; {@code beta = 1} is plain gradient descent. It equals
 * {@link SgdMomentum} with {@code m = 1 - beta} and {@code lr = eta beta}. Defaults: eta 1e-2,
 * beta 0.1 (the PyTorch momentum 0.9).
 */
public final class EmaMomentum extends Optimizer {
    /** The default beta. */
    public static final double DEFAULT_BETA = 0.1;

    private final double beta;

    /**
     * Step size {@code eta > 0}, averaging weight {@code beta} in (0, 1].
     *
     * @param eta the step size, finite and {@code > 0}
     * @param beta the weight of the new gradient in the average, in (0, 1] (1 is plain SGD)
     */
    public EmaMomentum(double eta, double beta) {
        super(eta, "z");
        this.beta = Check.inHalfOpenRange("beta", beta, 0, 1);
    }

    @Override
    protected void update(float[] w, float[] g, int from, int to, float[][] state) {
        float eta = (float) learningRate();
        float keep = (float) (1 - beta);
        float b = (float) beta;
        float[] z = state[0];
        for (int k = from; k < to; k++) {
            float zk = keep * z[k] + b * g[k];
            z[k] = zk;
            w[k] -= eta * zk;
        }
    }

    @Override
    protected void update(double[] w, double[] g, int from, int to, double[][] state) {
        double eta = learningRate();
        double keep = 1 - beta;
        double[] z = state[0];
        for (int k = from; k < to; k++) {
            double zk = keep * z[k] + beta * g[k];
            z[k] = zk;
            w[k] -= eta * zk;
        }
    }

    /**
     * The averaging weight {@code beta}.
     *
     * @return {@code beta}, in (0, 1]
     */
    public double beta() {
        return beta;
    }

    /**
     * Flushes the average {@code z} (see {@link Optimizer}): a value {@code s} moves a weight by at
     * most {@code eta |s| / beta} over all later steps.
     */
    @Override
    protected boolean flushesTiny(int buffer) {
        return true;
    }

    @Override
    public String describe() {
        return "ema(lr=" + learningRate() + ", beta=" + beta + ")";
    }

    @Override
    public Optimizer copy() {
        return new EmaMomentum(learningRate(), beta);
    }
}
