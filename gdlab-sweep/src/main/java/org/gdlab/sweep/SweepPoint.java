package org.gdlab.sweep;

import java.util.List;
import org.gdlab.nn.run.RunConfig;

/**
 * One point of a sweep: its axis values and the run config they make.
 *
 * @param index its place in the sweep (from 0)
 * @param name its name and its run folder's, e.g. {@code lr=0.001_init=he_seed=0}
 * @param values its axis values, in the axes' order
 * @param config the validated run
 */
public record SweepPoint(int index, String name, List<Assignment> values, RunConfig config) {
    /**
     * Copies the values.
     *
     * @param index the point's place in the sweep (from 0)
     * @param name its name and its run folder's
     * @param values its axis values; copied
     * @param config the validated run
     */
    public SweepPoint {
        values = List.copyOf(values);
    }

    /**
     * The value of {@code setting}'s axis at this point, or null when it is not an axis.
     *
     * @param setting a setting that may be one of the sweep's axes
     * @return the point's value of that axis in command-line form, or null when {@code setting} is not an axis
     */
    public String value(Setting setting) {
        return values.stream().filter(a -> a.setting() == setting).map(Assignment::value).findFirst().orElse(null);
    }
}
