package org.gdlab.web.api;

import org.gdlab.theory.noise.ScalarNoiseConfig;
import org.gdlab.theory.noise.ScalarNoiseResult;
import org.gdlab.theory.noise.ScalarNoisyGd;

/**
 * Panel 2: noise is regularization, on one scalar point (docs/questions.md section 3): gradient descent on
 * {@code 1/2 (x_noisy w - y)^2} with fresh noise every step, the recurrence of {@code E[w_t]} against a
 * Monte Carlo band. Each field is the one of {@link ScalarNoiseConfig} (defaults in brackets).
 *
 * @param x the clean input [1]
 * @param y the target [1]
 * @param noiseVariance sigma^2 [0.5]
 * @param eta the learning rate [0.1]
 * @param steps GD steps [200], at most {@link Bounds#MAX_NOISE_STEPS}
 * @param trials Monte Carlo runs [400], at most {@link Bounds#MAX_NOISE_TRIALS}, and
 *     {@code steps * trials <= }{@link Bounds#MAX_NOISE_WORK}
 * @param seed the seed of the noise [1]
 */
public record NoiseRequest(Double x, Double y, Double noiseVariance, Double eta, Integer steps, Integer trials, Long seed) {

    /**
     * The answer.
     *
     * @param result the analysis of {@code gdlab noise}
     * @param seconds the server's time
     */
    public record Answer(ScalarNoiseResult result, double seconds) {
    }

    /**
     * Validates through {@link ScalarNoiseConfig} and the explorer's bounds, and runs.
     *
     * @return the theory against the simulation
     */
    public Answer answer() {
        long start = System.nanoTime();
        int n = steps == null ? 200 : steps;
        int k = trials == null ? 400 : trials;
        ScalarNoiseConfig config = new ScalarNoiseConfig(x == null ? 1 : x, y == null ? 1 : y,
                noiseVariance == null ? 0.5 : noiseVariance, eta == null ? 0.1 : eta, n, k, seed == null ? 1 : seed);
        Bounds.atMost("steps", n, Bounds.MAX_NOISE_STEPS);
        Bounds.atMost("trials", k, Bounds.MAX_NOISE_TRIALS);
        if ((long) n * k > Bounds.MAX_NOISE_WORK) {
            throw new IllegalArgumentException("steps x trials = " + n + " x " + k + " = " + (long) n * k
                    + " is not allowed: at most " + Bounds.MAX_NOISE_WORK + " trial steps per request in the explorer");
        }
        return new Answer(ScalarNoisyGd.run(config), (System.nanoTime() - start) / 1e9);
    }
}
