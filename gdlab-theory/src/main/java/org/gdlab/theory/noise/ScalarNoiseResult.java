package org.gdlab.theory.noise;

/**
 * The recurrence of {@code E[w_t]} and its Monte Carlo check, for one scalar point.
 *
 * @param config what was run
 * @param meanFactor {@code a = 1 - eta (x^2 + sigma^2)} in {@code E[w_{t+1}] = a E[w_t] + b}
 * @param meanOffset {@code b = eta x y}
 * @param maxEtaMean {@code 2 / (x^2 + sigma^2)}: E[w_t] converges for {@code 0 < eta <} this
 * @param meanConverges whether {@code |a| < 1}
 * @param secondMomentFactor {@code c = E[(1 - eta x_n^2)^2]} in the recurrence of {@code E[w_t^2]}
 * @param maxEtaMeanSquare {@code 2 E[x_n^2] / E[x_n^4]}: the variance stays bounded for {@code eta <} this
 * @param varianceBounded whether {@code c < 1}
 * @param limit {@code x y / (x^2 + sigma^2)}, the limit of E[w_t]
 * @param noiseFreeOptimum {@code y / x}
 * @param shrinkage {@code limit / noiseFreeOptimum = x^2 / (x^2 + sigma^2)}
 * @param limitVariance the limit of Var[w_t] (positive when sigma > 0: the spread does not vanish); NaN if unbounded
 * @param predictedMean E[w_t] for t = 0..steps, from the recurrence
 * @param predictedVariance Var[w_t] for t = 0..steps, from the recurrences of the first two moments
 * @param empiricalMean the mean of w_t over the trials, t = 0 .. the last finite step
 * @param empiricalVariance the sample variance of w_t over the trials
 * @param bandLow the lower end of the 95% band of the mean, {@code mean - 1.96 sd / sqrt(trials)}
 * @param bandHigh the upper end
 * @param bandCoverage the fraction of steps t >= 1 whose predicted E[w_t] lies in the band (about 0.95 expected)
 * @param maxStandardizedError {@code max_t |empirical - predicted| / (sd / sqrt(trials))} over t >= 1
 * @param divergedAtStep the first step where some trial's w_t was not finite, or null
 */
public record ScalarNoiseResult(ScalarNoiseConfig config, double meanFactor, double meanOffset, double maxEtaMean,
                                boolean meanConverges, double secondMomentFactor, double maxEtaMeanSquare,
                                boolean varianceBounded, double limit, double noiseFreeOptimum, double shrinkage,
                                double limitVariance, double[] predictedMean, double[] predictedVariance,
                                double[] empiricalMean, double[] empiricalVariance, double[] bandLow,
                                double[] bandHigh, double bandCoverage, double maxStandardizedError,
                                Integer divergedAtStep) {
}
