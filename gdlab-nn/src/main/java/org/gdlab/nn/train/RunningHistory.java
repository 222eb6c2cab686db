package org.gdlab.nn.train;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.validate.Cost;
import org.gdlab.nn.hessian.SharpnessPoint;

/**
 * The measurements of a run while it trains, in {@link GrowingArray}s that grow with the work
 * done (amortized doubling: nothing is allocated per iteration once they cover the iterations
 * done), bounded by the work asked. The bound is checked before the run starts: at most
 * {@link Cost#MAX_ELEMENTS} numbers per family (per iteration, per epoch, per accuracy), so a run
 * asked for more than it could record is refused in one line, and a run that stops early (a
 * divergence) holds only what it did. {@link #snapshot} gives the immutable {@link TrainHistory}.
 */
final class RunningHistory {
    private final GrowingArray loss;
    private final GrowingArray gradientNorm;
    private final GrowingArray[] layerGradientNorms;
    private final GrowingArray trainAccuracy;
    private final GrowingArray validationAccuracy;
    private final GrowingArray validationLoss;
    private final GrowingArray epochSeconds;
    private final GrowingArray accuracyAt;
    private final GrowingArray accuracy;
    private final List<SharpnessPoint> sharpness = new ArrayList<>();

    private RunningHistory(int layers, int iterations, int epochs, int accuracies) {
        loss = new GrowingArray(iterations);
        gradientNorm = new GrowingArray(iterations);
        layerGradientNorms = new GrowingArray[layers];
        for (int l = 0; l < layers; l++) {
            layerGradientNorms[l] = new GrowingArray(iterations);
        }
        trainAccuracy = new GrowingArray(epochs);
        validationAccuracy = new GrowingArray(epochs);
        validationLoss = new GrowingArray(epochs);
        epochSeconds = new GrowingArray(epochs);
        accuracyAt = new GrowingArray(accuracies);
        accuracy = new GrowingArray(accuracies);
    }

    /**
     * A history of a net with {@code layers} affine layers, bounded by {@code iterations}
     * iterations, {@code epochs} epochs and {@code accuracies} per-iteration train accuracies.
     *
     * @throws IllegalArgumentException naming the family when a bound exceeds {@link Cost#MAX_ELEMENTS} numbers
     */
    static RunningHistory bounded(int layers, long iterations, int epochs, long accuracies) {
        Cost.elements("the run's history (iterations: --epochs x iterations per epoch, or --steps; "
                + "values per iteration: loss, mean and per-layer gradient norms)", iterations, 2L + layers);
        Cost.elements("the run's per-epoch history (--epochs x 4 values)", epochs, 4);
        Cost.elements("the run's per-iteration accuracies (x 2 values)", accuracies, 2);
        return new RunningHistory(layers, (int) iterations, epochs, (int) accuracies);
    }

    /** Records iteration {@code t}: its loss, the mean gradient norm and each layer's. */
    void iteration(int t, double lossValue, double meanNorm, double[] norms) {
        loss.set(t, lossValue);
        gradientNorm.set(t, meanNorm);
        for (int k = 0; k < norms.length; k++) {
            layerGradientNorms[k].set(t, norms[k]);
        }
    }

    /** Records epoch {@code e} (from 0): its training seconds, train (sample) and validation accuracy, validation loss. */
    void epoch(int e, double seconds, double train, double validation, double validationMeanLoss) {
        epochSeconds.set(e, seconds);
        trainAccuracy.set(e, train);
        validationAccuracy.set(e, validation);
        validationLoss.set(e, validationMeanLoss);
    }

    /** The train accuracy (sample) of epoch {@code e}, which must have been recorded. */
    double trainAccuracy(int e) {
        return trainAccuracy.get(e);
    }

    /** The validation accuracy of epoch {@code e}, which must have been recorded. */
    double validationAccuracy(int e) {
        return validationAccuracy.get(e);
    }

    /** Records the {@code k}-th (from 0) per-iteration train accuracy, measured after {@code iteration} iterations. */
    void iterationTrainAccuracy(int k, long iteration, double value) {
        accuracyAt.set(k, iteration);
        accuracy.set(k, value);
    }

    /** Records a sharpness measurement. */
    void sharpness(SharpnessPoint p) {
        sharpness.add(p);
    }

    /** Loads a checkpoint's history into the front of this one (a resumed run). */
    void load(TrainHistory h) {
        loss.load(h.loss());
        gradientNorm.load(h.gradientNorm());
        for (int l = 0; l < layerGradientNorms.length; l++) {
            layerGradientNorms[l].load(h.layerGradientNorms()[l]);
        }
        trainAccuracy.load(h.trainAccuracy());
        validationAccuracy.load(h.validationAccuracy());
        validationLoss.load(h.validationLoss());
        epochSeconds.load(h.epochSeconds());
        for (int k = 0; k < h.iterationTrainAccuracyAt().length; k++) {
            iterationTrainAccuracy(k, h.iterationTrainAccuracyAt()[k], h.iterationTrainAccuracy()[k]);
        }
        sharpness.addAll(h.sharpness());
    }

    /** The first {@code iterations}, {@code epochs} and {@code accuracies} entries, with every sharpness point. */
    TrainHistory snapshot(long iterations, int epochs, int accuracies) {
        int n = Math.toIntExact(iterations);
        double[][] layers = new double[layerGradientNorms.length][];
        for (int l = 0; l < layers.length; l++) {
            layers[l] = layerGradientNorms[l].copy(n);
        }
        double[] at = accuracyAt.copy(accuracies);
        long[] atIterations = new long[accuracies];
        for (int k = 0; k < accuracies; k++) {
            atIterations[k] = (long) at[k];
        }
        return new TrainHistory(loss.copy(n), gradientNorm.copy(n), layers, trainAccuracy.copy(epochs),
                validationAccuracy.copy(epochs), validationLoss.copy(epochs), epochSeconds.copy(epochs), atIterations,
                accuracy.copy(accuracies), List.copyOf(sharpness));
    }

    /** The numbers allocated now per iteration family member (the loss array's length), for tests. */
    int iterationCapacity() {
        return loss.capacity();
    }
}
