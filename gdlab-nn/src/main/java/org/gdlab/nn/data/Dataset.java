package org.gdlab.nn.data;

import org.gdlab.core.matrix.MatrixF32;

/**
 * A labelled classification data set: one example per row of {@code inputs}.
 *
 * @param name where it came from, for reports (e.g. "fashion-mnist train")
 * @param inputs {@code n x d} float32 features, one example per row
 * @param labels n class indices in {@code [0, classes)}
 * @param classes the number of classes
 */
public record Dataset(String name, MatrixF32 inputs, int[] labels, int classes) {
    /**
     * Checks that there is one label per row and that every label is a class index.
     *
     * @param name where it came from, for reports
     * @param inputs {@code n x d} float32 features
     * @param labels {@code n} class indices
     * @param classes the number of classes
     */
    public Dataset {
        if (labels.length != inputs.rows()) {
            throw new IllegalArgumentException(name + ": " + inputs.rows() + " examples but " + labels.length + " labels");
        }
        if (classes < 1) {
            throw new IllegalArgumentException(name + ": classes = " + classes + " is not allowed: must be >= 1");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException(name + ": label " + i + " = " + labels[i]
                        + " is not allowed: must be in [0, " + (classes - 1) + "]");
            }
        }
    }

    /**
     * The number of examples.
     *
     * @return {@code n}, the number of labels (and rows)
     */
    public int size() {
        return labels.length;
    }

    /**
     * The number of features per example.
     *
     * @return {@code d}, the inputs' columns
     */
    public int features() {
        return inputs.cols();
    }
}
