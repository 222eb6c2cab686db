package org.gdlab.sweep;

import java.io.Serializable;
import org.gdlab.nn.run.RunResult;

/**
 * What a sweep ranks a point by, read from its run's result.
 *
 * @param trainAccuracy the kept parameters' accuracy on the whole training split
 * @param validationAccuracy on the validation split, NaN when it is empty
 * @param testAccuracy on the test split, NaN when the source has none
 * @param finalTrainLoss the mean training loss of the last completed epoch, NaN when none completed
 * @param bestEpoch the epoch (from 1) of the best validation accuracy, 0 if none
 * @param epochsCompleted the epochs that ran to the end
 * @serial exclude
 */
public record PointMetrics(double trainAccuracy, double validationAccuracy, double testAccuracy, double finalTrainLoss,
                           int bestEpoch, int epochsCompleted) implements Serializable {
    /**
     * The metrics of {@code r}.
     *
     * @param r a finished run's result
     * @return its accuracies, last epoch's mean training loss, best epoch and completed epochs
     */
    public static PointMetrics of(RunResult r) {
        double[] loss = r.epochTrainLoss();
        return new PointMetrics(r.accuracy().train(), r.accuracy().validation(), r.accuracy().test(),
                loss.length == 0 ? Double.NaN : loss[loss.length - 1], r.training().bestEpoch(),
                r.training().epochsCompleted());
    }
}
