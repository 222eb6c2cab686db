package org.gdlab.theory.noise;

import java.util.Arrays;
import org.gdlab.core.linalg.Blas;
import org.gdlab.core.linalg.SingularValueDecomposition;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.gdlab.theory.spectrum.IterationCount;
import org.gdlab.theory.ridge.LeastSquares;
import org.gdlab.theory.ridge.RidgeRegression;

/**
 * SGD over the rows of X with fresh input noise at each use, in theory and by Monte Carlo.
 *
 * <p>Each step picks a row i uniformly, draws {@code x_n = x_i + n}, {@code n ~ N(0, sigma^2 I)}, and
 * takes a gradient step on {@code 1/2 (x_n^T w - y_i)^2}:
 * <pre>
 *   w_{t+1} = w_t - eta (x_n^T w_t - y_i) x_n,   w_0 = 0.
 * </pre>
 * Averaging over the noise ({@code E[x_n x_n^T] = x_i x_i^T + sigma^2 I}) and over i:
 * <pre>
 *   E[w_{t+1}] = E[w_t] - eta ((1/m) X^T X E[w_t] + sigma^2 E[w_t] - (1/m) X^T y),
 * </pre>
 * whose fixed point is {@code (X^T X + m sigma^2 I)^{-1} X^T y}, ridge with {@code lambda = sigma^2}
 * in the (1/m) form. The mean converges iff {@code eta (s_max^2/m + sigma^2) < 2} (s_max the largest
 * singular value of X).
 *
 * <p>The mean converging does not make SGD converge: each step multiplies the error along
 * {@code x_n} by {@code 1 - eta ||x_n||^2}, and with {@code E||x_n||^2 = ||x_i||^2 + d sigma^2}
 * that factor can exceed 1 in size although the averaged recurrence contracts. The second moment
 * then grows without bound while the mean settles: the Monte Carlo watches the realized spread of
 * the trials and marks the run divergent ({@link #SPREAD}) at the first step where its standard
 * deviation {@code sqrt(sum_j Var[w_t,j])} exceeds {@link IterationCount#DIVERGENCE_FACTOR} times
 * {@code max(1, ||w_ridge||, ||w_ls||)}, or ({@link #OVERFLOW}) where a trial stops being finite.
 */
public final class NoisySgd {
    /** The divergence of a run whose trials' spread blew up while every trial stayed finite. */
    public static final String SPREAD = "spread";
    /** The divergence of a run in which some trial overflowed (became infinite or NaN). */
    public static final String OVERFLOW = "overflow";
    /**
     * The most normal numbers one Monte Carlo may draw ({@code trials x steps x d}, and the identity's
     * {@code trials x m x d}): {@code 4 x 10^9}, about half a minute.
     */
    public static final long MAX_DRAWS = 4_000_000_000L;

    private NoisySgd() {
    }

    /**
     * {@code 2 / (s_max^2 / m + sigma^2)}: E[w_t] converges for learning rates below this.
     *
     * @param x read only; {@code m x d}
     * @param noiseVariance sigma^2
     * @return the largest learning rate at which the mean converges (exclusive)
     */
    public static double maxConvergentEta(MatrixF64 x, double noiseVariance) {
        double sMax = SingularValueDecomposition.singularValues(x)[0];
        return 2 / (sMax * sMax / x.rows() + noiseVariance);
    }

    /**
     * Runs the recurrence of the mean and the Monte Carlo (all trials as one {@code trials x d} array
     * updated per step).
     *
     * @param x read only; {@code m x d}
     * @param y read only; {@code m x 1}
     * @param c the noise variance, learning rate, steps, trials and seed
     * @return the mean's recurrence, the Monte Carlo's moments and their comparison
     */
    public static VectorNoiseResult run(MatrixF64 x, MatrixF64 y, VectorNoiseConfig c) {
        RidgeRegression.requireCompatible(x, y);
        int m = x.rows();
        int d = x.cols();
        double s2 = c.noiseVariance();
        double[] leastSquares = LeastSquares.minimumNorm(x, y).toDoubleArray();
        double[] ridge = s2 > 0 ? RidgeRegression.compare(x, y, m * s2).w() : leastSquares;
        double maxEta = maxConvergentEta(x, s2);

        double[] predicted = new double[d];
        double[] predictedDistance = new double[c.steps() + 1];
        predictedDistance[0] = distance(predicted, ridge);
        double[][] gram = Blas.multiply(x, true, x, false).toDoubleRows();
        double[] xty = Blas.multiply(x, true, y, false).toDoubleArray();
        double[] next = new double[d];
        for (int t = 1; t <= c.steps(); t++) {
            for (int j = 0; j < d; j++) {
                double g = -xty[j] / m + s2 * predicted[j];
                for (int k = 0; k < d; k++) {
                    g += gram[j][k] * predicted[k] / m;
                }
                next[j] = predicted[j] - c.eta() * g;
            }
            System.arraycopy(next, 0, predicted, 0, d);
            predictedDistance[t] = distance(predicted, ridge);
        }
        Simulation sim = simulate(x.toDoubleRows(), y.toDoubleArray(), c, ridge, leastSquares);
        return new VectorNoiseResult(c, m, d, s2, m * s2, ridge, leastSquares, maxEta, c.eta() < maxEta, predicted,
                sim.finalMean, sim.toRidge, sim.toLeastSquares, predictedDistance, sim.standardError, sim.divergedAtStep,
                sim.divergence);
    }

    private record Simulation(double[] finalMean, double[] toRidge, double[] toLeastSquares, double[] standardError,
                              Integer divergedAtStep, String divergence) {
    }

    private static Simulation simulate(double[][] rows, double[] y, VectorNoiseConfig c, double[] ridge, double[] leastSquares) {
        int m = rows.length;
        int d = rows[0].length;
        int trials = c.trials();
        double std = Math.sqrt(c.noiseVariance());
        RandomStream rng = new RandomStream(c.seed()).split("vector-noise");
        double[] w = new double[trials * d];
        double[] xn = new double[d];
        double[] mean = new double[d];
        double[] lastFiniteMean = new double[d];
        double[] toRidge = new double[c.steps() + 1];
        double[] toLeastSquares = new double[c.steps() + 1];
        double[] standardError = new double[c.steps() + 1];
        toRidge[0] = distance(mean, ridge);
        toLeastSquares[0] = distance(mean, leastSquares);
        // the mean starts at 0: toRidge[0] and toLeastSquares[0] are ||w_ridge|| and ||w_ls||
        double spreadBound = IterationCount.DIVERGENCE_FACTOR * Math.max(1, Math.max(toRidge[0], toLeastSquares[0]));
        for (int t = 1; t <= c.steps(); t++) {
            for (int k = 0; k < trials; k++) {
                int i = rng.nextInt(m);
                double[] xi = rows[i];
                int base = k * d;
                double residual = 0;
                for (int j = 0; j < d; j++) {
                    xn[j] = xi[j] + std * rng.normal();
                    residual += xn[j] * w[base + j];
                }
                residual -= y[i];
                for (int j = 0; j < d; j++) {
                    w[base + j] -= c.eta() * residual * xn[j];
                }
            }
            double variance = meanAndTotalVariance(w, trials, d, mean);
            if (!(Math.sqrt(variance) <= spreadBound)) {
                return new Simulation(lastFiniteMean, Arrays.copyOf(toRidge, t), Arrays.copyOf(toLeastSquares, t),
                        Arrays.copyOf(standardError, t), t, Double.isFinite(variance) ? SPREAD : OVERFLOW);
            }
            System.arraycopy(mean, 0, lastFiniteMean, 0, d);
            toRidge[t] = distance(mean, ridge);
            toLeastSquares[t] = distance(mean, leastSquares);
            standardError[t] = Math.sqrt(variance / trials);
        }
        return new Simulation(lastFiniteMean, toRidge, toLeastSquares, standardError, null, "");
    }

    /**
     * Writes the mean over the trials (rows of the {@code trials x d} array {@code w}) into
     * {@code mean} and returns the sum over coordinates of the sample variances (NaN or infinite when
     * some trial is).
     */
    private static double meanAndTotalVariance(double[] w, int trials, int d, double[] mean) {
        Arrays.fill(mean, 0);
        for (int k = 0; k < trials; k++) {
            for (int j = 0; j < d; j++) {
                mean[j] += w[k * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= trials;
        }
        double total = 0;
        for (int k = 0; k < trials; k++) {
            for (int j = 0; j < d; j++) {
                double dev = w[k * d + j] - mean[j];
                total += dev * dev;
            }
        }
        return total / (trials - 1);
    }

    static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return Math.sqrt(sum);
    }
}
