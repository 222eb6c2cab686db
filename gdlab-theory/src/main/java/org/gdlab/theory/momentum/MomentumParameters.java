package org.gdlab.theory.momentum;

import org.gdlab.core.validate.Check;

/**
 * The hyperparameters of momentum, one method written two ways (docs/questions.md section 2). Make them
 * with {@link #ema(double, double)} or {@link #heavyBall(double, double)}: both take the learning
 * rate first, and each checks its arguments under their own names and ranges.
 *
 * <p>The EMA form (the lab's), whose step is {@code (eta, beta)}:
 * <pre>
 *   z_{t+1} = (1 - beta) z_t + beta g_t,   w_{t+1} = w_t - eta z_{t+1},   z_0 = 0, w_0 = 0,
 * </pre>
 * with {@code g_t = grad ||y - X w_t||^2 = 2 X^T (X w_t - y)}; {@code beta = 1} is plain gradient
 * descent.
 *
 * <p>The heavy-ball (PyTorch) form, whose step is {@code (lr, m)}:
 * <pre>
 *   v_{t+1} = m v_t + g_t,   w_{t+1} = w_t - lr v_{t+1},   v_0 = 0,
 * </pre>
 * the same iterates with {@code v = z / beta}, {@code m = 1 - beta}, {@code lr = eta beta}
 * ({@link #m()}, {@link #lr()}). The record holds the EMA pair; the heavy-ball pair is computed
 * from it, so {@code heavyBall(lr, m).lr()} equals {@code lr} to rounding.
 *
 * @param eta the EMA learning rate, finite and > 0
 * @param beta the EMA weight of the new gradient, in (0, 1]
 */
public record MomentumParameters(double eta, double beta) {
    /**
     * Validates both (prefer {@link #ema}, which names the form).
     *
     * @param eta the EMA learning rate, finite and {@code > 0}
     * @param beta the EMA weight of the new gradient, in {@code (0, 1]}
     */
    public MomentumParameters {
        requireLearningRate("eta", eta);
        requireBeta("beta", beta);
    }

    /**
     * The EMA step {@code z <- (1 - beta) z + beta g; w <- w - eta z}.
     *
     * @param eta the learning rate, finite and > 0
     * @param beta the weight of the new gradient, in (0, 1]
     * @return {@code (eta, beta)}
     * @throws IllegalArgumentException naming {@code eta} or {@code beta}
     */
    public static MomentumParameters ema(double eta, double beta) {
        return new MomentumParameters(eta, beta);
    }

    /**
     * The heavy-ball step {@code v <- m v + g; w <- w - lr v}, held as {@code beta = 1 - m},
     * {@code eta = lr / (1 - m)}.
     *
     * @param lr the heavy-ball learning rate, finite and > 0
     * @param m the heavy-ball momentum, in [0, 1)
     * @return the same method as EMA parameters, {@code beta = 1 - m}, {@code eta = lr / (1 - m)}
     * @throws IllegalArgumentException naming {@code lr} or {@code m}, or {@code lr / (1 - m)}
     *     when the EMA learning rate overflows
     */
    public static MomentumParameters heavyBall(double lr, double m) {
        requireLearningRate("lr", lr);
        requireM("m", m);
        double eta = lr / (1 - m);
        if (!Double.isFinite(eta)) {
            throw Check.invalid("lr / (1 - m)", eta,
                    "the EMA learning rate must be finite (lr = " + lr + ", m = " + m + ")");
        }
        return new MomentumParameters(eta, 1 - m);
    }

    /**
     * The heavy-ball momentum {@code m = 1 - beta}.
     *
     * @return {@code m}, in {@code [0, 1)}
     */
    public double m() {
        return 1 - beta;
    }

    /**
     * The heavy-ball learning rate {@code lr = eta beta}.
     *
     * @return {@code lr}, {@code > 0}
     */
    public double lr() {
        return eta * beta;
    }

    /**
     * Requires a learning rate of either form ({@code eta} or {@code lr}): finite and > 0;
     * {@code name} is how the caller calls it (e.g. {@code --lr}).
     *
     * @param name the parameter, for the message
     * @param rate the learning rate to check
     * @return {@code rate}
     */
    public static double requireLearningRate(String name, double rate) {
        Check.positive(name, rate);
        return Check.finite(name, rate);
    }

    /**
     * Requires an EMA weight in (0, 1].
     *
     * @param name the parameter, for the message
     * @param beta the weight to check
     * @return {@code beta}
     */
    public static double requireBeta(String name, double beta) {
        return Check.inHalfOpenRange(name, beta, 0, 1);
    }

    /**
     * Requires a heavy-ball momentum in [0, 1).
     *
     * @param name the parameter, for the message
     * @param m the momentum to check
     * @return {@code m}
     */
    public static double requireM(String name, double m) {
        if (!(m >= 0 && m < 1)) {
            throw Check.invalid(name, m, "must be in [0, 1)");
        }
        return m;
    }
}
