package org.gdlab.theory.ridge;

import java.util.Locale;
import java.util.Optional;
import org.gdlab.core.linalg.Blas;
import org.gdlab.core.linalg.Cholesky;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.validate.Check;

/**
 * Ridge regression {@code argmin ||X w - y||^2 + lambda ||w||^2} by either of its two forms, both
 * solved by Cholesky:
 * <pre>
 *   primal:  w = (X^T X + lambda I_d)^{-1} X^T y
 *   kernel:  w = X^T (X X^T + lambda I_n)^{-1} y
 * </pre>
 * They agree because {@code X^T (X X^T + lambda I) = (X^T X + lambda I) X^T}: multiply on the left
 * by {@code (X^T X + lambda I)^{-1}} and on the right by {@code (X X^T + lambda I)^{-1}}.
 */
public final class RidgeRegression {
    private RidgeRegression() {
    }

    /**
     * Checks that {@code x} is {@code n x d} with finite entries and {@code y} is a finite {@code n x 1}
     * column.
     *
     * @param x the data, {@code n x d}
     * @param y the targets, {@code n x 1}
     * @throws IllegalArgumentException naming both shapes when they do not fit
     */
    public static void requireCompatible(MatrixF64 x, MatrixF64 y) {
        if (y.cols() != 1 || y.rows() != x.rows()) {
            throw new IllegalArgumentException("y is " + y.shape() + " but X is " + x.shape()
                    + ": y must be a column with one value per row of X (" + x.rows() + "x1)");
        }
        if (x.rows() == 0 || x.cols() == 0) {
            throw new IllegalArgumentException("X is " + x.shape() + ": it needs at least one row and one column");
        }
        if (!x.allFinite() || !y.allFinite()) {
            throw new IllegalArgumentException("X or y holds NaN or infinity: every value must be a finite number");
        }
    }

    /**
     * Solves ridge by one form.
     *
     * @param form which system to solve
     * @param x read only; {@code n x d}
     * @param y read only; {@code n x 1}
     * @param lambda the regularization, {@code >= 0}
     * @return a new {@code d x 1} column, or empty when the form's system is not positive definite
     */
    public static Optional<MatrixF64> solve(RidgeForm form, MatrixF64 x, MatrixF64 y, double lambda) {
        requireCompatible(x, y);
        Check.nonNegative("lambda", lambda);
        Check.finite("lambda", lambda);
        if (form == RidgeForm.PRIMAL) {
            return Cholesky.factor(gramPlusRidge(x, true, lambda))
                    .map(c -> c.solve(Blas.multiply(x, true, y, false)));
        }
        return Cholesky.factor(gramPlusRidge(x, false, lambda))
                .map(c -> Blas.multiply(x, true, c.solve(y), false));
    }

    /**
     * {@code X^T X + lambda I} (when {@code transposeFirst}) or {@code X X^T + lambda I}.
     *
     * @return a new square matrix
     */
    static MatrixF64 gramPlusRidge(MatrixF64 x, boolean transposeFirst, double lambda) {
        MatrixF64 gram = Blas.multiply(x, transposeFirst, x, !transposeFirst);
        for (int i = 0; i < gram.rows(); i++) {
            gram.set(i, i, gram.get(i, i) + lambda);
        }
        return gram;
    }

    /**
     * Solves ridge by both forms, compares them and picks the cheaper one by the flop model of
     * {@link RidgeForm}.
     *
     * <p>With {@code lambda = 0} ridge is least squares: the primal system {@code X^T X} is
     * invertible only when X has rank d, the kernel system {@code X X^T} only when X has rank n.
     * A form whose system is singular is reported as such (a value, not an error); when neither
     * system is invertible there is no unique solution and the call fails.
     *
     * @param x read only; {@code n x d}
     * @param y read only; {@code n x 1}
     * @param lambda the regularization, {@code >= 0}
     * @return both forms' solutions (or their singularity), the automatic choice and why
     * @throws IllegalArgumentException when the shapes do not fit, lambda is negative or not finite,
     *     or lambda is 0 (or too small to matter) and X is rank-deficient
     */
    public static RidgeSolution compare(MatrixF64 x, MatrixF64 y, double lambda) {
        requireCompatible(x, y);
        Check.nonNegative("lambda", lambda);
        Check.finite("lambda", lambda);
        int n = x.rows();
        int d = x.cols();
        int rank = LeastSquares.rank(x);
        Optional<MatrixF64> primal = lambda > 0 || rank == d ? solve(RidgeForm.PRIMAL, x, y, lambda) : Optional.empty();
        Optional<MatrixF64> kernel = lambda > 0 || rank == n ? solve(RidgeForm.KERNEL, x, y, lambda) : Optional.empty();
        if (primal.isEmpty() && kernel.isEmpty()) {
            throw Check.invalid("lambda", lambda, "X (" + x.shape() + ") has rank " + rank + " < min(n, d) = "
                    + Math.min(n, d) + ", so X^T X + lambda I and X X^T + lambda I are both singular; use lambda > 0");
        }
        RidgeForm cheaper = RidgeForm.cheaper(n, d);
        RidgeForm chosen = (cheaper == RidgeForm.PRIMAL ? primal : kernel).isPresent() ? cheaper : cheaper.other();
        double[] primalW = primal.map(MatrixF64::toDoubleArray).orElse(null);
        double[] kernelW = kernel.map(MatrixF64::toDoubleArray).orElse(null);
        double difference = primal.isPresent() && kernel.isPresent() ? primal.get().maxAbsDifference(kernel.get()) : Double.NaN;
        return new RidgeSolution(n, d, lambda, rank, primalW, kernelW, difference, chosen,
                reason(n, d, cheaper, chosen), RidgeForm.PRIMAL.flops(n, d), RidgeForm.KERNEL.flops(n, d),
                chosen == RidgeForm.PRIMAL ? primalW : kernelW);
    }

    /**
     * Ridge's regularization path: the solution for each lambda (each {@code > 0}) by the cheaper form
     * alone (the other form when the cheaper one's system is numerically singular).
     *
     * @param x read only; {@code n x d}
     * @param y read only; {@code n x 1}
     * @param lambdas the regularizations, each {@code > 0}
     * @return {@code lambdas.length} rows of d values
     * @throws IllegalArgumentException when a lambda is not {@code > 0} or so small that both systems are singular
     */
    public static double[][] path(MatrixF64 x, MatrixF64 y, double[] lambdas) {
        RidgeForm cheaper = RidgeForm.cheaper(x.rows(), x.cols());
        RidgeForm other = cheaper.other();
        double[][] path = new double[lambdas.length][];
        for (int k = 0; k < lambdas.length; k++) {
            double lambda = Check.positive("lambda", lambdas[k]);
            path[k] = solve(cheaper, x, y, lambda).or(() -> solve(other, x, y, lambda))
                    .orElseThrow(() -> Check.invalid("lambda", lambda, "too small: both ridge systems are numerically singular"))
                    .toDoubleArray();
        }
        return path;
    }

    /**
     * {@code count >= 2} values spaced evenly in log between {@code from > 0} and {@code to}, both included.
     *
     * @param from the first value, {@code > 0}
     * @param to the last value, {@code > 0}
     * @param count the number of values, {@code >= 2}
     * @return {@code from (to / from)^(k / (count - 1))} for {@code k = 0 .. count - 1}
     */
    public static double[] logGrid(double from, double to, int count) {
        Check.positive("from", from);
        Check.positive("to", to);
        Check.inRange("count", count, 2, Integer.MAX_VALUE);
        double[] grid = new double[count];
        for (int k = 0; k < count; k++) {
            grid[k] = Math.exp(Math.log(from) + (Math.log(to) - Math.log(from)) * k / (count - 1));
        }
        return grid;
    }

    private static String reason(int n, int d, RidgeForm cheaper, RidgeForm chosen) {
        RidgeForm other = cheaper.other();
        String model = String.format("n = %d %s d = %d: the %s form solves a %d x %d system (model %.3g flops) "
                        + "instead of the %s form's %d x %d (model %.3g flops)",
                n, n < d ? "<" : n == d ? "=" : ">", d, name(cheaper), cheaper.systemSize(n, d), cheaper.systemSize(n, d),
                cheaper.flops(n, d), name(other), other.systemSize(n, d), other.systemSize(n, d), other.flops(n, d));
        return chosen == cheaper ? model
                : "the " + name(cheaper) + " form's system is singular, so the " + name(chosen) + " form is used ("
                        + model + ")";
    }

    static String name(RidgeForm form) {
        return form.name().toLowerCase(Locale.ROOT);
    }
}
