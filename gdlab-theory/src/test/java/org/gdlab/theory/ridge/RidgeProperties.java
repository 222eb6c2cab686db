package org.gdlab.theory.ridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.gdlab.core.linalg.Blas;
import org.gdlab.core.linalg.Cholesky;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;

/** Primal form, kernel form and posterior mean are one answer, over random shapes (n < d, n = d, n > d) and lambdas. */
class RidgeProperties {
    private static final double TOLERANCE = 1e-9;

    @Property(tries = 300)
    void primalKernelAndPosteriorMeanAgree(@ForAll @IntRange(min = 1, max = 12) int n,
                                           @ForAll @IntRange(min = 1, max = 12) int d,
                                           @ForAll @DoubleRange(min = 0.01, max = 10) double lambda,
                                           @ForAll long seed) {
        MatrixF64 x = random(n, d, seed, "x");
        MatrixF64 y = random(n, 1, seed, "y");
        RidgeSolution s = RidgeRegression.compare(x, y, lambda);
        RidgePosterior posterior = RidgePosterior.of(x, y, lambda).orElseThrow();
        double scale = 1 + maxAbs(s.primal());
        assertTrue(s.maxDifference() <= TOLERANCE * scale, "primal vs kernel " + s.maxDifference());
        for (int j = 0; j < d; j++) {
            assertEquals(s.primal()[j], posterior.mean()[j], TOLERANCE * scale);
        }
        assertEquals(n < d ? RidgeForm.KERNEL : RidgeForm.PRIMAL, s.chosen());
    }

    @Property(tries = 300)
    void theSolutionZeroesTheGradientOfTheRidgeLoss(@ForAll @IntRange(min = 1, max = 12) int n,
                                                    @ForAll @IntRange(min = 1, max = 12) int d,
                                                    @ForAll @DoubleRange(min = 0.01, max = 10) double lambda,
                                                    @ForAll long seed) {
        MatrixF64 x = random(n, d, seed, "x");
        MatrixF64 y = random(n, 1, seed, "y");
        MatrixF64 w = MatrixF64.column(RidgeRegression.compare(x, y, lambda).w());
        // gradient / 2 = X^T (X w - y) + lambda w
        MatrixF64 residual = Blas.multiply(x, w);
        Blas.axpy(-1, y, residual);
        MatrixF64 gradient = Blas.multiply(x, true, residual, false);
        Blas.axpy(lambda, w, gradient);
        assertTrue(gradient.maxAbs() <= 1e-9 * (1 + y.maxAbs()) * (1 + x.maxAbs() * x.maxAbs() * Math.max(n, d)),
                "gradient " + gradient.maxAbs());
    }

    @Property(tries = 200)
    void thePosteriorCovarianceIsLambdaTimesTheInversePrimalMatrix(@ForAll @IntRange(min = 1, max = 10) int n,
                                                                  @ForAll @IntRange(min = 1, max = 10) int d,
                                                                  @ForAll @DoubleRange(min = 0.01, max = 10) double lambda,
                                                                  @ForAll long seed) {
        MatrixF64 x = random(n, d, seed, "x");
        RidgePosterior posterior = RidgePosterior.of(x, random(n, 1, seed, "y"), lambda).orElseThrow();
        MatrixF64 primal = RidgeRegression.gramPlusRidge(x, true, lambda);
        MatrixF64 woodbury = Cholesky.factor(primal).orElseThrow().solve(MatrixF64.identity(d));
        woodbury.scaleInPlace(lambda);
        assertTrue(MatrixF64.fromRows(posterior.covariance()).maxAbsDifference(woodbury) <= 1e-9,
                "covariance differs from lambda (X^T X + lambda I)^{-1}");
        assertEquals(posterior.sWY().length, d);
        assertEquals(posterior.sYY().length, n);
    }

    private static MatrixF64 random(int rows, int cols, long seed, String name) {
        MatrixF64 m = MatrixF64.zeros(rows, cols);
        new RandomStream(seed).split(name).fillNormal(m, 0, 1);
        return m;
    }

    private static double maxAbs(double[] v) {
        double max = 0;
        for (double e : v) {
            max = Math.max(max, Math.abs(e));
        }
        return max;
    }
}
