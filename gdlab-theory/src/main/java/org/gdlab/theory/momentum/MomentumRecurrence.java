package org.gdlab.theory.momentum;

import org.gdlab.theory.spectrum.IterationCount;

/**
 * Runs momentum in the EMA form on one scalar problem {@code (y - sigma w)^2} from
 * {@code w_0 = 0, z_0 = 0}:
 * <pre>
 *   g_t = 2 sigma (sigma w_t - y),   z_{t+1} = (1 - beta) z_t + beta g_t,   w_{t+1} = w_t - eta z_{t+1}.
 * </pre>
 * This is the method itself, not its closed form; {@link MomentumMatrix} is the closed form.
 */
public final class MomentumRecurrence {
    private MomentumRecurrence() {
    }

    /**
     * The first t after which {@code |w_s - w*| <= eps |w*|} for every {@code s >= t}, by running
     * the method. The run stops once the certificate of {@link MomentumMatrix#sequenceBound()}
     * shows that no later step can leave the tolerance; with {@code DIVERGED} when the error
     * exceeds {@link IterationCount#DIVERGENCE_FACTOR}{@code |w*|} or is NaN; with {@code NOT_REACHED} after
     * {@code maxIterations} steps. With {@code y = 0}, {@code w_0 = 0 = w*}: 0 steps.
     *
     * @param sigma2 {@code sigma^2 > 0}
     * @param target {@code y}
     * @param p eta and beta
     * @param eps the relative tolerance, in {@code (0, 1)}
     * @param maxIterations the step budget, {@code >= 1}
     * @return the count, or why there is none
     */
    public static IterationCount iterationsToEps(double sigma2, double target, MomentumParameters p, double eps,
                                                 long maxIterations) {
        double sigma = Math.sqrt(sigma2);
        double wStar = target / sigma;
        double tolerance = eps * Math.abs(wStar);
        double bound = IterationCount.DIVERGENCE_FACTOR * Math.abs(wStar);
        double eta = p.eta();
        double beta = p.beta();
        double m = 1 - beta;
        if (target == 0) {
            return IterationCount.reached(0);
        }
        double certificate = MomentumMatrix.of(sigma2, p).sequenceBound();
        double w = 0;
        double z = 0;
        long lastOutside = -1;
        for (long t = 0; t < maxIterations; t++) {
            double error = Math.abs(w - wStar);
            if (!(error <= bound)) {
                return new IterationCount(IterationCount.Outcome.DIVERGED, t);
            }
            if (error > tolerance) {
                lastOutside = t;
            }
            z = m * z + beta * 2 * sigma * (sigma * w - target);
            w -= eta * z;
            double next = Math.abs(w - wStar);
            if (Math.max(error, certificate * (next + m * error)) <= tolerance) {
                return IterationCount.reached(lastOutside + 1);
            }
        }
        return new IterationCount(IterationCount.Outcome.NOT_REACHED, maxIterations);
    }

    /**
     * The first {@code steps + 1} states from {@code w_0 = 0, z_0 = 0}: row 0 the errors
     * {@code x_t = w_t - w*}, row 1 the averaged gradients {@code a_t = z_t}.
     *
     * @param sigma2 {@code sigma^2 > 0}
     * @param target {@code y}
     * @param p eta and beta
     * @param steps the number of steps, {@code >= 0}
     * @return a {@code 2 x (steps + 1)} array, column t for step t
     */
    public static double[][] trajectory(double sigma2, double target, MomentumParameters p, int steps) {
        double sigma = Math.sqrt(sigma2);
        double wStar = target / sigma;
        double[][] out = new double[2][steps + 1];
        double w = 0;
        double z = 0;
        for (int t = 0; t <= steps; t++) {
            out[0][t] = w - wStar;
            out[1][t] = z;
            z = (1 - p.beta()) * z + p.beta() * 2 * sigma * (sigma * w - target);
            w -= p.eta() * z;
        }
        return out;
    }
}
