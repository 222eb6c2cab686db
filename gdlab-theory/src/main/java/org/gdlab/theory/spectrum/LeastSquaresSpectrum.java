package org.gdlab.theory.spectrum;

import java.util.Arrays;
import org.gdlab.core.linalg.SingularValueDecomposition;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.validate.Check;
import org.gdlab.theory.ridge.LeastSquares;

/**
 * A least-squares problem {@code Xw ~ y} in SVD coordinates. With {@code X = U S V^T},
 * {@code x' = V^T w} and {@code y' = U^T y}, the loss {@code ||y - Xw||^2} splits into
 * independent scalar problems {@code (y'_i - sigma_i x'_i)^2} with solutions
 * {@code w*_i = y'_i / sigma_i} (docs/questions.md section 1).
 *
 * <p>Only positive singular values are analysed. A zero singular value of a given matrix (and
 * each of the {@code n - r} directions of the null space of a wide X) is a direction where the
 * gradient is always zero: gradient descent from {@code w = 0} never moves there, which is the
 * minimum-norm solution. Those directions are counted in {@link #zeroDirections()}.
 *
 * @param sigma2 the squared singular values {@code sigma_1^2 >= ... >= sigma_n^2 > 0}
 * @param targets the rotated targets {@code y'_i}; when none are given, {@code y'_i = sigma_i}
 *     so that every {@code w*_i = 1}
 * @param targetsGiven whether {@code targets} came from a given y
 * @param zeroDirections how many directions of a given X have a zero singular value
 * @param source what the spectrum was made from, for reports
 */
public record LeastSquaresSpectrum(double[] sigma2, double[] targets, boolean targetsGiven, int zeroDirections,
                                   String source) {

    /**
     * Checks the invariants: a non-empty, descending, positive, finite spectrum and one finite
     * target per value.
     *
     * @param sigma2 the squared singular values, descending, finite and {@code > 0}
     * @param targets the rotated targets {@code y'_i}, one per value, finite
     * @param targetsGiven whether {@code targets} came from a given y
     * @param zeroDirections how many directions of a given X have a zero singular value
     * @param source what the spectrum was made from
     */
    public LeastSquaresSpectrum {
        if (sigma2.length == 0) {
            throw Check.invalid("spectrum", "[]", "at least one singular value is needed");
        }
        if (targets.length != sigma2.length) {
            throw Check.invalid("targets", targets.length + " values",
                    "one target per singular value (" + sigma2.length + ") is needed");
        }
        for (int i = 0; i < sigma2.length; i++) {
            if (!(sigma2[i] > 0) || sigma2[i] == Double.POSITIVE_INFINITY) {
                throw Check.invalid("sigma2[" + i + "]", sigma2[i], "must be finite and > 0");
            }
            if (i > 0 && sigma2[i] > sigma2[i - 1]) {
                throw Check.invalid("sigma2[" + i + "]", sigma2[i], "must be <= sigma2[" + (i - 1) + "] (descending)");
            }
            Check.finite("targets[" + i + "]", targets[i]);
        }
        sigma2 = sigma2.clone();
        targets = targets.clone();
    }

    /**
     * The problem with the given squared singular values (in any order; sorted descending) and
     * targets {@code y'_i = sigma_i}.
     *
     * @param name the parameter the values came from, named in error messages (e.g. {@code --sigma2})
     * @param values read only; each must be finite and > 0
     * @return the problem, every {@code w*_i = 1}
     */
    public static LeastSquaresSpectrum ofSquaredSingularValues(String name, double[] values) {
        requirePositive(name, values, "squared singular value");
        double[] sorted = sortedDescending(values);
        double[] targets = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            targets[i] = Math.sqrt(sorted[i]);
        }
        return new LeastSquaresSpectrum(sorted, targets, false, 0, name + " (" + values.length + " values)");
    }

    /**
     * The problem with the given singular values {@code sigma_i} (in any order; sorted descending)
     * and targets {@code y'_i = sigma_i}.
     *
     * @param name the parameter the values came from, named in error messages (e.g. {@code --sigma})
     * @param values read only; each must be finite and > 0
     * @return the problem, every {@code w*_i = 1}
     */
    public static LeastSquaresSpectrum ofSingularValues(String name, double[] values) {
        requirePositive(name, values, "singular value");
        double[] sorted = sortedDescending(values);
        double[] sigma2 = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            sigma2[i] = sorted[i] * sorted[i];
            if (!(sigma2[i] > 0) || sigma2[i] == Double.POSITIVE_INFINITY) {
                throw Check.invalid(name, sorted[i], "its square must be a finite number > 0");
            }
        }
        return new LeastSquaresSpectrum(sigma2, sorted.clone(), false, 0, name + " (" + values.length + " values)");
    }

    /**
     * The problem {@code Xw ~ y} through the SVD of X (LAPACK dgesdd; the singular vectors U are
     * formed only when y is given, for {@code y' = U^T y}). Singular values at most
     * {@code max(m, n) * ulp(1) * sigma_max} ({@link LeastSquares#rankTolerance}) count as zero: those directions, and the
     * {@code n - m} null directions of a wide X, are reported in {@link #zeroDirections()}.
     *
     * @param name the parameter X came from (e.g. {@code --matrix X.npy}), named in errors
     * @param x the m x n matrix, read only
     * @param y the m targets as an m x 1 (or 1 x m) matrix, read only; null for {@code y'_i = sigma_i}
     * @param yName the parameter y came from, named in errors
     * @return the problem over the positive singular values of X
     * @throws IllegalArgumentException when X or y holds NaN or infinity, y has the wrong length, or
     *     X has no positive singular value
     */
    public static LeastSquaresSpectrum ofMatrix(String name, MatrixF64 x, MatrixF64 y, String yName) {
        requireFinite(name, x);
        if (x.rows() == 0 || x.cols() == 0) {
            throw Check.invalid(name, x.shape(), "X must have at least one row and one column");
        }
        double[] yValues = null;
        if (y != null) {
            requireFinite(yName, y);
            yValues = y.toDoubleArray();
            if (Math.min(y.rows(), y.cols()) != 1 || yValues.length != x.rows()) {
                throw Check.invalid(yName, y.shape(), "y must be a vector of " + x.rows() + " values (the rows of X)");
            }
        }
        SingularValueDecomposition svd = yValues == null ? null : SingularValueDecomposition.of(x);
        double[] s = svd == null ? SingularValueDecomposition.singularValues(x) : svd.singularValues();
        int positive = LeastSquares.rank(s, x.rows(), x.cols());
        if (positive == 0) {
            throw Check.invalid(name, x.shape() + " matrix with sigma_max = " + s[0],
                    "X must have a positive singular value (every direction of this X is one GD never moves)");
        }
        double[] sigma2 = new double[positive];
        double[] targets = new double[positive];
        for (int i = 0; i < positive; i++) {
            sigma2[i] = s[i] * s[i];
            targets[i] = yValues == null ? s[i] : dotColumn(svd.u(), i, yValues);
        }
        int zero = x.cols() - positive;
        return new LeastSquaresSpectrum(sigma2, targets, yValues != null, zero,
                name + " (" + x.shape() + ")" + (yValues == null ? "" : " with " + yName));
    }

    /**
     * The squared singular values, descending (a copy).
     *
     * @return {@code sigma_i^2} for i = 0 .. n-1
     */
    @Override
    public double[] sigma2() {
        return sigma2.clone();
    }

    /**
     * The rotated targets {@code y'} (a copy).
     *
     * @return {@code y'_i} for i = 0 .. n-1
     */
    @Override
    public double[] targets() {
        return targets.clone();
    }

    /**
     * {@code y'_i}.
     *
     * @param i the coordinate, 0 for the largest singular value
     * @return the rotated target of coordinate i
     */
    public double target(int i) {
        return targets[i];
    }

    /**
     * The number n of (positive) singular values.
     *
     * @return n, {@code >= 1}
     */
    public int size() {
        return sigma2.length;
    }

    /**
     * {@code sigma_i^2}, i = 0 for the largest.
     *
     * @param i the coordinate, in {@code [0, n)}
     * @return the squared singular value
     */
    public double sigma2(int i) {
        return sigma2[i];
    }

    /**
     * {@code sigma_i}.
     *
     * @param i the coordinate, 0 for the largest
     * @return the singular value, {@code > 0}
     */
    public double sigma(int i) {
        return Math.sqrt(sigma2[i]);
    }

    /**
     * {@code sigma_max^2}.
     *
     * @return the largest squared singular value
     */
    public double largest() {
        return sigma2[0];
    }

    /**
     * {@code sigma_min^2}.
     *
     * @return the smallest positive squared singular value
     */
    public double smallest() {
        return sigma2[sigma2.length - 1];
    }

    /**
     * The condition number {@code k = sigma_max / sigma_min}.
     *
     * @return {@code k >= 1}
     */
    public double conditionNumber() {
        return Math.sqrt(largest() / smallest());
    }

    /**
     * The solution {@code w*_i = y'_i / sigma_i} of the i-th scalar problem.
     *
     * @param i the coordinate, 0 for the largest singular value
     * @return {@code w*_i}
     */
    public double solution(int i) {
        return targets[i] / sigma(i);
    }

    /**
     * Up to {@code count} indices spread evenly from the largest (0) to the smallest (n - 1)
     * singular value: the coordinates drawn in charts.
     *
     * @param count the most indices wanted, {@code >= 1}
     * @return the indices, ascending, in {@code [0, n)}; all n when {@code n <= count}
     */
    public int[] shownIndices(int count) {
        int n = size();
        if (n <= count) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int[] idx = new int[count];
        for (int k = 0; k < count; k++) {
            idx[k] = (int) Math.round((double) k * (n - 1) / (count - 1));
        }
        return idx;
    }

    private static void requirePositive(String name, double[] values, String what) {
        if (values.length == 0) {
            throw Check.invalid(name, "[]", "at least one " + what + " is needed");
        }
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0) || values[i] == Double.POSITIVE_INFINITY) {
                String where = values.length == 1 ? name : name + "[" + i + "]";
                throw Check.invalid(where, values[i], "every " + what + " must be finite and > 0"
                        + " (a zero singular value is a direction GD never moves: give X with --matrix to see it reported)");
            }
        }
    }

    private static void requireFinite(String name, MatrixF64 m) {
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                if (!Double.isFinite(m.get(i, j))) {
                    throw Check.invalid(name, m.shape() + " matrix holding " + m.get(i, j) + " at (" + i + ", " + j + ")",
                            "every entry must be a finite number");
                }
            }
        }
    }

    private static double[] sortedDescending(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int i = 0, j = sorted.length - 1; i < j; i++, j--) {
            double t = sorted[i];
            sorted[i] = sorted[j];
            sorted[j] = t;
        }
        return sorted;
    }

    private static double dotColumn(MatrixF64 u, int column, double[] y) {
        double sum = 0;
        for (int r = 0; r < y.length; r++) {
            sum += u.get(r, column) * y[r];
        }
        return sum;
    }
}
