package org.gdlab.nn.train;

import org.gdlab.core.validate.Check;
import org.gdlab.nn.optim.EmaMomentum;
import org.gdlab.nn.optim.Optimizer;
import org.gdlab.nn.optim.Sgd;
import org.gdlab.nn.optim.SgdMomentum;

/**
 * The edge of stability of an update rule: the largest curvature {@code h} at which the rule at
 * learning rate {@code lr} converges on the quadratic {@code h x^2 / 2} (on a network, the edge
 * its sharpness is compared with):
 * <pre>
 *   sgd          x &lt;- x - lr h x                                      stable iff h &lt; 2 / lr
 *   momentum     v &lt;- m v + h x, x &lt;- x - lr v                          stable iff h &lt; 2 (1 + m) / lr
 *   nesterov     v &lt;- m v + h x, x &lt;- x - lr (h x + m v)                stable iff h &lt; 2 (1 + m) / ((1 + 2m) lr)
 *   ema          z &lt;- (1 - beta) z + beta h x, x &lt;- x - eta z  (momentum with m = 1 - beta, lr = eta beta)
 *                                                                    stable iff h &lt; 2 (2 - beta) / (eta beta)
 * </pre>
 * (the recurrences' characteristic roots leave the unit disc through -1 at the edge). Adam, AdamW
 * and RMSProp divide each parameter's step by {@code sqrt(v)}: their edge is one of the
 * preconditioned Hessian {@code diag(1/sqrt(v)) H}, not of {@code H}, so they have none here.
 */
public final class StabilityEdge {
    private StabilityEdge() {
    }

    /**
     * Whether {@code o}'s rule has an edge in the Hessian's top eigenvalue.
     *
     * @param o the optimizer
     * @return true for SGD, momentum, Nesterov and ema; false for the adaptive rules
     */
    public static boolean exists(Optimizer o) {
        return o instanceof Sgd || o instanceof SgdMomentum || o instanceof EmaMomentum;
    }

    /**
     * The edge of {@code o}'s rule at its current learning rate.
     *
     * @param o an SGD, momentum, Nesterov or ema optimizer
     * @return the largest top Hessian eigenvalue the rule is stable under, e.g. {@code 2 / lr} for SGD
     * @throws IllegalArgumentException for an adaptive rule (Adam, AdamW, RMSProp)
     */
    public static double of(Optimizer o) {
        double lr = o.learningRate();
        if (o instanceof Sgd) {
            return 2 / lr;
        }
        if (o instanceof SgdMomentum s) {
            double m = s.momentum();
            return s.nesterov() ? 2 * (1 + m) / ((1 + 2 * m) * lr) : 2 * (1 + m) / lr;
        }
        if (o instanceof EmaMomentum e) {
            double beta = e.beta();
            return 2 * (2 - beta) / (lr * beta);
        }
        throw Check.invalid("optimizer", o.describe(), "must be sgd, momentum, nesterov or ema to track the sharpness: "
                + "adaptive rules divide each step by sqrt(v), so their edge is that of the preconditioned Hessian, "
                + "not one of the Hessian's top eigenvalue");
    }
}
