package org.gdlab.theory.noise;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.validate.Check;
import org.gdlab.theory.ridge.RidgeRegression;

/**
 * A regularization path drawn two ways: the final mean of noisy SGD ({@link NoisySgd}) for several
 * noise variances, and ridge's solution over a fine grid of {@code lambda} in the (1/m) form. Where
 * noise is regularization, the first lies on the second at {@code lambda = sigma^2}.
 */
public final class NoisePath {
    /** How many lambdas the ridge path has. */
    static final int RIDGE_POINTS = 41;

    private NoisePath() {
    }

    /**
     * One noise variance of the path.
     *
     * @param noiseVariance sigma^2
     * @param empiricalMean the mean of the final SGD iterate over the trials
     * @param ridge ridge's solution at {@code lambda = sigma^2} (the (1/m) form)
     * @param distance {@code ||empiricalMean - ridge||}
     * @param standardError the Monte Carlo error of the mean, {@code sqrt(sum_j Var_j / trials)}
     * @param divergedAtStep the step where SGD diverged (a trial not finite, or their spread blown up), or null
     * @param divergence why: {@link NoisySgd#SPREAD}, {@link NoisySgd#OVERFLOW}, or empty
     * @param meanConverges whether E[w_t] converges at this noise variance (it may while SGD diverges)
     */
    public record Point(double noiseVariance, double[] empiricalMean, double[] ridge, double distance,
                        double standardError, Integer divergedAtStep, String divergence, boolean meanConverges) {
    }

    /**
     * The two paths.
     *
     * @param points the noisy-SGD path, one point per noise variance
     * @param lambdas the ridge path's lambdas (the (1/m) form), log-spaced over the noise variances' span
     * @param ridgePath ridge's solution at each lambda, {@code lambdas.length x d}
     */
    public record Result(List<Point> points, double[] lambdas, double[][] ridgePath) {
    }

    /**
     * Runs noisy SGD once per noise variance (each with the learning rate, steps, trials and seed of
     * {@code base}) and computes ridge's path.
     *
     * @param x read only; {@code m x d}
     * @param y read only; {@code m x 1}
     * @param noiseVariances each {@code > 0}
     * @param base the learning rate, steps, trials and seed of every run (its noise variance is
     *     replaced)
     * @param progress told of each finished noise variance
     * @return one point per noise variance and ridge's path
     */
    public static Result run(MatrixF64 x, MatrixF64 y, double[] noiseVariances, VectorNoiseConfig base,
                             ProgressListener progress) {
        if (noiseVariances.length == 0) {
            throw Check.invalid("noiseVariances", "[]", "at least one value");
        }
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (double v : noiseVariances) {
            Check.positive("noise variance of the path", v);
            Check.finite("noise variance of the path", v);
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        int m = x.rows();
        List<Point> points = new ArrayList<>();
        progress.start("noise path", noiseVariances.length);
        for (double v : noiseVariances) {
            VectorNoiseResult r = NoisySgd.run(x, y, new VectorNoiseConfig(v, base.eta(), base.steps(), base.trials(), base.seed()));
            int last = r.distanceToRidge().length - 1;
            points.add(new Point(v, r.empiricalMean(), r.ridge(), NoisySgd.distance(r.empiricalMean(), r.ridge()),
                    r.standardError()[last], r.divergedAtStep(), r.divergence(), r.meanConverges()));
            progress.advance(points.size(), "sigma^2 = " + v);
        }
        progress.finish(points.size() + " noise variances");
        double[] lambdas = RidgeRegression.logGrid(low / 2, high * 2, RIDGE_POINTS);
        double[] unnormalized = new double[RIDGE_POINTS];
        for (int k = 0; k < RIDGE_POINTS; k++) {
            unnormalized[k] = m * lambdas[k];
        }
        return new Result(List.copyOf(points), lambdas, RidgeRegression.path(x, y, unnormalized));
    }
}
