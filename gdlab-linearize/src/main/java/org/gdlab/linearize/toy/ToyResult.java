package org.gdlab.linearize.toy;

import java.util.List;
import java.util.Map;

/**
 * Everything a toy run measured.
 *
 * @param config the settings, as names and plain values
 * @param data the training points and the test grid
 * @param training how training went
 * @param reports the reports at initialization (first), at the snapshots, and after training (last)
 * @param seconds the wall time of the run
 */
public record ToyResult(Map<String, Object> config, ToyData data, TrainingSummary training,
                        List<LinearizationReport> reports, double seconds) {
    /**
     * The report at initialization.
     *
     * @return the first report
     */
    public LinearizationReport initial() {
        return reports.get(0);
    }

    /**
     * The report after training (the initial one when there was no training).
     *
     * @return the last report
     */
    public LinearizationReport last() {
        return reports.get(reports.size() - 1);
    }
}
