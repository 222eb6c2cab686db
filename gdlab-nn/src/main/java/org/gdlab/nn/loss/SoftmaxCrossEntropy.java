package org.gdlab.nn.loss;

import org.gdlab.core.matrix.DenseMatrix;

/**
 * Softmax cross-entropy on class scores {@code s} ({@code n x k}) and labels {@code y}:
 * {@code L = -(1/n) sum_i log p_i,y_i} with {@code p_ij = exp(s_ij - m_i) / sum_l exp(s_il - m_i)},
 * {@code m_i = max_l s_il} (subtracting the row maximum keeps every exponent &lt;= 0, so nothing
 * overflows; the log-probability is computed as {@code s_iy - m_i - log sum_l exp(s_il - m_i)},
 * so nothing underflows to log 0). Gradient: {@code dL/ds_ij = (p_ij - [j = y_i]) / n}; Hessian of
 * row i: {@code (diag p_i - p_i p_i^T) / n}.
 *
 * <p>The loss reads the labels array each time it is evaluated, so a trainer can refill one
 * array batch after batch; entries {@code [0, n)} are used.
 */
public final class SoftmaxCrossEntropy implements Loss {
    private final int[] labels;

    /**
     * The loss against {@code labels} (read, not copied, at each evaluation).
     *
     * @param labels the class index of each row of the batch, each in {@code [0, k)}
     */
    public SoftmaxCrossEntropy(int[] labels) {
        this.labels = labels;
    }

    @Override
    public double lossAndGradient(DenseMatrix<?> scores, DenseMatrix<?> dScores, int first, int n) {
        scores.requireSameShape(dScores, "softmax cross-entropy scores and gradient");
        int m = scores.rows();
        int k = scores.cols();
        if (first < 0 || first + m > n || labels.length < n) {
            throw new IllegalArgumentException("softmax cross-entropy: rows [" + first + ", " + (first + m)
                    + ") of a batch of " + n + " with " + labels.length + " labels");
        }
        double total = 0;
        for (int i = 0; i < m; i++) {
            int y = labels[first + i];
            if (y < 0 || y >= k) {
                throw new IllegalArgumentException("softmax cross-entropy: label " + (first + i) + " = " + y
                        + " is not allowed: must be in [0, " + (k - 1) + "]");
            }
            double max = rowMax(scores, i);
            double logZ = logSumExp(scores, i, max);
            total -= scores.getAsDouble(i, y) - max - logZ;
            for (int j = 0; j < k; j++) {
                double p = Math.exp(scores.getAsDouble(i, j) - max - logZ);
                dScores.setFromDouble(i, j, (j == y ? p - 1 : p) / n);
            }
        }
        return total / n;
    }

    /** {@code result_ij = p_ij (d_ij - sum_l p_il d_il) / n}: the softmax Jacobian times the direction {@code d}, over n. */
    @Override
    public void curvatureProduct(DenseMatrix<?> scores, DenseMatrix<?> direction, DenseMatrix<?> result, int first, int n) {
        scores.requireSameShape(direction, "softmax cross-entropy scores and direction");
        scores.requireSameShape(result, "softmax cross-entropy scores and curvature product");
        int k = scores.cols();
        double[] p = new double[k];
        for (int i = 0; i < scores.rows(); i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                max = Math.max(max, scores.getAsDouble(i, j));
            }
            double z = 0;
            for (int j = 0; j < k; j++) {
                p[j] = Math.exp(scores.getAsDouble(i, j) - max);
                z += p[j];
            }
            double mean = 0;
            for (int j = 0; j < k; j++) {
                p[j] /= z;
                mean += p[j] * direction.getAsDouble(i, j);
            }
            for (int j = 0; j < k; j++) {
                result.setFromDouble(i, j, p[j] * (direction.getAsDouble(i, j) - mean) / n);
            }
        }
    }

    /**
     * The largest score of row {@code i}, {@code max_j s_ij}.
     *
     * @param scores the {@code n x k} scores (logits), read only
     * @param i the row, in {@code [0, n)}
     * @return {@code max_j s_ij}; negative infinity when there are no columns
     */
    public static double rowMax(DenseMatrix<?> scores, int i) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < scores.cols(); j++) {
            max = Math.max(max, scores.getAsDouble(i, j));
        }
        return max;
    }

    /**
     * {@code log sum_j exp(s_ij - max)} of row {@code i}, with {@code max} from {@link #rowMax}: the softmax
     * probabilities are {@code p_ij = exp(s_ij - max - logSumExp)}, computed without overflow.
     *
     * @param scores the {@code n x k} scores (logits), read only
     * @param i the row, in {@code [0, n)}
     * @param max the row's largest score, {@code rowMax(scores, i)}
     * @return {@code log sum_j exp(s_ij - max)}, in {@code [0, log k]}
     */
    public static double logSumExp(DenseMatrix<?> scores, int i, double max) {
        double z = 0;
        for (int j = 0; j < scores.cols(); j++) {
            z += Math.exp(scores.getAsDouble(i, j) - max);
        }
        return Math.log(z);
    }
}
