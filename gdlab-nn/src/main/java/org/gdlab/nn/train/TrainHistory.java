package org.gdlab.nn.train;

import java.util.Arrays;

/**
 * The measurements of a run, recorded into arrays allocated once for the whole run (nothing is
 * allocated per iteration).
 *
 * @param loss the training loss (data + regularization) of each iteration
 * @param gradientNorm the mean over affine layers of the L2 norm of the layer's parameter gradient, per iteration
 * @param layerGradientNorms {@code [layer][iteration]}: each affine layer's gradient norm (weight, bias, batch norm)
 * @param trainAccuracy per epoch, on a fixed sample of the training set
 * @param validationAccuracy per epoch
 * @param epochSeconds the time of each epoch's training iterations (evaluation excluded)
 */
public record TrainHistory(double[] loss, double[] gradientNorm, double[][] layerGradientNorms, double[] trainAccuracy,
                           double[] validationAccuracy, double[] epochSeconds) {
    /** Room for {@code iterations} iterations and {@code epochs} epochs of a net with {@code layers} affine layers. */
    static TrainHistory allocate(int layers, long iterations, int epochs) {
        int n = Math.toIntExact(iterations);
        return new TrainHistory(new double[n], new double[n], new double[layers][n], new double[epochs],
                new double[epochs], new double[epochs]);
    }

    /** The first {@code iterations} and {@code epochs} entries of each array. */
    TrainHistory truncate(long iterations, int epochs) {
        int n = Math.toIntExact(iterations);
        double[][] layers = new double[layerGradientNorms.length][];
        for (int l = 0; l < layers.length; l++) {
            layers[l] = Arrays.copyOf(layerGradientNorms[l], n);
        }
        return new TrainHistory(Arrays.copyOf(loss, n), Arrays.copyOf(gradientNorm, n), layers,
                Arrays.copyOf(trainAccuracy, epochs), Arrays.copyOf(validationAccuracy, epochs),
                Arrays.copyOf(epochSeconds, epochs));
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
        System.arraycopy(epochSeconds, 0, target.epochSeconds, 0, epochSeconds.length);
    }
}
