package org.gdlab.theory.noise;

import org.gdlab.core.validate.Check;

/**
 * Gradient descent on one scalar point with fresh input noise every step.
 *
 * @param x the clean input, finite and nonzero (the noise-free optimum is {@code y/x})
 * @param y the target, finite
 * @param noiseVariance {@code sigma^2 >= 0}, the variance of the noise added to x
 * @param eta the learning rate, {@code > 0} (a divergent one is simulated and reported as such)
 * @param steps the number of steps, {@code >= 1}
 * @param trials the number of independent runs of the Monte Carlo, {@code >= 2}
 * @param seed the seed of the noise
 */
public record ScalarNoiseConfig(double x, double y, double noiseVariance, double eta, int steps, int trials, long seed) {
    /**
     * Validates every parameter.
     *
     * @param x the clean input, finite and nonzero
     * @param y the target, finite
     * @param noiseVariance {@code sigma^2 >= 0}, finite
     * @param eta the learning rate, finite and {@code > 0}
     * @param steps the number of steps, {@code >= 1}
     * @param trials the number of Monte Carlo runs, {@code >= 2}
     * @param seed the seed of the noise
     */
    public ScalarNoiseConfig {
        Check.finite("x", x);
        if (x == 0) {
            throw Check.invalid("x", x, "must be nonzero (the noise-free optimum is y/x)");
        }
        Check.finite("y", y);
        Check.nonNegative("noiseVariance", noiseVariance);
        Check.finite("noiseVariance", noiseVariance);
        Check.positive("eta", eta);
        Check.finite("eta", eta);
        Check.positive("steps", steps);
        Check.inRange("trials", trials, 2, Integer.MAX_VALUE);
    }
}
