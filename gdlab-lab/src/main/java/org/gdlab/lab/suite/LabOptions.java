package org.gdlab.lab.suite;

import java.nio.file.Path;
import org.gdlab.lab.experiment.ExperimentOptions;
import org.gdlab.nn.data.DataSource;

/**
 * How {@code gdlab lab} runs.
 *
 * @param out the lab folder (every step's run folder goes under it)
 * @param quick reduced sizes
 * @param data the image data set of the experiments
 * @param seed the seed of every step
 */
public record LabOptions(Path out, boolean quick, DataSource data, long seed) {
    /**
     * Checks that the folder and the data source are given.
     *
     * @param out the lab folder (every step's run folder goes under it)
     * @param quick reduced sizes
     * @param data the image data set of the experiments
     * @param seed the seed of every step
     */
    public LabOptions {
        if (out == null) {
            throw new IllegalArgumentException("--out = null is not allowed: a folder must be given");
        }
        if (data == null) {
            throw new IllegalArgumentException("--data = null is not allowed: a data source must be given");
        }
    }

    /**
     * The experiments' options.
     *
     * @return the data set, {@code quick} and {@code seed}, for each experiment
     */
    public ExperimentOptions experimentOptions() {
        return new ExperimentOptions(data, quick, seed);
    }
}
