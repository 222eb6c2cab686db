package org.gdlab.lab.suite;

import java.util.List;

/**
 * What {@code lab.json} records: how the lab ran and how each step ended.
 *
 * @param quick whether the reduced sizes were used
 * @param data the image data set of the experiments
 * @param seed the seed
 * @param steps every step, in the order run
 * @param seconds the wall time of all steps
 */
public record LabSummary(boolean quick, String data, long seed, List<Outcome> steps, double seconds) {
    /** The file name of the summary in the lab folder. */
    public static final String FILE = "lab.json";

    /**
     * How one step ended.
     *
     * @param step the step
     * @param ok whether it wrote its results
     * @param error the error's message when it failed, else null
     * @param seconds its wall time
     */
    public record Outcome(LabStep step, boolean ok, String error, double seconds) {
    }

    /**
     * The outcome of {@code step}, or null when it did not run.
     *
     * @param step a step
     * @return its outcome: whether it wrote its results, the error and its wall time
     */
    public Outcome outcome(LabStep step) {
        return steps.stream().filter(o -> o.step() == step).findFirst().orElse(null);
    }
}
