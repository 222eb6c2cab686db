package org.gdlab.nn.layer;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.model.Parameter;
import org.gdlab.nn.tensor.Access;
import org.gdlab.nn.tensor.Precision;

/**
 * Batch normalization of each feature over the minibatch (Ioffe and Szegedy 2015).
 *
 * <p>Training: {@code mu_j = mean_i x_ij}, {@code var_j = mean_i (x_ij - mu_j)^2} (biased),
 * {@code xhat_ij = (x_ij - mu_j) / sqrt(var_j + eps)}, {@code out_ij = gamma_j xhat_ij + beta_j};
 * the running statistics move as {@code running <- momentum * running + (1 - momentum) * batch}
 * (CS231n's convention, momentum 0.9; PyTorch's "momentum" is {@code 1 - momentum}).
 * Backward: {@code dgamma_j += sum_i dOut_ij xhat_ij}, {@code dbeta_j += sum_i dOut_ij}, and with
 * {@code g = dOut * gamma}: {@code dx_ij = (g_ij - mean_i g_ij - xhat_ij mean_i (g_ij xhat_ij)) / sqrt(var_j + eps)}.
 *
 * <p>Evaluation: the running statistics replace the batch's, so the layer is the affine map
 * {@code out = gamma (x - running_mean) / sqrt(running_var + eps) + beta}, and backward
 * {@code dx = dOut gamma / sqrt(running_var + eps)}. Starting state: gamma 1, beta 0, running
 * mean 0, running variance 1 ({@link #reset()}).
 */
public final class BatchNorm implements Layer {
    /** The default {@code eps}. */
    public static final double DEFAULT_EPS = 1e-5;
    /** The default momentum of the running statistics. */
    public static final double DEFAULT_MOMENTUM = 0.9;

    private final Parameter gamma;
    private final Parameter beta;
    private final Parameter runningMean;
    private final Parameter runningVar;
    private final double eps;
    private final double momentum;
    private final Access gammaAccess;
    private final Access betaAccess;
    private final Access meanAccess;
    private final Access varAccess;
    private final Access dGammaAccess;
    private final Access dBetaAccess;

    /**
     * Batch normalization on the {@code 1 x d} parameters gamma and beta and the {@code 1 x d}
     * state running mean and running variance.
     *
     * @param gamma the {@code 1 x d} scale
     * @param beta the {@code 1 x d} shift
     * @param runningMean the {@code 1 x d} running mean, updated by training forward passes
     * @param runningVar the {@code 1 x d} running variance, updated by training forward passes
     * @param eps the {@code > 0} added to the variance before the square root
     * @param momentum the weight of the old running statistics in each update, in [0, 1]
     */
    public BatchNorm(Parameter gamma, Parameter beta, Parameter runningMean, Parameter runningVar,
                     double eps, double momentum) {
        for (Parameter q : new Parameter[] {beta, runningMean, runningVar}) {
            gamma.value().requireSameShape(q.value(), "batch norm " + gamma.name() + " and " + q.name());
        }
        this.gamma = gamma;
        this.beta = beta;
        this.runningMean = runningMean;
        this.runningVar = runningVar;
        this.eps = Check.positive("batch norm eps", eps);
        this.momentum = Check.inClosedRange("batch norm momentum", momentum, 0, 1);
        this.gammaAccess = Access.of(gamma.value());
        this.betaAccess = Access.of(beta.value());
        this.meanAccess = Access.of(runningMean.value());
        this.varAccess = Access.of(runningVar.value());
        this.dGammaAccess = Access.of(gamma.gradient());
        this.dBetaAccess = Access.of(beta.gradient());
    }

    /** Sets gamma 1, beta 0, running mean 0, running variance 1. */
    public void reset() {
        gamma.value().fill(1);
        beta.value().fill(0);
        runningMean.value().fill(0);
        runningVar.value().fill(1);
    }

    @Override
    public String describe() {
        return "batchnorm";
    }

    @Override
    public int inputSize() {
        return gamma.value().cols();
    }

    @Override
    public int outputSize() {
        return inputSize();
    }

    /** The buffers of a batch-norm layer: {@code xhat} and the per-feature rows besides the {@link RowCache}. */
    static final class BatchNormCache extends RowCache {
        final DenseMatrix<?> xhat;
        final Access xhatAccess;
        final double[] mean;
        final double[] invStd;
        final double[] sumG;
        final double[] sumGXhat;
        final double[] gammaRow;
        final double[] betaRow;
        boolean trained;

        BatchNormCache(Precision precision, int batch, int d) {
            super(precision, batch, d);
            xhat = precision.zeros(batch, d);
            xhatAccess = Access.of(xhat);
            mean = new double[d];
            invStd = new double[d];
            sumG = new double[d];
            sumGXhat = new double[d];
            gammaRow = new double[d];
            betaRow = new double[d];
        }
    }

    @Override
    public Cache newCache(Precision precision, int batch) {
        return new BatchNormCache(precision, batch, inputSize());
    }

    /**
     * {@inheritDoc}
     *
     * <p>Every loop runs a row at a time over heap rows ({@link Access#getRow}), each column
     * accumulating its rows in order, so the sums are those of a column-by-column loop.
     */
    @Override
    public DenseMatrix<?> forward(DenseMatrix<?> x, Cache cache, boolean training, long iteration) {
        BatchNormCache c = (BatchNormCache) cache;
        c.trained = training;
        Access in = c.in(x);
        int n = x.rows();
        int d = inputSize();
        double[] a = c.a;
        if (training) {
            java.util.Arrays.fill(c.mean, 0, d, 0);
            java.util.Arrays.fill(c.invStd, 0, d, 0);
            for (int i = 0; i < n; i++) {
                in.getRow(i, a, d);
                for (int j = 0; j < d; j++) {
                    c.mean[j] += a[j];
                }
            }
            for (int j = 0; j < d; j++) {
                c.mean[j] /= n;
            }
            for (int i = 0; i < n; i++) {
                in.getRow(i, a, d);
                for (int j = 0; j < d; j++) {
                    double v = a[j] - c.mean[j];
                    c.invStd[j] += v * v;
                }
            }
            for (int j = 0; j < d; j++) {
                double var = c.invStd[j] / n;
                c.invStd[j] = 1 / Math.sqrt(var + eps);
                meanAccess.put(j, momentum * meanAccess.at(j) + (1 - momentum) * c.mean[j]);
                varAccess.put(j, momentum * varAccess.at(j) + (1 - momentum) * var);
            }
        } else {
            for (int j = 0; j < d; j++) {
                c.mean[j] = meanAccess.at(j);
                c.invStd[j] = 1 / Math.sqrt(varAccess.at(j) + eps);
            }
        }
        gammaAccess.getRow(0, c.gammaRow, d);
        betaAccess.getRow(0, c.betaRow, d);
        double[] h = c.b;
        for (int i = 0; i < n; i++) {
            in.getRow(i, a, d);
            for (int j = 0; j < d; j++) {
                h[j] = (a[j] - c.mean[j]) * c.invStd[j];
                a[j] = c.gammaRow[j] * h[j] + c.betaRow[j];
            }
            c.xhatAccess.setRow(i, h, d);
            c.outAccess.setRow(i, a, d);
        }
        return c.out;
    }

    @Override
    public DenseMatrix<?> backward(DenseMatrix<?> dOut, Cache cache, ParameterGradients parameterGradients) {
        BatchNormCache c = (BatchNormCache) cache;
        Access up = c.upstream(dOut);
        Access xh = c.xhatAccess;
        int n = dOut.rows();
        int d = inputSize();
        double[] u = c.a;
        double[] h = c.b;
        double[] s = c.sumG;
        double[] sh = c.sumGXhat;
        java.util.Arrays.fill(s, 0, d, 0);
        java.util.Arrays.fill(sh, 0, d, 0);
        for (int i = 0; i < n; i++) {
            up.getRow(i, u, d);
            xh.getRow(i, h, d);
            for (int j = 0; j < d; j++) {
                s[j] += u[j];
                sh[j] += u[j] * h[j];
            }
        }
        gammaAccess.getRow(0, c.gammaRow, d);
        boolean add = parameterGradients == ParameterGradients.ADD;
        for (int j = 0; j < d; j++) {
            if (parameterGradients != ParameterGradients.SKIP) {
                dBetaAccess.put(j, add ? dBetaAccess.at(j) + s[j] : s[j]);
                dGammaAccess.put(j, add ? dGammaAccess.at(j) + sh[j] : sh[j]);
            }
            s[j] = c.gammaRow[j] * s[j] / n;
            sh[j] = c.gammaRow[j] * sh[j] / n;
        }
        for (int i = 0; i < n; i++) {
            up.getRow(i, u, d);
            xh.getRow(i, h, d);
            for (int j = 0; j < d; j++) {
                double gij = u[j] * c.gammaRow[j];
                double v = c.trained ? gij - s[j] - h[j] * sh[j] : gij;
                u[j] = v * c.invStd[j];
            }
            c.dxAccess.setRow(i, u, d);
        }
        return c.dx;
    }
}
