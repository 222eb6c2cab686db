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

    /** The buffers of a batch-norm layer. */
    static final class BatchNormCache implements Cache {
        final DenseMatrix<?> xhat;
        final DenseMatrix<?> out;
        final DenseMatrix<?> dx;
        final double[] mean;
        final double[] invStd;
        final double[] sumG;
        final double[] sumGXhat;
        final Access xhatAccess;
        final Access outAccess;
        final Access dxAccess;
        Access in;
        Access upstream;
        boolean trained;

        BatchNormCache(Precision precision, int batch, int d) {
            xhat = precision.zeros(batch, d);
            out = precision.zeros(batch, d);
            dx = precision.zeros(batch, d);
            mean = new double[d];
            invStd = new double[d];
            sumG = new double[d];
            sumGXhat = new double[d];
            xhatAccess = Access.of(xhat);
            outAccess = Access.of(out);
            dxAccess = Access.of(dx);
        }

        @Override
        public int batch() {
            return out.rows();
        }
    }

    @Override
    public Cache newCache(Precision precision, int batch) {
        return new BatchNormCache(precision, batch, inputSize());
    }

    @Override
    public DenseMatrix<?> forward(DenseMatrix<?> x, Cache cache, boolean training, long iteration) {
        BatchNormCache c = (BatchNormCache) cache;
        c.trained = training;
        c.in = Access.reuse(c.in, x);
        Access in = c.in;
        Access rm = meanAccess;
        Access rv = varAccess;
        int n = x.rows();
        int d = inputSize();
        if (training) {
            for (int j = 0; j < d; j++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += in.get(i, j);
                }
                double mu = s / n;
                double ss = 0;
                for (int i = 0; i < n; i++) {
                    double v = in.get(i, j) - mu;
                    ss += v * v;
                }
                double var = ss / n;
                c.mean[j] = mu;
                c.invStd[j] = 1 / Math.sqrt(var + eps);
                rm.put(j, momentum * rm.at(j) + (1 - momentum) * mu);
                rv.put(j, momentum * rv.at(j) + (1 - momentum) * var);
            }
        } else {
            for (int j = 0; j < d; j++) {
                c.mean[j] = rm.at(j);
                c.invStd[j] = 1 / Math.sqrt(rv.at(j) + eps);
            }
        }
        Access xh = c.xhatAccess;
        Access out = c.outAccess;
        Access g = gammaAccess;
        Access b = betaAccess;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double h = (in.get(i, j) - c.mean[j]) * c.invStd[j];
                xh.set(i, j, h);
                out.set(i, j, g.at(j) * h + b.at(j));
            }
        }
        return c.out;
    }

    @Override
    public DenseMatrix<?> backward(DenseMatrix<?> dOut, Cache cache) {
        BatchNormCache c = (BatchNormCache) cache;
        c.upstream = Access.reuse(c.upstream, dOut);
        Access up = c.upstream;
        Access xh = c.xhatAccess;
        Access g = gammaAccess;
        Access dg = dGammaAccess;
        Access db = dBetaAccess;
        Access dx = c.dxAccess;
        int n = dOut.rows();
        int d = inputSize();
        for (int j = 0; j < d; j++) {
            double s = 0;
            double sh = 0;
            for (int i = 0; i < n; i++) {
                double u = up.get(i, j);
                s += u;
                sh += u * xh.get(i, j);
            }
            db.put(j, db.at(j) + s);
            dg.put(j, dg.at(j) + sh);
            c.sumG[j] = g.at(j) * s / n;
            c.sumGXhat[j] = g.at(j) * sh / n;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double gij = up.get(i, j) * g.at(j);
                double v = c.trained ? gij - c.sumG[j] - xh.get(i, j) * c.sumGXhat[j] : gij;
                dx.set(i, j, v * c.invStd[j]);
            }
        }
        return c.dx;
    }
}
