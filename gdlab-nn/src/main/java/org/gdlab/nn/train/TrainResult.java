package org.gdlab.nn.train;

import java.util.Optional;

/**
 * What a training run measured and how it ended.
 *
 * @param status completed or diverged
 * @param epochsCompleted the epochs that ran to the end
 * @param iterations the iterations whose loss was recorded
 * @param iterationsPerEpoch the minibatches of an epoch, {@code floor(n / batch)}: after {@code t} iterations
 *     the run is at the (fractional) epoch {@code t / iterationsPerEpoch}
 * @param divergence where and how the run left finite numbers; empty when it did not
 * @param history the recorded histories
 * @param bestEpoch the epoch (from 1) of the best validation accuracy, 0 if none finished
 * @param bestValidationAccuracy the best validation accuracy
 * @param finalTrainAccuracy the last epoch's train accuracy on the accuracy sample, NaN if none finished
 * @param finalValidationAccuracy the last epoch's validation accuracy, NaN if none finished
 * @param trainSeconds the time spent in training iterations, over all epochs (resumed runs included)
 * @param seconds the wall time of this call (evaluation included)
 */
public record TrainResult(TrainStatus status, int epochsCompleted, long iterations, int iterationsPerEpoch,
                          Optional<Divergence> divergence, TrainHistory history, int bestEpoch,
                          double bestValidationAccuracy, double finalTrainAccuracy, double finalValidationAccuracy,
                          double trainSeconds, double seconds) {
    /**
     * The mean training time per completed epoch; NaN when none completed.
     *
     * @return the mean of the completed epochs' training times, in seconds
     */
    public double secondsPerEpoch() {
        double sum = 0;
        for (int e = 0; e < epochsCompleted; e++) {
            sum += history.epochSeconds()[e];
        }
        return epochsCompleted == 0 ? Double.NaN : sum / epochsCompleted;
    }
}
