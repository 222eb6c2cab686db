package org.gdlab.nn.train;

import java.util.Optional;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.hessian.SharpnessTracking;
import org.gdlab.nn.optim.LrSchedule;

/**
 * How a {@link Trainer} runs. Made by {@link #of(int, int, long)} and changed field by field with
 * the {@code with...} methods (each returns a validated copy).
 *
 * @param batchSize examples per minibatch (>= 1, at most the training set's size)
 * @param epochs passes over the training set (>= 1)
 * @param schedule the learning rate of each epoch, from the optimizer's configured rate
 * @param reg the L2 strength on the weights, {@code 0.5 reg ||W||^2} (>= 0)
 * @param seed seeds the shuffles, the dropout masks and the train-accuracy sample
 * @param accuracySample how many training examples (a fixed seeded sample) the train accuracy is measured on (>= 1)
 * @param evalBatch the batch size of evaluation passes (>= 1)
 * @param accuracyEvery also measure the train accuracy on the sample after every this many iterations
 *     (after the optimizer's step); 0 is never (>= 0)
 * @param sharpness measure the top eigenvalue of the loss's Hessian during training, and how; empty is never
 *     (it changes nothing in the training; its cost is stated in {@link SharpnessTracking})
 */
public record TrainConfig(int batchSize, int epochs, LrSchedule schedule, double reg, long seed, int accuracySample,
                          int evalBatch, int accuracyEvery, Optional<SharpnessTracking> sharpness) {
    /** The default size of the train-accuracy sample. */
    public static final int DEFAULT_ACCURACY_SAMPLE = 1000;
    /** The default evaluation batch size. */
    public static final int DEFAULT_EVAL_BATCH = 1000;

    /**
     * Validates every field, naming it.
     *
     * @param batchSize examples per minibatch, {@code >= 1}
     * @param epochs passes over the training set, {@code >= 1}
     * @param schedule the learning rate of each epoch, not null
     * @param reg the L2 strength, {@code >= 0}
     * @param seed the seed of the shuffles, masks and sample
     * @param accuracySample the size of the train-accuracy sample, {@code >= 1}
     * @param evalBatch the batch size of evaluation passes, {@code >= 1}
     * @param accuracyEvery the per-iteration accuracy's cadence in iterations, {@code >= 0} (0 never)
     * @param sharpness the sharpness tracking, or empty
     */
    public TrainConfig {
        Check.positive("batch size", batchSize);
        Check.positive("epochs", epochs);
        if (schedule == null) {
            throw Check.invalid("schedule", null, "must be one of " + LrSchedule.FORMS);
        }
        Check.finite("reg", Check.nonNegative("reg", reg));
        Check.positive("accuracy sample", accuracySample);
        Check.positive("eval batch", evalBatch);
        if (accuracyEvery < 0) {
            throw Check.invalid("accuracy every", accuracyEvery, "must be >= 0 (0 for never)");
        }
        sharpness = sharpness == null ? Optional.empty() : sharpness;
    }

    /**
     * The given batch size and epochs; a constant learning rate, no regularization, the default
     * sample and eval batch, no per-iteration accuracy.
     *
     * @param batchSize examples per minibatch, {@code >= 1}
     * @param epochs passes over the training set, {@code >= 1}
     * @param seed the seed of the shuffles, masks and sample
     * @return the validated config
     */
    public static TrainConfig of(int batchSize, int epochs, long seed) {
        return new TrainConfig(batchSize, epochs, LrSchedule.CONSTANT, 0, seed, DEFAULT_ACCURACY_SAMPLE,
                DEFAULT_EVAL_BATCH, 0, Optional.empty());
    }

    /**
     * The same with {@code epochs} epochs.
     *
     * @param epochs passes over the training set, {@code >= 1}
     * @return a validated copy
     */
    public TrainConfig withEpochs(int epochs) {
        return new TrainConfig(batchSize, epochs, schedule, reg, seed, accuracySample, evalBatch, accuracyEvery, sharpness);
    }

    /**
     * The same with another learning-rate schedule.
     *
     * @param schedule the learning rate of each epoch, not null
     * @return a validated copy
     */
    public TrainConfig withSchedule(LrSchedule schedule) {
        return new TrainConfig(batchSize, epochs, schedule, reg, seed, accuracySample, evalBatch, accuracyEvery, sharpness);
    }

    /**
     * The same with L2 strength {@code reg}.
     *
     * @param reg the L2 strength, {@code >= 0}
     * @return a validated copy
     */
    public TrainConfig withReg(double reg) {
        return new TrainConfig(batchSize, epochs, schedule, reg, seed, accuracySample, evalBatch, accuracyEvery, sharpness);
    }

    /**
     * The same measuring the train accuracy on {@code n} examples.
     *
     * @param n the size of the sample, {@code >= 1}
     * @return a validated copy
     */
    public TrainConfig withAccuracySample(int n) {
        return new TrainConfig(batchSize, epochs, schedule, reg, seed, n, evalBatch, accuracyEvery, sharpness);
    }

    /**
     * The same evaluating in batches of {@code n}.
     *
     * @param n the evaluation batch size, {@code >= 1}
     * @return a validated copy
     */
    public TrainConfig withEvalBatch(int n) {
        return new TrainConfig(batchSize, epochs, schedule, reg, seed, accuracySample, n, accuracyEvery, sharpness);
    }

    /**
     * The same measuring the train accuracy also after every {@code n} iterations (0 for never).
     *
     * @param n the cadence in iterations, {@code >= 0}
     * @return a validated copy
     */
    public TrainConfig withAccuracyEvery(int n) {
        return new TrainConfig(batchSize, epochs, schedule, reg, seed, accuracySample, evalBatch, n, sharpness);
    }

    /**
     * The same tracking the sharpness as {@code tracking} says (empty: not at all).
     *
     * @param tracking the cadence and sizes of the measurements, or empty
     * @return a validated copy
     */
    public TrainConfig withSharpness(Optional<SharpnessTracking> tracking) {
        return new TrainConfig(batchSize, epochs, schedule, reg, seed, accuracySample, evalBatch, accuracyEvery, tracking);
    }

    /**
     * How many per-iteration train accuracies {@code iterations} optimizer steps give:
     * {@code floor(iterations / accuracyEvery)}, measured after steps {@code accuracyEvery},
     * {@code 2 accuracyEvery}, ...; 0 when {@code accuracyEvery} is 0.
     *
     * @param iterations the optimizer steps of the run
     * @return the number of per-iteration accuracy measurements
     */
    public long accuracyMeasurements(long iterations) {
        return accuracyEvery == 0 ? 0 : iterations / accuracyEvery;
    }
}
