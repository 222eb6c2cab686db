package org.gdlab.nn.train;

import org.gdlab.nn.model.FullyConnectedNet;

/**
 * Records each iteration's loss and gradient norms (the mean over affine layers and each
 * layer's) into a {@link RunningHistory}, and tells whether the iteration left finite numbers.
 */
final class IterationRecorder {
    private final RunningHistory history;
    private final double[] norms;
    private int blownLayer;

    IterationRecorder(RunningHistory history, int layers) {
        this.history = history;
        this.norms = new double[layers];
    }

    /**
     * Records iteration {@code t}: its loss and the gradient norms now in {@code net}.
     *
     * @return true when the loss and every gradient norm are finite
     */
    boolean record(int t, double loss, FullyConnectedNet net) {
        double meanNorm = net.gradientNorms(norms);
        history.iteration(t, loss, meanNorm, norms);
        if (Double.isFinite(loss) && Double.isFinite(meanNorm)) {
            return true;
        }
        blownLayer = 0;
        for (int k = norms.length - 1; k >= 0 && blownLayer == 0; k--) {
            if (!Double.isFinite(norms[k])) {
                blownLayer = k + 1;
            }
        }
        return false;
    }

    /**
     * After {@link #record} returned false: the 1-based index of the affine layer nearest the
     * output whose gradient norm is not finite, or 0 when only the loss is not.
     */
    int blownLayer() {
        return blownLayer;
    }
}
