package org.gdlab.nn.train;

import java.util.Arrays;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.nn.data.Dataset;
import org.gdlab.nn.loss.SoftmaxCrossEntropy;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.tensor.Rows;

/**
 * The mean softmax cross-entropy of a classifier over a whole data set, in evaluation mode (no
 * dropout, batch norm's running statistics), in batches: {@code (1/n) sum_batches L_b n_b}.
 * Used for the per-epoch validation loss and by {@code gdlab evaluate}.
 */
public final class SplitLoss {
    private SplitLoss() {
    }

    /**
     * The mean loss of {@code net} on {@code set} (NaN when it is empty), in batches of {@code batch}.
     *
     * @param net the network, run in evaluation mode
     * @param set the examples and their labels
     * @param batch the rows per forward pass, {@code > 0}
     * @return the mean softmax cross-entropy over {@code set} (no L2 term), or NaN
     */
    public static double mean(FullyConnectedNet net, Dataset set, int batch) {
        int n = set.size();
        if (n == 0) {
            return Double.NaN;
        }
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        double sum = 0;
        for (int from = 0; from < n; from += batch) {
            int count = Math.min(batch, n - from);
            DenseMatrix<?> x = net.inputBuffer(count);
            Rows.gather(set.inputs(), index, from, x);
            DenseMatrix<?> scores = net.forward(x, false, 0);
            int[] labels = Arrays.copyOfRange(set.labels(), from, from + count);
            DenseMatrix<?> d = net.config().precision().zeros(count, scores.cols());
            sum += new SoftmaxCrossEntropy(labels).lossAndGradient(scores, d) * count;
        }
        return sum / n;
    }
}
