package org.gdlab.nn.train;

/**
 * What a training run measured and how it ended.
 *
 * @param status completed or diverged
 * @param epochsCompleted the epochs that ran to the end
 * @param iterations the iterations whose loss was recorded
 * @param iterationsPerEpoch the minibatches of an epoch, {@code floor(n / batch)}: after {@code t} iterations
 *     the run is at the (fractional) epoch {@code t / iterationsPerEpoch}
 * @param divergence null, or what blew up, e.g. "loss NaN at iteration 612, gradient of layer 5 non-finite"
 * @param divergedIteration the iteration (from 0) at which the run diverged, or -1
 * @param divergedLayer the affine layer (from 1) nearest the output whose gradient was NaN or infinite
 *     (where backward first produced a non-finite value), 0 when only the loss was, -1 when it did not diverge
 * @param history the recorded histories
 * @param bestEpoch the epoch (from 1) of the best validation accuracy, 0 if none finished
 * @param bestValidationAccuracy the best validation accuracy
 * @param finalTrainAccuracy the last epoch's train accuracy (on the sample), NaN if none finished
 * @param finalValidationAccuracy the last epoch's validation accuracy, NaN if none finished
 * @param trainSeconds the time spent in training iterations, over all epochs (resumed runs included)
 * @param seconds the wall time of this call (evaluation included)
 */
public record TrainResult(TrainStatus status, int epochsCompleted, long iterations, int iterationsPerEpoch,
                          String divergence, long divergedIteration, int divergedLayer, TrainHistory history, int bestEpoch,
                          double bestValidationAccuracy, double finalTrainAccuracy, double finalValidationAccuracy,
                          double trainSeconds, double seconds) {
    /** The mean training time per completed epoch. */
    public double secondsPerEpoch() {
        double sum = 0;
        for (int e = 0; e < epochsCompleted; e++) {
            sum += history.epochSeconds()[e];
        }
        return epochsCompleted == 0 ? Double.NaN : sum / epochsCompleted;
    }
}
