package org.gdlab.nn.optim;

import org.gdlab.nn.tensor.Access;

/** Plain stochastic gradient descent: {@code w <- w - lr g}. No state. Default lr 1e-2. */
public final class Sgd extends Optimizer {
    /** The default learning rate. */
    public static final double DEFAULT_LR = 1e-2;

    /** SGD with learning rate {@code lr > 0}. */
    public Sgd(double lr) {
        super(lr);
    }

    @Override
    protected void update(Access w, Access g, int n, double[][] state) {
        double lr = learningRate();
        for (int k = 0; k < n; k++) {
            w.put(k, w.at(k) - lr * g.at(k));
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
