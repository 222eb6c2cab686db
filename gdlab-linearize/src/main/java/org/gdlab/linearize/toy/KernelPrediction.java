package org.gdlab.linearize.toy;

import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.validate.Check;
import org.gdlab.linearize.FeatureSpectrum;
import org.gdlab.linearize.JacobianFactors;
import org.gdlab.linearize.KernelFeatures;
import org.gdlab.linearize.ScalarOutput;
import org.gdlab.nn.loss.MeanSquaredError;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.tensor.Precision;

/**
 * Problem 1 applied to problem 6: how the linearized 1-D toy learns under full-batch GD, predicted
 * from its kernel, against the real network. Around {@code theta_0} the network is
 * {@code f(x) ~ f_0(x) + phi(x) . (theta - theta_0)}; with gdlab's MSE {@code L = (1/N) ||r||^2}
 * ({@code r = f(X) - y}) GD gives {@code r_{t+1} = (I - c eta K) r_t}, {@code c = 2/N},
 * {@code K = Phi Phi^T} with eigenpairs {@code (lambda_k = s_k^2, u_k)}, so the residual along each
 * principal feature shrinks by its own factor:
 * <pre>
 *   u_k . r_t = (1 - c eta lambda_k)^t  u_k . r_0
 * </pre>
 * The top features (large {@code s_k}) are learned first, those with small {@code s_k} last (and
 * {@code eta < N / s_1^2} keeps every factor inside (-1, 1): problem 1's bound in kernel form).
 * The real network is trained by the same full-batch GD and its residual is measured in the same
 * basis {@code u_k} of initialization; where its kernel moves, they part.
 *
 * @param learningRate the step size eta
 * @param c the loss convention's factor {@code 2 / N}
 * @param samples N
 * @param stableLearningRate {@code N / s_1^2}
 * @param steps the steps at which the residual was measured
 * @param eigenvalues {@code lambda_k = s_k^2} of the reported features
 * @param predicted {@code |u_k . r_t|} of the linearized model, per feature per measured step
 * @param measured {@code |u_k . r_t|} of the network, per feature per measured step
 * @param partStep per feature the first measured step where the two differ by more than 10% of the
 *     prediction (floor: 1e-5 {@code ||r_0||}), -1 if they never do
 * @param diverged whether the network's residual left finite values (the measurement stops there)
 */
public record KernelPrediction(double learningRate, double c, int samples, double stableLearningRate, long[] steps,
                               double[] eigenvalues, double[][] predicted, double[][] measured, long[] partStep,
                               boolean diverged) {
    /** The relative difference at which prediction and measurement part. */
    public static final double PART = 0.1;

    /**
     * Draws the toy's data and network as {@link ToyExperiment} does, and trains it by full-batch GD.
     *
     * @param config the toy run whose data and network are used (its optimizer and steps are not)
     * @param fraction eta as a fraction of {@code N / s_1^2}, in (0, 1)
     * @param steps GD steps (>= 1)
     * @param every measure every this many steps (>= 1)
     * @param listener told of the GD steps
     * @return the predicted and measured dynamics on the kernel's eigendirections
     */
    public static KernelPrediction run(ToyConfig config, double fraction, long steps, long every, ProgressListener listener) {
        if (!(fraction > 0 && fraction < 1)) {
            throw Check.invalid("fraction", fraction, "must be in (0, 1) of the edge N / s_1^2");
        }
        Check.positive("steps", (double) steps);
        Check.positive("every", (double) every);
        ToyData data = ToyData.of(config);
        FullyConnectedNet net = ToyExperiment.network(config);
        MatrixF64 x = data.trainInputs();
        MatrixF64 y = data.trainTargets();
        int n = x.rows();
        FeatureSpectrum s = KernelFeatures.spectrum(JacobianFactors.of(net, x, new ScalarOutput(0)),
                Math.min(config.features(), n));
        int k = s.count();
        double[] lambda = new double[k];
        for (int i = 0; i < k; i++) {
            lambda[i] = s.singularValues()[i] * s.singularValues()[i];
        }
        double edge = n / lambda[0];
        double eta = fraction * edge;
        double c = 2.0 / n;
        int points = (int) (steps / every) + 1;
        long[] at = new long[points];
        double[][] predicted = new double[k][points];
        double[][] measured = new double[k][points];
        double[] start = projections(net, x, y, s, k);
        MeanSquaredError loss = new MeanSquaredError(y);
        listener.start("kernel prediction, eta " + eta, steps);
        int p = 0;
        boolean diverged = false;
        for (long t = 0; t <= steps; t++) {
            if (t % every == 0) {
                double[] now = t == 0 ? start : projections(net, x, y, s, k);
                if (!Double.isFinite(now[0])) {
                    diverged = true;
                    break;
                }
                at[p] = t;
                for (int i = 0; i < k; i++) {
                    predicted[i][p] = Math.abs(Math.pow(1 - c * eta * lambda[i], t) * start[i]);
                    measured[i][p] = Math.abs(now[i]);
                }
                p++;
                listener.advance(t, "");
            }
            if (t < steps) {
                net.lossAndGradients(x, loss, 0, t);
                Precision.axpy(-eta, net.parameters().gradients(), net.parameters().trainableValues());
            }
        }
        listener.finish(diverged ? "diverged" : "done");
        double norm = 0;
        for (double v : start) {
            norm += v * v;
        }
        double floor = 1e-5 * Math.sqrt(norm);
        long[] part = new long[k];
        for (int i = 0; i < k; i++) {
            part[i] = -1;
            for (int j = 0; j < p; j++) {
                if (Math.abs(measured[i][j] - predicted[i][j]) > PART * Math.max(predicted[i][j], floor)) {
                    part[i] = at[j];
                    break;
                }
            }
        }
        double[][] pr = new double[k][];
        double[][] me = new double[k][];
        for (int i = 0; i < k; i++) {
            pr[i] = java.util.Arrays.copyOf(predicted[i], p);
            me[i] = java.util.Arrays.copyOf(measured[i], p);
        }
        return new KernelPrediction(eta, c, n, edge, java.util.Arrays.copyOf(at, p), lambda, pr, me, part, diverged);
    }

    /** {@code u_k . (f(X) - y)} for the first {@code k} features. */
    private static double[] projections(FullyConnectedNet net, MatrixF64 x, MatrixF64 y, FeatureSpectrum s, int k) {
        double[] f = net.forward(x, true, 0).columnArray(0);
        double[] out = new double[k];
        for (int i = 0; i < k; i++) {
            double[] u = s.leftVectors()[i];
            double d = 0;
            for (int j = 0; j < f.length; j++) {
                d += u[j] * (f[j] - y.get(j, 0));
            }
            out[i] = d;
        }
        return out;
    }
}
