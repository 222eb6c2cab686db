package org.gdlab.nn.train;

import org.gdlab.core.matrix.DenseMatrix;

/**
 * The parameters of the epoch with the best validation accuracy so far (the first of equals);
 * without a validation set (accuracy NaN) every epoch is taken as the best, so the last one is kept.
 */
final class BestParameters {
    private double[] values;
    private int epoch;
    private double accuracy = Double.NEGATIVE_INFINITY;

    BestParameters(DenseMatrix<?> start) {
        this.values = start.toDoubleArray();
    }

    /** Continues from a checkpoint's best. */
    void restore(Checkpoint c) {
        values = c.bestParameters().clone();
        epoch = c.bestEpoch();
        accuracy = c.bestValidationAccuracy();
    }

    /** Offers the parameters after epoch {@code e} (from 1) with their validation accuracy (NaN for none). */
    void offer(int e, double validationAccuracy, DenseMatrix<?> parameters) {
        if (Double.isNaN(validationAccuracy) || validationAccuracy > accuracy) {
            accuracy = validationAccuracy;
            epoch = e;
            values = parameters.toDoubleArray();
        }
    }

    /** The best epoch (from 1), 0 when none finished. */
    int epoch() {
        return epoch;
    }

    /** The best validation accuracy; NaN when none finished. */
    double accuracy() {
        return epoch > 0 ? accuracy : Double.NaN;
    }

    /** The best validation accuracy as the checkpoint stores it (negative infinity before the first epoch). */
    double stored() {
        return accuracy;
    }

    /** A copy of the best parameters. */
    double[] values() {
        return values.clone();
    }

    /** Loads the best parameters into {@code parameters} when an epoch finished. */
    void loadInto(DenseMatrix<?> parameters) {
        if (epoch > 0) {
            Trainer.load(parameters, values);
        }
    }
}
