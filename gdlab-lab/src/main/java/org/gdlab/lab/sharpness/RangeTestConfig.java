package org.gdlab.lab.sharpness;

import org.gdlab.core.validate.Check;

/**
 * The learning-rate range test's schedule and smoothing (Smith 2017; fastai's {@code lr_find}):
 * step {@code t} of {@code T} uses {@code eta_t = eta_min (eta_max / eta_min)^(t / (T - 1))}.
 *
 * @param minLr the first learning rate, > 0
 * @param maxLr the last, > minLr
 * @param steps the steps T (>= 2)
 * @param smoothing the EMA factor {@code b} of the smoothed loss, in [0, 1)
 * @param burnIn the first steps left out of the suggestion (>= 0, &lt; steps)
 * @param stopFactor the test stops once the smoothed loss exceeds this many times its minimum (> 1)
 */
public record RangeTestConfig(double minLr, double maxLr, int steps, double smoothing, int burnIn, double stopFactor) {
    /**
     * Validates every field, naming it.
     *
     * @param minLr the first learning rate, > 0
     * @param maxLr the last, > minLr
     * @param steps the steps T (>= 2)
     * @param smoothing the EMA factor {@code b} of the smoothed loss, in [0, 1)
     * @param burnIn the first steps left out of the suggestion (>= 0, &lt; steps)
     * @param stopFactor the test stops once the smoothed loss exceeds this many times its minimum (> 1)
     */
    public RangeTestConfig {
        Check.positive("--min-lr", minLr);
        Check.finite("--max-lr", maxLr);
        if (!(maxLr > minLr)) {
            throw Check.invalid("--max-lr", maxLr, "must be > --min-lr (" + minLr + ")");
        }
        Check.inRange("--steps", steps, 2, 1_000_000);
        if (!(smoothing >= 0 && smoothing < 1)) {
            throw Check.invalid("--smoothing", smoothing, "must be in [0, 1)");
        }
        Check.inRange("--burn-in", burnIn, 0, steps - 1);
        if (!(stopFactor > 1)) {
            throw Check.invalid("--stop-factor", stopFactor, "must be > 1");
        }
    }

    /**
     * The learning rate of step {@code t}.
     *
     * @param t the step, in {@code [0, steps - 1]}
     * @return {@code eta_t = minLr (maxLr / minLr)^(t / (steps - 1))}: {@code minLr} at 0, {@code maxLr} at the last step
     */
    public double learningRate(int t) {
        return minLr * Math.pow(maxLr / minLr, (double) t / (steps - 1));
    }
}
