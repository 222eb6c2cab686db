package org.gdlab.nn.data;

import java.util.OptionalInt;
import org.gdlab.core.validate.Check;

/**
 * How to load and split a data set; validated here, once.
 *
 * @param source where the data comes from
 * @param validationSize how many examples, taken from the end of the training part, form the
 *     validation set ({@code --validation-size}, >= 0; default {@value #DEFAULT_VALIDATION_SIZE})
 * @param trainSize how many of the remaining training examples to train on, from the front
 *     ({@code --train-size}, >= 1); empty for all of them
 */
public record DataConfig(DataSource source, int validationSize, OptionalInt trainSize) {
    /** The default size of the validation set. */
    public static final int DEFAULT_VALIDATION_SIZE = 5000;

    /** Checks the sizes: the validation size >= 0, the training size >= 1 when given. */
    public DataConfig {
        if (source == null) {
            throw Check.invalid("--data", null, "a data source is required: " + DataSource.forms());
        }
        if (validationSize < 0) {
            throw Check.invalid("--validation-size", validationSize, "must be >= 0");
        }
        trainSize.ifPresent(n -> Check.positive("--train-size", n));
    }

    /** All training examples but the default validation set. */
    public static DataConfig of(DataSource source) {
        return new DataConfig(source, DEFAULT_VALIDATION_SIZE, OptionalInt.empty());
    }

    /** The same with another validation size. */
    public DataConfig withValidationSize(int size) {
        return new DataConfig(source, size, trainSize);
    }

    /** The same, training on the first {@code size} examples. */
    public DataConfig withTrainSize(int size) {
        return new DataConfig(source, validationSize, OptionalInt.of(size));
    }
}
