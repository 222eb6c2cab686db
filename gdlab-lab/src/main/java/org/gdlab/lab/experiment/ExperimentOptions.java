package org.gdlab.lab.experiment;

import org.gdlab.nn.data.DataConfig;
import org.gdlab.nn.data.DataSource;

/**
 * What every experiment is given from the command line.
 *
 * @param data the data set (Fashion-MNIST by default)
 * @param quick reduced sizes (for tests and a first look)
 * @param seed the seed of initialization, shuffles and searches
 */
public record ExperimentOptions(DataSource data, boolean quick, long seed) {
    /** The default data set. */
    public static final String DEFAULT_DATA = "fashion-mnist";
    /** The validation split's size with --quick (the last images of the training part). */
    public static final int QUICK_VALIDATION_SIZE = 1000;

    /**
     * Checks that a data source is given.
     *
     * @param data the data set (Fashion-MNIST by default)
     * @param quick reduced sizes (for tests and a first look)
     * @param seed the seed of initialization, shuffles and searches
     */
    public ExperimentOptions {
        if (data == null) {
            throw new IllegalArgumentException("--data = null is not allowed: a data source must be given");
        }
    }

    /**
     * The validation split's size: {@value #QUICK_VALIDATION_SIZE} images with --quick, else the data's default.
     *
     * @return the number of validation images, the last of the training file
     */
    public int validationSize() {
        return quick ? QUICK_VALIDATION_SIZE : DataConfig.VALIDATION_CAP;
    }

    /**
     * Fashion-MNIST, at the given size and seed.
     *
     * @param quick whether to use the reduced sizes
     * @param seed the seed of initialization, shuffles and searches
     * @return options on {@value #DEFAULT_DATA}
     */
    public static ExperimentOptions fashionMnist(boolean quick, long seed) {
        return new ExperimentOptions(DataSource.parse(DEFAULT_DATA), quick, seed);
    }
}
