package org.gdlab.nn.loss;

import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.validate.Check;

/** The losses a classifier can be trained and measured with, by command-line name. */
public enum LossKind {
    /** {@link SoftmaxCrossEntropy} on the labels. */
    CROSS_ENTROPY("cross-entropy"),
    /** {@link MeanSquaredError} against the one-hot rows of the labels (mean over rows and classes). */
    MSE("mse");

    private final String label;

    LossKind(String label) {
        this.label = label;
    }

    /**
     * The command-line name.
     *
     * @return {@code cross-entropy} or {@code mse}
     */
    public String label() {
        return label;
    }

    /**
     * The loss of a batch whose row {@code i} has label {@code labels[from + i]}, {@code n} rows.
     *
     * @param labels read only; the batch's labels are copied (as MSE's one-hot targets, or as cross-entropy's labels)
     * @param from the index in {@code labels} of the batch's first row
     * @param n the number of rows of the batch
     * @param classes the number of classes {@code k}, the width of the network's output (for MSE's one-hot
     *     targets)
     * @return a {@link SoftmaxCrossEntropy} or a {@link MeanSquaredError} against the one-hot labels
     */
    public Loss bind(int[] labels, int from, int n, int classes) {
        return switch (this) {
            case CROSS_ENTROPY -> new SoftmaxCrossEntropy(java.util.Arrays.copyOfRange(labels, from, from + n));
            case MSE -> new MeanSquaredError(oneHot(labels, from, n, classes));
        };
    }

    /**
     * The {@code n x classes} matrix whose row {@code i} is 1 at column {@code labels[from + i]}, else 0.
     *
     * @param labels the class indices, each in {@code [0, classes)}, read only
     * @param from the index in {@code labels} of row 0
     * @param n the number of rows
     * @param classes the number of columns
     * @return a new {@code n x classes} float64 matrix
     */
    public static MatrixF64 oneHot(int[] labels, int from, int n, int classes) {
        MatrixF64 t = MatrixF64.zeros(n, classes);
        for (int i = 0; i < n; i++) {
            t.set(i, labels[from + i], 1);
        }
        return t;
    }

    /**
     * The loss named {@code name}; the error lists the valid names.
     *
     * @param what the name of the option or field being read, for the error message
     * @param name a loss's label
     * @return the loss of that label
     */
    public static LossKind parse(String what, String name) {
        return Check.oneOf(what, name, values(), LossKind::label);
    }
}
