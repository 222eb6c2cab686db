package org.gdlab.nn.train;

import java.util.Arrays;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.data.Dataset;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.tensor.Rows;

/**
 * The fixed sample of the training set that the train accuracy is measured on during training:
 * the first {@code min(size, n)} entries of {@code RandomStream(seed).split("train-accuracy-sample").permutation(n)}.
 * A sample, not the whole training set: the run's final train accuracy is measured on all of it.
 */
final class AccuracySample {
    private final MatrixF32 inputs;
    private final int[] labels;
    private final int evalBatch;

    AccuracySample(Dataset train, int size, long seed, int evalBatch) {
        int[] order = new RandomStream(seed).split("train-accuracy-sample").permutation(train.size());
        int[] index = Arrays.copyOf(order, Math.min(size, train.size()));
        this.inputs = MatrixF32.zeros(index.length, train.features());
        Rows.gather(train.inputs(), index, 0, inputs);
        this.labels = new int[index.length];
        Rows.gather(train.labels(), index, 0, labels);
        this.evalBatch = evalBatch;
    }

    /** The accuracy of {@code net} on the sample. */
    double accuracy(FullyConnectedNet net) {
        return net.accuracy(inputs, labels, evalBatch);
    }
}
