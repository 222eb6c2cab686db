package org.gdlab.nn.run;

import java.util.Locale;
import java.util.Optional;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.data.DataSplits;
import org.gdlab.nn.data.Dataset;
import org.gdlab.nn.loss.SoftmaxCrossEntropy;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.tensor.Rows;
import org.gdlab.nn.train.SplitLoss;
import org.gdlab.nn.train.TrainConfig;

/**
 * A trained run used: its metrics on a split ({@link #evaluate}) and its class probabilities
 * for new inputs ({@link #probabilities}), {@code p_ij = exp(s_ij - m_i) / sum_l exp(s_il - m_i)}
 * of the scores {@code s = f((x - mean) / std)} with {@code m_i = max_l s_il}, {@code mean} and
 * {@code std} being the per-feature mean and (with {@code --standardize}, else 1) standard
 * deviation of the run's training split: the preprocessing training applied.
 */
public final class ModelEvaluation {
    private ModelEvaluation() {
    }

    /** A split of a run's data. */
    public enum Split {
        /** The training split. */
        TRAIN,
        /** The validation split. */
        VALIDATION,
        /** The test split. */
        TEST;

        /**
         * {@code train}, {@code validation} or {@code test}.
         *
         * @return the split's name in lower case
         */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The split named {@code text}; the error lists the names.
         *
         * @param what the name of the option being read, for the error message
         * @param text {@code train}, {@code validation} or {@code test}
         * @return the split of that name
         */
        public static Split parse(String what, String text) {
            return Check.oneOf(what, text, values(), Split::label);
        }

        Dataset of(DataSplits data) {
            return switch (this) {
                case TRAIN -> data.train();
                case VALIDATION -> data.validation();
                case TEST -> data.test();
            };
        }
    }

    /**
     * The metrics of a run's parameters on one split.
     *
     * @param run the run folder
     * @param data the data source
     * @param split which split
     * @param parameters best or last
     * @param examples the split's size
     * @param accuracy the fraction classified right
     * @param loss the mean softmax cross-entropy (without the L2 penalty)
     */
    public record Metrics(String run, String data, String split, String parameters, int examples, double accuracy,
                          double loss) {
    }

    /**
     * Evaluates the run's {@code which} parameters on {@code split} of its data (or of
     * {@code other}, split and centred the same way).
     *
     * @param run the saved run
     * @param other another data source to evaluate on, or empty for the run's own
     * @param split which split of the data
     * @param which the best or the last parameters
     * @return the split's size, the accuracy and the mean cross-entropy
     * @throws IllegalArgumentException naming {@code --split} when the split is empty
     */
    public static Metrics evaluate(SavedRun run, Optional<DataSource> other, Split split, SavedRun.Parameters which) {
        DataSplits data = run.data(other);
        Dataset set = split.of(data);
        if (set.size() == 0) {
            throw Check.invalid("--split", split.label(), "the " + split.label() + " split of "
                    + data.config().source().spec() + " is empty");
        }
        FullyConnectedNet net = run.trained(data, which);
        int batch = run.config().training().evalBatch();
        double accuracy = net.accuracy(set.inputs(), set.labels(), batch);
        return new Metrics(run.folder().dir().toString(), data.config().source().spec(), split.label(), which.label(),
                set.size(), accuracy, SplitLoss.mean(net, set, batch));
    }

    /**
     * The class probabilities of the run's {@code which} parameters for raw {@code inputs}
     * (one example per row, as the data files hold them; the training mean is subtracted here, and
     * the inputs are divided by the training std when the run standardized its data).
     *
     * @param run the saved run
     * @param inputs the {@code n x d} raw inputs, finite, {@code d} the run's features
     * @param which the best or the last parameters
     * @return the {@code n x classes} softmax probabilities, each row summing to 1
     * @throws IllegalArgumentException when the inputs have another number of features, or a value
     *     that is not finite
     */
    public static MatrixF64 probabilities(SavedRun run, MatrixF32 inputs, SavedRun.Parameters which) {
        DataSplits data = run.data(Optional.empty());
        float[] mean = data.mean();
        float[] std = data.std();
        if (inputs.cols() != mean.length) {
            throw Check.invalid("--input", inputs.shape(), "must have the " + mean.length + " features of the run's data");
        }
        FullyConnectedNet net = run.trained(data, which);
        int n = inputs.rows();
        int k = net.config().outputs();
        MatrixF64 p = MatrixF64.zeros(n, k);
        int batch = TrainConfig.DEFAULT_EVAL_BATCH;
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        MatrixF32 centred = MatrixF32.zeros(n, mean.length);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < mean.length; j++) {
                float v = inputs.get(i, j);
                if (!Float.isFinite(v)) {
                    throw Check.invalid("--input", "row " + i + ", column " + j + " = " + v, "inputs must be finite");
                }
                float c = v - mean[j];
                centred.set(i, j, std[j] != 1 ? c / std[j] : c);
            }
        }
        for (int from = 0; from < n; from += batch) {
            int count = Math.min(batch, n - from);
            DenseMatrix<?> x = net.inputBuffer(count);
            Rows.gather(centred, index, from, x);
            DenseMatrix<?> s = net.forward(x, false, 0);
            for (int i = 0; i < count; i++) {
                double max = SoftmaxCrossEntropy.rowMax(s, i);
                double logZ = SoftmaxCrossEntropy.logSumExp(s, i, max);
                for (int j = 0; j < k; j++) {
                    p.set(from + i, j, Math.exp(s.getAsDouble(i, j) - max - logZ));
                }
            }
        }
        return p;
    }
}
