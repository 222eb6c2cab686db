package org.gdlab.theory.noise;

import org.gdlab.core.validate.Check;

/**
 * SGD over the rows of X with fresh input noise at every use.
 *
 * @param noiseVariance {@code sigma^2 >= 0}
 * @param eta the learning rate, {@code > 0} (a divergent one is simulated and reported as such)
 * @param steps the number of SGD steps (one row each), {@code >= 1}
 * @param trials the number of independent runs, {@code >= 2}
 * @param seed the seed of the row choices and the noise
 */
public record VectorNoiseConfig(double noiseVariance, double eta, int steps, int trials, long seed) {
    /**
     * Validates every parameter.
     *
     * @param noiseVariance {@code sigma^2 >= 0}, finite
     * @param eta the learning rate, finite and {@code > 0}
     * @param steps the number of SGD steps, {@code >= 1}
     * @param trials the number of independent runs, {@code >= 2}
     * @param seed the seed of the row choices and the noise
     */
    public VectorNoiseConfig {
        Check.nonNegative("noiseVariance", noiseVariance);
        Check.finite("noiseVariance", noiseVariance);
        Check.positive("eta", eta);
        Check.finite("eta", eta);
        Check.positive("steps", steps);
        Check.inRange("trials", trials, 2, Integer.MAX_VALUE);
    }
}
