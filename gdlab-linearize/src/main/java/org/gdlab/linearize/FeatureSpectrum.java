package org.gdlab.linearize;

import org.gdlab.core.validate.Check;

/**
 * The singular values of the feature matrix {@code Phi} (one row {@code phi(x_i)} per training
 * input) and its top principal features {@code psi_k(x) = phi(x) . v_k}, where
 * {@code Phi = U S V^T}, evaluated on a grid of inputs.
 *
 * <p>Sign rule: a singular pair {@code (u_k, v_k)} is defined up to a common sign; each is
 * signed so that the entry of {@code u_k} with the largest absolute value (the earliest on ties)
 * is positive, i.e. {@code psi_k} is positive at the training input where
 * {@code |psi_k(x_i)| = s_k |u_k,i|} is largest. Charts before and after training are then
 * comparable.
 *
 * @param singularValues all {@code n} singular values, descending ({@code n} = training inputs)
 * @param leftVectors {@code [k][n]}: the signed {@code u_k} for the reported features
 * @param features {@code [k][m]}: {@code psi_k} at the {@code m} grid points
 * @param numericalRank the count of singular values above {@code sqrt(n eps) s_1}, the accuracy of
 *     singular values taken from the kernel's eigenvalues ({@code s = sqrt(lambda)} turns the
 *     eigenvalue error {@code n eps lambda_1} into {@code sqrt(n eps) s_1}); at most that many
 *     features are reported (a smaller singular value has no well-defined feature)
 */
public record FeatureSpectrum(double[] singularValues, double[][] leftVectors, double[][] features, int numericalRank) {
    /**
     * Checks that there is one left vector per feature.
     *
     * @param singularValues all {@code n} singular values, descending
     * @param leftVectors {@code [k][n]}: the signed {@code u_k}
     * @param features {@code [k][m]}: {@code psi_k} at the grid points, as many rows as {@code
     *     leftVectors}
     * @param numericalRank the count of singular values above {@code sqrt(n eps) s_1}
     */
    public FeatureSpectrum {
        if (leftVectors.length != features.length) {
            throw new IllegalArgumentException("feature spectrum: " + leftVectors.length + " left vectors but "
                    + features.length + " features");
        }
    }

    /**
     * The number of principal features reported.
     *
     * @return k, the rows of {@code features}
     */
    public int count() {
        return features.length;
    }

    /** The count of singular values above {@code sqrt(n eps) s_1} among the descending {@code s}. */
    static int numericalRank(double[] s) {
        if (s.length == 0 || !(s[0] > 0)) {
            return 0;
        }
        double tolerance = Math.sqrt(s.length * Math.ulp(1.0)) * s[0];
        int r = 0;
        while (r < s.length && s[r] > tolerance) {
            r++;
        }
        return r;
    }

    /**
     * Applies the sign rule to a left singular vector: multiplies {@code u} by the sign {@code +1}
     * or {@code -1} that makes its largest-magnitude entry positive (the earliest on ties).
     *
     * @param u modified in place
     * @return the sign applied, for the matching right singular vector
     */
    static double applySignRule(double[] u) {
        int best = 0;
        for (int i = 1; i < u.length; i++) {
            if (Math.abs(u[i]) > Math.abs(u[best])) {
                best = i;
            }
        }
        double sign = u.length == 0 || u[best] >= 0 ? 1 : -1;
        for (int i = 0; i < u.length; i++) {
            u[i] *= sign;
        }
        return sign;
    }

    /** Requires a feature count {@code k >= 1}. */
    static int requireCount(int k) {
        return Check.positive("features", k);
    }
}
