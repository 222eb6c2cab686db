package org.gdlab.nn.train;

import org.gdlab.core.validate.Check;

/**
 * How a {@link Trainer} runs.
 *
 * @param batchSize examples per minibatch (>= 1, at most the training set's size)
 * @param epochs passes over the training set (>= 1)
 * @param lrDecay the learning rate is multiplied by this after every epoch, in (0, 1]
 * @param reg the L2 strength on the weights, {@code 0.5 reg ||W||^2} (>= 0)
 * @param seed seeds the shuffles, the dropout masks and the train-accuracy sample
 * @param accuracySample how many training examples (a fixed seeded sample) the train accuracy is measured on (>= 1)
 * @param evalBatch the batch size of evaluation passes (>= 1)
 * @param accuracyEvery also measure the train accuracy on the sample after every this many iterations
 *     (after the optimizer's step); 0 is never (>= 0)
 */
public record TrainConfig(int batchSize, int epochs, double lrDecay, double reg, long seed, int accuracySample,
                          int evalBatch, int accuracyEvery) {
    /** The default size of the train-accuracy sample. */
    public static final int DEFAULT_ACCURACY_SAMPLE = 1000;
    /** The default evaluation batch size. */
    public static final int DEFAULT_EVAL_BATCH = 1000;

    /** Validates every field, naming it. */
    public TrainConfig {
        Check.positive("batch size", batchSize);
        Check.positive("epochs", epochs);
        Check.inHalfOpenRange("lr decay", lrDecay, 0, 1);
        Check.finite("reg", Check.nonNegative("reg", reg));
        Check.positive("accuracy sample", accuracySample);
        Check.positive("eval batch", evalBatch);
        if (accuracyEvery < 0) {
            throw Check.invalid("accuracy every", accuracyEvery, "must be >= 0 (0 for never)");
        }
    }

    /** The same configuration without the per-iteration train accuracy ({@code accuracyEvery = 0}). */
    public TrainConfig(int batchSize, int epochs, double lrDecay, double reg, long seed, int accuracySample,
                       int evalBatch) {
        this(batchSize, epochs, lrDecay, reg, seed, accuracySample, evalBatch, 0);
    }

    /** The given batch size and epochs; no decay, no regularization, the default sample and eval batch. */
    public static TrainConfig of(int batchSize, int epochs, long seed) {
        return new TrainConfig(batchSize, epochs, 1, 0, seed, DEFAULT_ACCURACY_SAMPLE, DEFAULT_EVAL_BATCH);
    }

    /**
     * How many per-iteration train accuracies {@code iterations} optimizer steps give:
     * {@code floor(iterations / accuracyEvery)}, measured after steps {@code accuracyEvery},
     * {@code 2 accuracyEvery}, ...; 0 when {@code accuracyEvery} is 0.
     */
    public long accuracyMeasurements(long iterations) {
        return accuracyEvery == 0 ? 0 : iterations / accuracyEvery;
    }
}
