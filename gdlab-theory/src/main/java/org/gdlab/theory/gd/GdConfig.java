package org.gdlab.theory.gd;

import org.gdlab.core.validate.Check;

/**
 * What a gradient-descent analysis is asked.
 *
 * @param eta the learning rate, > 0
 * @param eps the tolerance: a coordinate is within eps when {@code |w_t - w*| <= eps |w*|}, in (0, 1)
 * @param maxIterations the step budget of each simulation, >= 1
 */
public record GdConfig(double eta, double eps, long maxIterations) {
    /**
     * Validates every field.
     *
     * @param eta the learning rate, finite and {@code > 0}
     * @param eps the relative tolerance, in {@code (0, 1)}
     * @param maxIterations the step budget of each simulation, {@code >= 1}
     */
    public GdConfig {
        Check.positive("eta", eta);
        Check.finite("eta", eta);
        requireEps("eps", eps);
        requireMaxIterations(maxIterations);
    }

    /**
     * Requires {@code 0 < eps < 1} (NaN fails), naming the parameter.
     *
     * @param name the parameter, for the message
     * @param eps the tolerance to check
     * @return {@code eps}
     */
    public static double requireEps(String name, double eps) {
        if (!(eps > 0 && eps < 1)) {
            throw Check.invalid(name, eps, "must be in (0, 1)");
        }
        return eps;
    }

    /**
     * Requires a step budget {@code maxIterations >= 1}.
     *
     * @param maxIterations the step budget to check
     * @return {@code maxIterations}
     */
    public static long requireMaxIterations(long maxIterations) {
        if (maxIterations < 1) {
            throw Check.invalid("maxIterations", maxIterations, "must be >= 1");
        }
        return maxIterations;
    }
}
