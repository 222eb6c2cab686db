package org.gdlab.linearize.toy;

/**
 * How the training of a toy run went.
 *
 * @param status {@code completed}, {@code diverged} or {@code not trained} (0 steps)
 * @param steps the optimizer steps taken
 * @param divergedStep the step at which the loss (or a gradient) left finite values, or -1
 * @param divergence what blew up, or empty
 * @param lossSteps the steps at which {@code loss} is sampled (at most about 1000, the last and the diverged one included)
 * @param loss the minibatch training loss at those steps
 * @param seconds the training time
 */
public record TrainingSummary(String status, long steps, long divergedStep, String divergence, long[] lossSteps,
                              double[] loss, double seconds) {
    /**
     * True when the run diverged.
     *
     * @return whether {@code divergedStep >= 0}
     */
    public boolean diverged() {
        return divergedStep >= 0;
    }
}
