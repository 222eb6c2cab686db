package org.gdlab.nn.train;

import java.util.Arrays;
import org.gdlab.core.validate.Cost;

/**
 * The measurements of a run, recorded into arrays allocated once for the whole run (nothing is
 * allocated per iteration). Their size is checked before the run starts: at most
 * {@link Cost#MAX_ELEMENTS} numbers per family (per iteration, per epoch, per accuracy), so a run
 * asked for more iterations than it could record is refused in one line instead of ending in an
 * {@link OutOfMemoryError}.
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
 */
public record TrainHistory(double[] loss, double[] gradientNorm, double[][] layerGradientNorms, double[] trainAccuracy,
                           double[] validationAccuracy, double[] validationLoss, double[] epochSeconds,
                           long[] iterationTrainAccuracyAt, double[] iterationTrainAccuracy) {
    /** Reads a missing per-iteration accuracy as none and a missing validation loss as NaN; requires one iteration per accuracy. */
    public TrainHistory {
        if (validationLoss == null) {
            validationLoss = new double[validationAccuracy.length];
            Arrays.fill(validationLoss, Double.NaN);
        }
        iterationTrainAccuracyAt = iterationTrainAccuracyAt == null ? new long[0] : iterationTrainAccuracyAt;
        iterationTrainAccuracy = iterationTrainAccuracy == null ? new double[0] : iterationTrainAccuracy;
        if (iterationTrainAccuracyAt.length != iterationTrainAccuracy.length) {
            throw new IllegalArgumentException("the history has " + iterationTrainAccuracy.length
                    + " per-iteration train accuracies but " + iterationTrainAccuracyAt.length + " iterations for them");
        }
    }

    /**
     * Room for {@code iterations} iterations, {@code epochs} epochs and {@code accuracies}
     * per-iteration train accuracies of a net with {@code layers} affine layers.
     */
    static TrainHistory allocate(int layers, long iterations, int epochs, long accuracies) {
        Cost.elements("the run's history (iterations: --epochs x iterations per epoch, or --steps; "
                + "values per iteration: loss, mean and per-layer gradient norms)", iterations, 2L + layers);
        Cost.elements("the run's per-epoch history (--epochs x 4 values)", epochs, 4);
        Cost.elements("the run's per-iteration accuracies (x 2 values)", accuracies, 2);
        int n = (int) iterations;
        int a = (int) accuracies;
        return new TrainHistory(new double[n], new double[n], new double[layers][n], new double[epochs],
                new double[epochs], new double[epochs], new double[epochs], new long[a], new double[a]);
    }

    /** The first {@code iterations}, {@code epochs} and {@code accuracies} entries of each array. */
    TrainHistory truncate(long iterations, int epochs, int accuracies) {
        int n = Math.toIntExact(iterations);
        double[][] layers = new double[layerGradientNorms.length][];
        for (int l = 0; l < layers.length; l++) {
            layers[l] = Arrays.copyOf(layerGradientNorms[l], n);
        }
        return new TrainHistory(Arrays.copyOf(loss, n), Arrays.copyOf(gradientNorm, n), layers,
                Arrays.copyOf(trainAccuracy, epochs), Arrays.copyOf(validationAccuracy, epochs), Arrays.copyOf(validationLoss, epochs),
                Arrays.copyOf(epochSeconds, epochs), Arrays.copyOf(iterationTrainAccuracyAt, accuracies),
                Arrays.copyOf(iterationTrainAccuracy, accuracies));
    }

    /** This history's entries copied into the front of the (larger) {@code target}. */
    void copyInto(TrainHistory target) {
        System.arraycopy(loss, 0, target.loss, 0, loss.length);
        System.arraycopy(gradientNorm, 0, target.gradientNorm, 0, gradientNorm.length);
        for (int l = 0; l < layerGradientNorms.length; l++) {
            System.arraycopy(layerGradientNorms[l], 0, target.layerGradientNorms[l], 0, layerGradientNorms[l].length);
        }
        System.arraycopy(trainAccuracy, 0, target.trainAccuracy, 0, trainAccuracy.length);
        System.arraycopy(validationAccuracy, 0, target.validationAccuracy, 0, validationAccuracy.length);
        System.arraycopy(validationLoss, 0, target.validationLoss, 0, validationLoss.length);
        System.arraycopy(epochSeconds, 0, target.epochSeconds, 0, epochSeconds.length);
        System.arraycopy(iterationTrainAccuracyAt, 0, target.iterationTrainAccuracyAt, 0, iterationTrainAccuracyAt.length);
        System.arraycopy(iterationTrainAccuracy, 0, target.iterationTrainAccuracy, 0, iterationTrainAccuracy.length);
    }

    /**
     * Records the {@code k}-th (from 0) per-iteration train accuracy, measured after {@code iteration} iterations.
     */
    void recordIterationTrainAccuracy(int k, long iteration, double accuracy) {
        iterationTrainAccuracyAt[k] = iteration;
        iterationTrainAccuracy[k] = accuracy;
    }
}
