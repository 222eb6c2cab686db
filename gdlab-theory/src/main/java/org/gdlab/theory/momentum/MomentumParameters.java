package org.gdlab.theory.momentum;

import org.gdlab.core.validate.Check;

/**
 * The hyperparameters of momentum in the EMA form of docs/questions.md section 2:
 * <pre>
 *   z_{t+1} = (1 - beta) z_t + beta g_t,   w_{t+1} = w_t - eta z_{t+1},   z_0 = 0, w_0 = 0,
 * </pre>
 * with {@code g_t = grad ||y - X w_t||^2 = 2 X^T (X w_t - y)}. {@code beta = 1} is plain gradient
 * descent. The heavy-ball (PyTorch) form {@code v <- m v + g; w <- w - lr v} is the same method
 * with {@code v = z / beta}, {@code m = 1 - beta}, {@code lr = eta beta}.
 *
 * @param eta the learning rate, finite and > 0
 * @param beta the weight of the new gradient, in (0, 1]
 */
public record MomentumParameters(double eta, double beta) {
    /** Validates both. */
    public MomentumParameters {
        Check.positive("eta", eta);
        Check.finite("eta", eta);
        Check.inHalfOpenRange("beta", beta, 0, 1);
    }

    /**
     * The EMA parameters of the heavy-ball form: {@code beta = 1 - m}, {@code eta = lr / (1 - m)}.
     *
     * @param m the heavy-ball momentum, in [0, 1)
     * @param lr the heavy-ball learning rate, finite and > 0
     */
    public static MomentumParameters fromHeavyBall(double m, double lr) {
        if (!(m >= 0 && m < 1)) {
            throw Check.invalid("m", m, "must be in [0, 1)");
        }
        Check.positive("lr", lr);
        Check.finite("lr", lr);
        return new MomentumParameters(lr / (1 - m), 1 - m);
    }

    /** The heavy-ball momentum {@code m = 1 - beta}. */
    public double heavyBallMomentum() {
        return 1 - beta;
    }

    /** The heavy-ball learning rate {@code lr = eta beta}. */
    public double heavyBallLearningRate() {
        return eta * beta;
    }
}
