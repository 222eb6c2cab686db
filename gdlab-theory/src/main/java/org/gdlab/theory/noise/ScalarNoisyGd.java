package org.gdlab.theory.noise;

import java.util.Arrays;
import org.gdlab.core.random.RandomStream;

/**
 * Gradient descent with fresh input noise on one scalar point, in theory and by Monte Carlo.
 *
 * <p>Loss {@code 1/2 (x_n w - y)^2} with {@code x_n = x + N}, {@code N ~ N(0, sigma^2)} drawn afresh
 * each step, {@code w_0 = 0}. Its gradient is {@code (x_n w - y) x_n}, so
 * <pre>
 *   w_{t+1} = (1 - eta x_n^2) w_t + eta x_n y.
 * </pre>
 * Since {@code x_n} is independent of {@code w_t}, with {@code E[x_n] = x} and
 * {@code E[x_n^2] = x^2 + sigma^2}:
 * <pre>
 *   E[w_{t+1}] = (1 - eta (x^2 + sigma^2)) E[w_t] + eta x y,
 * </pre>
 * which converges iff {@code |1 - eta (x^2 + sigma^2)| < 1}, i.e. {@code 0 < eta < 2/(x^2 + sigma^2)},
 * to {@code x y / (x^2 + sigma^2)}: the noise-free optimum {@code y/x} shrunk by
 * {@code x^2/(x^2 + sigma^2)}, as ridge with {@code lambda = sigma^2} shrinks it.
 *
 * <p>Squaring the update and taking expectations gives the second moment:
 * <pre>
 *   E[w_{t+1}^2] = E[(1 - eta x_n^2)^2] E[w_t^2] + 2 eta y E[x_n (1 - eta x_n^2)] E[w_t] + eta^2 y^2 E[x_n^2]
 * </pre>
 * with the Gaussian moments {@code E[x_n^3] = x^3 + 3 x sigma^2} and
 * {@code E[x_n^4] = x^4 + 6 x^2 sigma^2 + 3 sigma^4}. It stays bounded iff
 * {@code c = 1 - 2 eta E[x_n^2] + eta^2 E[x_n^4] < 1}, i.e. {@code eta < 2 E[x_n^2] / E[x_n^4]}, and
 * then the variance of w_t tends to a positive limit when {@code sigma > 0}: the iterate keeps
 * jittering around its mean.
 */
public final class ScalarNoisyGd {
    /** The two-sided 95% quantile of the standard normal. */
    static final double Z95 = 1.959963984540054;

    private ScalarNoisyGd() {
    }

    /**
     * {@code 2 / (x^2 + sigma^2)}: E[w_t] converges for learning rates below this.
     *
     * @param x the clean input
     * @param noiseVariance {@code sigma^2 >= 0}
     * @return the largest learning rate at which the mean converges (exclusive)
     */
    public static double maxConvergentEta(double x, double noiseVariance) {
        return 2 / (x * x + noiseVariance);
    }

    /**
     * Computes the predicted moments, runs the Monte Carlo with all trials as one array updated per
     * step, and compares them.
     *
     * @param c the problem, learning rate, steps, trials and seed
     * @return the predicted and simulated moments, step by step
     */
    public static ScalarNoiseResult run(ScalarNoiseConfig c) {
        double x = c.x();
        double s2 = c.noiseVariance();
        double eta = c.eta();
        double m2 = x * x + s2;
        double m3 = x * x * x + 3 * x * s2;
        double m4 = x * x * x * x + 6 * x * x * s2 + 3 * s2 * s2;
        double a = 1 - eta * m2;
        double b = eta * x * c.y();
        double cm = 1 - 2 * eta * m2 + eta * eta * m4;
        double cross = 2 * eta * c.y() * (x - eta * m3);
        double constant = eta * eta * c.y() * c.y() * m2;

        double[] mean = new double[c.steps() + 1];
        double[] variance = new double[c.steps() + 1];
        double secondMoment = 0;
        for (int t = 0; t < c.steps(); t++) {
            secondMoment = cm * secondMoment + cross * mean[t] + constant;
            mean[t + 1] = a * mean[t] + b;
            variance[t + 1] = secondMoment - mean[t + 1] * mean[t + 1];
        }
        double limit = x * c.y() / m2;
        boolean varianceBounded = cm < 1;
        double limitVariance = varianceBounded && Math.abs(a) < 1
                ? (cross * limit + constant) / (1 - cm) - limit * limit : Double.NaN;

        Simulation sim = simulate(c);
        int simulated = sim.mean.length;
        double[] low = new double[simulated];
        double[] high = new double[simulated];
        int inside = 0;
        double maxZ = 0;
        for (int t = 0; t < simulated; t++) {
            double se = Math.sqrt(sim.variance[t] / c.trials());
            low[t] = sim.mean[t] - Z95 * se;
            high[t] = sim.mean[t] + Z95 * se;
            if (t > 0) {
                if (mean[t] >= low[t] && mean[t] <= high[t]) {
                    inside++;
                }
                maxZ = Math.max(maxZ, Math.abs(sim.mean[t] - mean[t]) / se);
            }
        }
        double coverage = simulated > 1 ? inside / (double) (simulated - 1) : Double.NaN;
        return new ScalarNoiseResult(c, a, b, maxConvergentEta(x, s2), Math.abs(a) < 1, cm, 2 * m2 / m4,
                varianceBounded, limit, c.y() / x, x * x / m2, limitVariance, mean, variance, sim.mean,
                sim.variance, low, high, coverage, maxZ, sim.divergedAtStep);
    }

    /** The empirical mean and variance per step, up to the last step where every trial was finite. */
    private record Simulation(double[] mean, double[] variance, Integer divergedAtStep) {
    }

    /**
     * The Monte Carlo: {@code w[k]} holds trial k's iterate; each step draws one noise value per trial
     * and applies {@code w <- w - eta (x_n^2 w - x_n y)} to the whole array.
     */
    private static Simulation simulate(ScalarNoiseConfig c) {
        RandomStream noise = new RandomStream(c.seed()).split("scalar-noise");
        double std = Math.sqrt(c.noiseVariance());
        double[] w = new double[c.trials()];
        double[] mean = new double[c.steps() + 1];
        double[] variance = new double[c.steps() + 1];
        for (int t = 1; t <= c.steps(); t++) {
            double sum = 0;
            for (int k = 0; k < w.length; k++) {
                double xn = c.x() + std * noise.normal();
                w[k] -= c.eta() * (xn * xn * w[k] - xn * c.y());
                sum += w[k];
            }
            double mu = sum / w.length;
            double squares = 0;
            for (double wk : w) {
                squares += (wk - mu) * (wk - mu);
            }
            if (!Double.isFinite(mu) || !Double.isFinite(squares)) {
                return new Simulation(Arrays.copyOf(mean, t), Arrays.copyOf(variance, t), t);
            }
            mean[t] = mu;
            variance[t] = squares / (w.length - 1);
        }
        return new Simulation(mean, variance, null);
    }
}
