package org.gdlab.nn.data;

import java.util.OptionalInt;
import org.gdlab.core.validate.Check;

/**
 * How to load and split a data set; validated here, once.
 *
 * @param source where the data comes from
 * @param validationSize how many examples, taken from the end of the training part, form the
 *     validation set ({@code --validation-size}, >= 0); empty for the default,
 *     {@code min(VALIDATION_CAP, floor(VALIDATION_FRACTION n))} of {@code n} training examples
 *     (5,000 of Fashion-MNIST's 60,000; 200 of a 2,000-row file)
 * @param trainSize how many of the remaining training examples to train on, from the front
 *     ({@code --train-size}, >= 1); empty for all of them
 * @param standardize whether every split is also divided, feature by feature, by the standard
 *     deviation of the training split ({@code --standardize}); it is always centred by its mean
 */
public record DataConfig(DataSource source, OptionalInt validationSize, OptionalInt trainSize, boolean standardize) {
    /** The default validation set is at most this many examples. */
    public static final int VALIDATION_CAP = 5000;
    /** The default validation set is this fraction of the training examples, up to the cap. */
    public static final double VALIDATION_FRACTION = 0.1;

    /**
     * Checks the sizes: the validation size >= 0, the training size >= 1 when given.
     *
     * @param source where the data comes from, not null
     * @param validationSize the validation examples, {@code >= 0}, or empty for the default rule
     * @param trainSize the training examples, {@code >= 1}, or empty for all that remain
     * @param standardize whether to divide by the training standard deviation
     */
    public DataConfig {
        if (source == null) {
            throw Check.invalid("--data", null, "a data source is required: " + DataSource.forms());
        }
        validationSize.ifPresent(v -> {
            if (v < 0) {
                throw Check.invalid("--validation-size", v, "must be >= 0");
            }
        });
        trainSize.ifPresent(n -> Check.positive("--train-size", n));
    }

    /**
     * All training examples but the default validation set.
     *
     * @param source where the data comes from
     * @return the config of the default split
     */
    public static DataConfig of(DataSource source) {
        return new DataConfig(source, OptionalInt.empty(), OptionalInt.empty(), false);
    }

    /**
     * The same with {@code size} validation examples.
     *
     * @param size the validation examples, {@code >= 0}
     * @return a validated copy
     */
    public DataConfig withValidationSize(int size) {
        return new DataConfig(source, OptionalInt.of(size), trainSize, standardize);
    }

    /**
     * The same, training on the first {@code size} examples.
     *
     * @param size the training examples, {@code >= 1}
     * @return a validated copy
     */
    public DataConfig withTrainSize(int size) {
        return new DataConfig(source, validationSize, OptionalInt.of(size), standardize);
    }

    /**
     * The same split of another source.
     *
     * @param other the other source
     * @return a validated copy
     */
    public DataConfig withSource(DataSource other) {
        return new DataConfig(other, validationSize, trainSize, standardize);
    }

    /**
     * The same, standardized or not.
     *
     * @param on whether to standardize
     * @return a validated copy
     */
    public DataConfig withStandardize(boolean on) {
        return new DataConfig(source, validationSize, trainSize, on);
    }

    /**
     * The validation size for {@code n} training examples: the given one, or the default rule.
     *
     * @param n the number of examples of the source's training part
     * @return the given size, else {@code min(VALIDATION_CAP, floor(VALIDATION_FRACTION n))}
     */
    public int validationSizeFor(int n) {
        return validationSize.orElse((int) Math.min(VALIDATION_CAP, Math.floor(VALIDATION_FRACTION * n)));
    }
}
