package org.gdlab.nn.loss;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.nn.tensor.Access;

/**
 * Softmax cross-entropy on class scores {@code s} ({@code n x k}) and labels {@code y}:
 * {@code L = -(1/n) sum_i log p_i,y_i} with {@code p_ij = exp(s_ij - m_i) / sum_l exp(s_il - m_i)},
 * {@code m_i = max_l s_il} (subtracting the row maximum keeps every exponent <= 0, so nothing
 * overflows; the log-probability is computed as {@code s_iy - m_i - log sum_l exp(s_il - m_i)},
 * so nothing underflows to log 0). Gradient: {@code dL/ds_ij = (p_ij - [j = y_i]) / n}.
 *
 * <p>The loss reads the labels array each time it is evaluated, so a trainer can refill one
 * array batch after batch; entries {@code [0, n)} are used. Not thread-safe.
 */
public final class SoftmaxCrossEntropy implements Loss {
    private final int[] labels;
    private Access scoresAccess;
    private Access gradientAccess;

    /** The loss against {@code labels} (read, not copied, at each evaluation). */
    public SoftmaxCrossEntropy(int[] labels) {
        this.labels = labels;
    }

    @Override
    public double lossAndGradient(DenseMatrix<?> scores, DenseMatrix<?> dScores) {
        scores.requireSameShape(dScores, "softmax cross-entropy scores and gradient");
        int n = scores.rows();
        int k = scores.cols();
        if (labels.length < n) {
            throw new IllegalArgumentException("softmax cross-entropy: " + n + " score rows but " + labels.length + " labels");
        }
        scoresAccess = Access.reuse(scoresAccess, scores);
        gradientAccess = Access.reuse(gradientAccess, dScores);
        Access s = scoresAccess;
        Access d = gradientAccess;
        double total = 0;
        for (int i = 0; i < n; i++) {
            int y = labels[i];
            if (y < 0 || y >= k) {
                throw new IllegalArgumentException("softmax cross-entropy: label " + i + " = " + y
                        + " is not allowed: must be in [0, " + (k - 1) + "]");
            }
            double m = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                m = Math.max(m, s.get(i, j));
            }
            double z = 0;
            for (int j = 0; j < k; j++) {
                z += Math.exp(s.get(i, j) - m);
            }
            double logZ = Math.log(z);
            total -= s.get(i, y) - m - logZ;
            for (int j = 0; j < k; j++) {
                double p = Math.exp(s.get(i, j) - m - logZ);
                d.set(i, j, ((j == y ? p - 1 : p)) / n);
            }
        }
        return total / n;
    }
}
