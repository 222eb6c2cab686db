package org.gdlab.lab.sharpness;

import java.util.Arrays;
import org.gdlab.core.progress.ProgressListener;

/**
 * The learning-rate range test: one short run whose learning rate rises exponentially
 * ({@link RangeTestConfig#learningRate}), recording the loss of each step before it is taken and
 * its bias-corrected exponential average {@code s_t = a_t / (1 - b^(t+1))},
 * {@code a_t = b a_{t-1} + (1 - b) loss_t}. A non-finite loss is skipped (not averaged) and ends the
 * test, as does a smoothed loss above {@code stopFactor} times its minimum. The suggestion is the
 * learning rate where the smoothed loss falls fastest against {@code log eta}, among the steps
 * after the burn-in and before the minimum; the objective's parameters are restored afterwards.
 */
public final class LearningRateRangeTest {
    private LearningRateRangeTest() {
    }

    /** What is being trained: a loss before each step and the step itself, with its parameters saved and restored. */
    public interface Objective {
        /**
         * The loss at the current parameters on the data of step {@code t}, then one step of size {@code eta}.
         *
         * @param t the step, from 0
         * @param eta the learning rate of this step, {@code > 0}
         * @return the loss before the step; may be NaN or infinite
         */
        double lossThenStep(int t, double eta);

        /**
         * A copy of the parameters.
         *
         * @return the current parameters, copied
         */
        double[] save();

        /**
         * Puts back the parameters {@link #save} returned.
         *
         * @param saved parameters {@link #save} returned
         */
        void restore(double[] saved);
    }

    /**
     * The test's curve and suggestion.
     *
     * @param learningRates the learning rate of each step taken
     * @param loss each step's loss (NaN where it was not finite)
     * @param smoothed the smoothed loss (NaN where skipped)
     * @param skipped the non-finite losses skipped
     * @param stopReason why it ended: {@code "all steps"}, {@code "loss not finite"} or {@code "loss above N x its minimum"}
     * @param minimumLearningRate the learning rate of the smallest smoothed loss
     * @param suggestion the learning rate of the steepest fall (NaN when the loss never fell after the burn-in)
     */
    public record Curve(double[] learningRates, double[] loss, double[] smoothed, int skipped, String stopReason,
                        double minimumLearningRate, double suggestion) {
    }

    /**
     * Runs the test on {@code objective}, leaving its parameters as they were.
     *
     * @param c the schedule, smoothing, burn-in and stop factor
     * @param objective what is trained; its parameters are restored afterwards
     * @param listener told of every step
     * @return the learning rates and losses of the steps taken, why the test stopped, and the suggested learning rate
     */
    public static Curve run(RangeTestConfig c, Objective objective, ProgressListener listener) {
        double[] saved = objective.save();
        double[] lrs = new double[c.steps()];
        double[] loss = new double[c.steps()];
        double[] smooth = new double[c.steps()];
        double average = 0;
        double weight = 0;
        double best = Double.POSITIVE_INFINITY;
        int skipped = 0;
        String reason = "all steps";
        int t = 0;
        listener.start("learning-rate range test", c.steps());
        try {
            for (; t < c.steps(); t++) {
                lrs[t] = c.learningRate(t);
                loss[t] = objective.lossThenStep(t, lrs[t]);
                if (!Double.isFinite(loss[t])) {
                    loss[t] = Double.NaN;
                    smooth[t] = Double.NaN;
                    skipped++;
                    reason = "loss not finite";
                    t++;
                    break;
                }
                average = c.smoothing() * average + (1 - c.smoothing()) * loss[t];
                weight = c.smoothing() * weight + (1 - c.smoothing());
                smooth[t] = average / weight;
                best = Math.min(best, smooth[t]);
                listener.advance(t + 1, String.format(java.util.Locale.ROOT, "lr %.3g loss %.4g", lrs[t], smooth[t]));
                if (t >= c.burnIn() && smooth[t] > c.stopFactor() * best) {
                    reason = "loss above " + c.stopFactor() + " x its minimum";
                    t++;
                    break;
                }
            }
        } finally {
            objective.restore(saved);
        }
        listener.finish(reason);
        double[] s = Arrays.copyOf(smooth, t);
        double[] lr = Arrays.copyOf(lrs, t);
        int min = -1;
        for (int k = 0; k < t; k++) {
            if (Double.isFinite(s[k]) && (min < 0 || s[k] < s[min])) {
                min = k;
            }
        }
        double suggestion = Double.NaN;
        double steepest = 0;
        for (int k = Math.max(c.burnIn(), 1); k <= min; k++) {
            double slope = (s[k] - s[k - 1]) / Math.log(lr[k] / lr[k - 1]);
            if (slope < steepest) {
                steepest = slope;
                suggestion = lr[k];
            }
        }
        return new Curve(lr, Arrays.copyOf(loss, t), s, skipped, reason, min < 0 ? Double.NaN : lr[min], suggestion);
    }
}
