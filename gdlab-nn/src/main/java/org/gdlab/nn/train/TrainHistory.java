package org.gdlab.nn.train;

import java.util.Arrays;
import java.util.List;
import org.gdlab.nn.hessian.SharpnessPoint;

/**
 * The measurements of a run (what results.json and the checkpoint hold). While the run trains
 * they are recorded into a {@link RunningHistory}, whose arrays grow with the work done within a
 * bound checked before the run starts.
 *
 * @param loss the training loss (data + regularization) of each iteration
 * @param gradientNorm the mean over affine layers of the L2 norm of the layer's parameter gradient, per iteration
 * @param layerGradientNorms {@code [layer][iteration]}: each affine layer's gradient norm (weight, bias, batch norm)
 * @param trainAccuracy per epoch, on a fixed sample of the training set
 * @param validationAccuracy per epoch
 * @param validationLoss per epoch, the mean softmax cross-entropy (no L2 term) on the validation set
 *     (NaN without one; null, from files written before it was recorded, is read as NaN)
 * @param epochSeconds the time of each epoch's training iterations (evaluation excluded)
 * @param iterationTrainAccuracyAt the iterations completed when each entry of {@code iterationTrainAccuracy} was
 *     measured: {@code N, 2N, ...} for {@link TrainConfig#accuracyEvery()} {@code N}; empty when it is 0 (null,
 *     from results written before these existed, is read as empty)
 * @param iterationTrainAccuracy the train accuracy on the same sample as {@code trainAccuracy}, measured after the
 *     optimizer's step of each of those iterations
 * @param sharpness the top Hessian eigenvalue measured during training ({@link TrainConfig#sharpness()}), in order;
 *     empty when it was not tracked (null, from results written before it existed, is read as empty)
 */
public record TrainHistory(double[] loss, double[] gradientNorm, double[][] layerGradientNorms, double[] trainAccuracy,
                           double[] validationAccuracy, double[] validationLoss, double[] epochSeconds,
                           long[] iterationTrainAccuracyAt, double[] iterationTrainAccuracy,
                           List<SharpnessPoint> sharpness) {
    /**
     * Reads a missing per-iteration accuracy or sharpness as none and a missing validation loss as
     * NaN; requires one iteration per accuracy.
     *
     * @param loss the training loss of each iteration
     * @param gradientNorm the mean layer gradient norm of each iteration
     * @param layerGradientNorms {@code [layer][iteration]} gradient norms
     * @param trainAccuracy the train accuracy of each epoch
     * @param validationAccuracy the validation accuracy of each epoch
     * @param validationLoss the validation loss of each epoch, or null for all NaN
     * @param epochSeconds the training time of each epoch
     * @param iterationTrainAccuracyAt the iterations of the per-iteration accuracies, or null for none
     * @param iterationTrainAccuracy the per-iteration accuracies, as many as their iterations, or null for
     *     none
     * @param sharpness the sharpness measurements, or null for none
     */
    public TrainHistory {
        if (validationLoss == null) {
            validationLoss = new double[validationAccuracy.length];
            Arrays.fill(validationLoss, Double.NaN);
        }
        iterationTrainAccuracyAt = iterationTrainAccuracyAt == null ? new long[0] : iterationTrainAccuracyAt;
        iterationTrainAccuracy = iterationTrainAccuracy == null ? new double[0] : iterationTrainAccuracy;
        sharpness = sharpness == null ? List.of() : List.copyOf(sharpness);
        if (iterationTrainAccuracyAt.length != iterationTrainAccuracy.length) {
            throw new IllegalArgumentException("the history has " + iterationTrainAccuracy.length
                    + " per-iteration train accuracies but " + iterationTrainAccuracyAt.length + " iterations for them");
        }
    }
}
