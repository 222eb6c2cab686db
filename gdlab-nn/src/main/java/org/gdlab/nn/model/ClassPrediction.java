package org.gdlab.nn.model;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.nn.tensor.Access;
import org.gdlab.nn.tensor.Rows;

/**
 * A classifier's answer: the predicted class of input {@code x} is {@code argmax_j f_j(x)}
 * (the first index on ties), with the net in evaluation mode; the accuracy is the fraction of
 * inputs whose predicted class is the label.
 */
final class ClassPrediction {
    private ClassPrediction() {
    }

    /** The predicted class of every row of {@code inputs}, in batches of {@code batch} rows. */
    static int[] classes(FullyConnectedNet net, DenseMatrix<?> inputs, int batch) {
        int n = inputs.rows();
        int outputs = net.config().outputs();
        int[] out = new int[n];
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        for (int from = 0; from < n; from += batch) {
            int count = Math.min(batch, n - from);
            DenseMatrix<?> x = net.inputBuffer(count);
            Rows.gather(inputs, index, from, x);
            Access s = Access.of(net.forward(x, false, 0));
            for (int i = 0; i < count; i++) {
                int best = 0;
                for (int j = 1; j < outputs; j++) {
                    if (s.get(i, j) > s.get(i, best)) {
                        best = j;
                    }
                }
                out[from + i] = best;
            }
        }
        return out;
    }

    /** The fraction of rows of {@code inputs} whose predicted class is the label (0 for no rows). */
    static double accuracy(FullyConnectedNet net, DenseMatrix<?> inputs, int[] labels, int batch) {
        int[] predicted = classes(net, inputs, batch);
        int right = 0;
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i] == labels[i]) {
                right++;
            }
        }
        return predicted.length == 0 ? 0 : (double) right / predicted.length;
    }
}
