package org.gdlab.lab.experiment;

import java.util.Arrays;
import org.gdlab.core.validate.Check;

/**
 * One measurement over several seeds: the values (seed order), their mean, minimum and maximum.
 *
 * @param values one per seed
 * @param mean their mean
 * @param min their minimum
 * @param max their maximum
 */
public record SeedSummary(double[] values, double mean, double min, double max) {
    /**
     * The summary of {@code values} (at least one).
     *
     * @param values one value per seed, at least one; copied
     * @return the values with their mean, minimum and maximum
     */
    public static SeedSummary of(double[] values) {
        if (values.length == 0) {
            throw Check.invalid("values", "[]", "a summary needs at least one seed");
        }
        return new SeedSummary(values.clone(), Arrays.stream(values).average().orElseThrow(),
                Arrays.stream(values).min().orElseThrow(), Arrays.stream(values).max().orElseThrow());
    }
}
