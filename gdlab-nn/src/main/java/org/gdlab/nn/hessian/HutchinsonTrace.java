package org.gdlab.nn.hessian;

import org.gdlab.core.random.RandomStream;
import org.gdlab.core.validate.Check;

/**
 * Hutchinson's estimator of {@code tr A}: with Rademacher probes {@code z_s} ({@code E[z z^T] = I}),
 * {@code tr A = E[z^T A z]}, estimated by the mean of {@code s} samples {@code z_s^T A z_s}; its
 * standard error is the samples' standard deviation over {@code sqrt s}. (The variance of one
 * sample is {@code 2 (||A||_F^2 - sum_i A_ii^2)}.)
 *
 * @param mean the estimate of {@code tr A}
 * @param standardError the standard error of the mean (NaN with one probe)
 * @param samples the samples {@code z_s^T A z_s}
 */
public record HutchinsonTrace(double mean, double standardError, double[] samples) {

    /**
     * Estimates {@code tr A} with {@code probes} probes, probe {@code s} drawn from {@code stream.split(s)}.
     *
     * @param a the symmetric operator {@code A}
     * @param probes >= 1
     * @param stream the source of the probes
     * @return the mean of the {@code probes} samples, with its standard error
     */
    public static HutchinsonTrace estimate(SymmetricOperator a, int probes, RandomStream stream) {
        Check.positive("trace probes", probes);
        int n = a.dimension();
        double[] samples = new double[probes];
        double[] az = new double[n];
        for (int s = 0; s < probes; s++) {
            double[] z = RademacherProbe.draw(n, stream.split(s));
            a.apply(z, az);
            samples[s] = Vectors.dot(z, az);
        }
        double mean = 0;
        for (double x : samples) {
            mean += x;
        }
        mean /= probes;
        double ss = 0;
        for (double x : samples) {
            ss += (x - mean) * (x - mean);
        }
        double se = probes > 1 ? Math.sqrt(ss / (probes - 1) / probes) : Double.NaN;
        return new HutchinsonTrace(mean, se, samples);
    }
}
