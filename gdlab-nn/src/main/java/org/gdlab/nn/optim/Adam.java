package org.gdlab.nn.optim;

import org.gdlab.core.validate.Check;

/**
 * Adam (Kingma and Ba 2015) with bias correction, and AdamW's decoupled weight decay
 * (Loshchilov and Hutter 2019) when {@code weightDecay > 0}. At step {@code t} (incremented
 * before use, so the first step has {@code t = 1}):
 * <pre>
 *   w &lt;- w - lr * weightDecay * w                       (AdamW only)
 *   m &lt;- beta1 m + (1 - beta1) g
 *   v &lt;- beta2 v + (1 - beta2) g^2
 *   w &lt;- w - lr * (m / (1 - beta1^t)) / (sqrt(v / (1 - beta2^t)) + eps)
 * </pre>
 * {@code m} and {@code v} start at zero. Defaults: lr 1e-3, betas 0.9 and 0.999, eps 1e-8;
 * AdamW's weight decay 1e-2 (PyTorch's).
 */
public final class Adam extends Optimizer {
    /** The default learning rate. */
    public static final double DEFAULT_LR = 1e-3;
    /** The default beta1. */
    public static final double DEFAULT_BETA1 = 0.9;
    /** The default beta2. */
    public static final double DEFAULT_BETA2 = 0.999;
    /** The default eps. */
    public static final double DEFAULT_EPS = 1e-8;
    /** AdamW's default weight decay. */
    public static final double DEFAULT_WEIGHT_DECAY = 1e-2;

    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;

    /**
     * Adam: betas in [0, 1), {@code eps >= 0}.
     *
     * @param lr the learning rate, finite and {@code > 0}
     * @param beta1 the decay of the first moment {@code m}, in [0, 1)
     * @param beta2 the decay of the second moment {@code v}, in [0, 1)
     * @param eps added to {@code sqrt(v hat)} in the denominator, finite and {@code >= 0}
     */
    public Adam(double lr, double beta1, double beta2, double eps) {
        this(lr, beta1, beta2, eps, 0);
    }

    /**
     * AdamW when {@code weightDecay > 0} (Adam when 0).
     *
     * @param lr the learning rate, finite and {@code > 0}
     * @param beta1 the decay of the first moment {@code m}, in [0, 1)
     * @param beta2 the decay of the second moment {@code v}, in [0, 1)
     * @param eps added to {@code sqrt(v hat)} in the denominator, finite and {@code >= 0}
     * @param weightDecay the decoupled decay per step, {@code w <- w - lr * weightDecay * w}; finite and
     *     {@code >= 0}
     */
    public Adam(double lr, double beta1, double beta2, double eps, double weightDecay) {
        super(lr, "m", "v");
        if (!(beta1 >= 0 && beta1 < 1)) {
            throw Check.invalid("beta1", beta1, "must be in [0, 1)");
        }
        if (!(beta2 >= 0 && beta2 < 1)) {
            throw Check.invalid("beta2", beta2, "must be in [0, 1)");
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = Check.finite("eps", Check.nonNegative("eps", eps));
        this.weightDecay = Check.finite("weight decay", Check.nonNegative("weight decay", weightDecay));
    }

    /**
     * AdamW with the given weight decay and default betas and eps.
     *
     * @param lr the learning rate, finite and {@code > 0}
     * @param weightDecay the decoupled decay, finite and {@code >= 0} (PyTorch's default 1e-2)
     * @return a new AdamW with betas 0.9 and 0.999 and eps 1e-8
     */
    public static Adam adamW(double lr, double weightDecay) {
        return new Adam(lr, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPS, weightDecay);
    }

    /** {@code lr / (1 - beta1^t)}, the step size with the first moment's bias correction. */
    private double stepSize() {
        return learningRate() / (1 - Math.pow(beta1, steps()));
    }

    /** {@code 1 / (1 - beta2^t)}, the second moment's bias correction. */
    private double secondCorrection() {
        return 1 / (1 - Math.pow(beta2, steps()));
    }

    @Override
    protected void update(float[] w, float[] g, int from, int to, float[][] state) {
        float step = (float) stepSize();
        float c2 = (float) secondCorrection();
        float shrink = (float) (1 - learningRate() * weightDecay);
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        float a1 = (float) (1 - beta1);
        float a2 = (float) (1 - beta2);
        float e = (float) eps;
        float[] m = state[0];
        float[] v = state[1];
        for (int k = from; k < to; k++) {
            float gk = g[k];
            float mk = b1 * m[k] + a1 * gk;
            float vk = b2 * v[k] + a2 * gk * gk;
            m[k] = mk;
            v[k] = vk;
            w[k] = shrink * w[k] - step * mk / ((float) Math.sqrt(vk * c2) + e);
        }
    }

    @Override
    protected void update(double[] w, double[] g, int from, int to, double[][] state) {
        double step = stepSize();
        double c2 = secondCorrection();
        double shrink = 1 - learningRate() * weightDecay;
        double a1 = 1 - beta1;
        double a2 = 1 - beta2;
        double[] m = state[0];
        double[] v = state[1];
        for (int k = from; k < to; k++) {
            double gk = g[k];
            double mk = beta1 * m[k] + a1 * gk;
            double vk = beta2 * v[k] + a2 * gk * gk;
            m[k] = mk;
            v[k] = vk;
            w[k] = shrink * w[k] - step * mk / (Math.sqrt(vk * c2) + eps);
        }
    }

    /**
     * Flushes the first moments {@code m} when {@code eps > 0} (see {@link Optimizer}): a value
     * {@code s} moves a weight by at most {@code lr |s| / ((1 - beta1^16) (1 - beta1) eps)} over all
     * later steps (the flush comes at step 16 or later), under {@code 1e-27} for {@code |s| <
     * 2^-110} at the defaults. The second moments are never flushed: they divide.
     */
    @Override
    protected boolean flushesTiny(int buffer) {
        return buffer == 0 && eps > 0;
    }

    @Override
    public String describe() {
        return (weightDecay > 0 ? "adamw" : "adam") + "(lr=" + learningRate() + ", betas=(" + beta1 + ", " + beta2
                + "), eps=" + eps + (weightDecay > 0 ? ", weight_decay=" + weightDecay : "") + ")";
    }

    @Override
    public Optimizer copy() {
        return new Adam(learningRate(), beta1, beta2, eps, weightDecay);
    }
}
