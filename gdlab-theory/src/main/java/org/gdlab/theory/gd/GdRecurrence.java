package org.gdlab.theory.gd;

import org.gdlab.theory.spectrum.IterationCount;

/**
 * The scalar gradient-descent recurrence of docs/questions.md section 1, for the loss
 * {@code (y - sigma w)^2} from {@code w_0 = 0}:
 * <pre>
 *   w_{t+1} = (1 - 2 eta sigma^2) w_t + 2 eta sigma y,      w* = y / sigma,
 *   w_t - w* = (1 - 2 eta sigma^2)^t (w_0 - w*).
 * </pre>
 * This class runs the recurrence; the closed forms are in {@link GradientDescentAnalysis}.
 */
public final class GdRecurrence {
    private GdRecurrence() {
    }

    /**
     * Runs the recurrence from {@code w_0 = 0} and returns the first t after which
     * {@code |w_s - w*| <= eps |w*|} for every {@code s >= t}. Once a step is within eps and
     * {@code |1 - 2 eta sigma^2| < 1}, every later error is that factor times the one before, so
     * the run stops there; it stops with {@code DIVERGED} when the error exceeds
     * {@link IterationCount#DIVERGENCE_FACTOR}{@code |w*|} or is NaN, and with {@code NOT_REACHED} after
     * {@code maxIterations} steps. With {@code y = 0}, {@code w_0 = 0 = w*}: 0 steps.
     *
     * @param sigma2 {@code sigma^2 > 0}
     * @param target {@code y}
     * @param eta the learning rate
     * @param eps the relative tolerance, in {@code (0, 1)}
     * @param maxIterations the step budget, {@code >= 1}
     * @return the count, or why there is none
     */
    public static IterationCount iterationsToEps(double sigma2, double target, double eta, double eps, long maxIterations) {
        if (target == 0) {
            return IterationCount.reached(0);
        }
        double sigma = Math.sqrt(sigma2);
        double wStar = target / sigma;
        double tolerance = eps * Math.abs(wStar);
        double bound = IterationCount.DIVERGENCE_FACTOR * Math.abs(wStar);
        double factor = 1 - 2 * eta * sigma2;
        double shift = 2 * eta * sigma * target;
        boolean contracting = Math.abs(factor) < 1;
        double w = 0;
        long lastOutside = -1;
        for (long t = 0; t <= maxIterations; t++) {
            double error = Math.abs(w - wStar);
            if (!(error <= bound)) {
                return new IterationCount(IterationCount.Outcome.DIVERGED, t);
            }
            if (error > tolerance) {
                lastOutside = t;
            } else if (contracting) {
                return IterationCount.reached(lastOutside + 1);
            }
            w = factor * w + shift;
        }
        return new IterationCount(IterationCount.Outcome.NOT_REACHED, maxIterations);
    }

    /**
     * The first {@code steps + 1} iterates as errors {@code x_t = w_t - w*} (row 0) and gradients
     * {@code g_t = 2 sigma (sigma w_t - y)} (row 1), from {@code w_0 = 0}.
     *
     * @param sigma2 {@code sigma^2 > 0}
     * @param target {@code y}
     * @param eta the learning rate
     * @param steps the number of steps, {@code >= 0}
     * @return a {@code 2 x (steps + 1)} array: errors in row 0, gradients in row 1, column t for
     *     step t
     */
    public static double[][] trajectory(double sigma2, double target, double eta, int steps) {
        double sigma = Math.sqrt(sigma2);
        double wStar = target / sigma;
        double[][] out = new double[2][steps + 1];
        double w = 0;
        for (int t = 0; t <= steps; t++) {
            out[0][t] = w - wStar;
            out[1][t] = 2 * sigma * (sigma * w - target);
            w = (1 - 2 * eta * sigma2) * w + 2 * eta * sigma * target;
        }
        return out;
    }
}
