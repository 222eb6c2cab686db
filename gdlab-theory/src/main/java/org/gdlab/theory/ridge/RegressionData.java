package org.gdlab.theory.ridge;

import org.gdlab.core.linalg.Blas;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.gdlab.core.validate.Check;

/**
 * A regression problem {@code X w ~ y}.
 *
 * @param x {@code m x d}
 * @param y {@code m x 1}
 * @param source where it came from (file names, or how it was generated)
 */
public record RegressionData(MatrixF64 x, MatrixF64 y, String source) {
    /**
     * Checks that the shapes fit and every value is finite.
     *
     * @param x {@code m x d}, finite, {@code m, d >= 1}
     * @param y {@code m x 1}, finite
     * @param source where it came from
     */
    public RegressionData {
        RidgeRegression.requireCompatible(x, y);
    }

    /**
     * A generated problem: {@code X} with independent {@code N(0, 1)} entries, a true
     * {@code w ~ N(0, I)} and {@code y = X w + 0.5 e}, {@code e ~ N(0, I)}.
     *
     * @param rows m, {@code >= 1}
     * @param cols d, {@code >= 1}
     * @param seed the seed
     * @return the problem, {@code X} of shape {@code rows x cols}
     */
    public static RegressionData generate(int rows, int cols, long seed) {
        Check.positive("rows", rows);
        Check.positive("cols", cols);
        RandomStream rng = new RandomStream(seed).split("regression-data");
        MatrixF64 x = MatrixF64.zeros(rows, cols);
        rng.fillNormal(x, 0, 1);
        MatrixF64 w = MatrixF64.zeros(cols, 1);
        rng.fillNormal(w, 0, 1);
        MatrixF64 y = Blas.multiply(x, w);
        for (int i = 0; i < rows; i++) {
            y.set(i, 0, y.get(i, 0) + rng.normal(0, 0.5));
        }
        return new RegressionData(x, y, "generated: X " + rows + " x " + cols + " ~ N(0, 1), y = X w + 0.5 e, seed " + seed);
    }
}
