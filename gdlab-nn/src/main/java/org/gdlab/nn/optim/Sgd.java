package org.gdlab.nn.optim;


/** Plain stochastic gradient descent: {@code w <- w - lr g}. No state. Default lr 1e-2. */
public final class Sgd extends Optimizer {
    /** The default learning rate. */
    public static final double DEFAULT_LR = 1e-2;

    /**
     * SGD with learning rate {@code lr > 0}.
     *
     * @param lr the learning rate, finite and {@code > 0}
     */
    public Sgd(double lr) {
        super(lr);
    }

    @Override
    protected void update(float[] w, float[] g, int from, int to, float[][] state) {
        float lr = (float) learningRate();
        for (int k = from; k < to; k++) {
            w[k] -= lr * g[k];
        }
    }

    @Override
    protected void update(double[] w, double[] g, int from, int to, double[][] state) {
        double lr = learningRate();
        for (int k = from; k < to; k++) {
            w[k] -= lr * g[k];
        }
    }

    @Override
    public String describe() {
        return "sgd(lr=" + learningRate() + ")";
    }

    @Override
    public Optimizer copy() {
        return new Sgd(learningRate());
    }
}
