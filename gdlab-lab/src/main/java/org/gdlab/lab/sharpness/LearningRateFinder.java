package org.gdlab.lab.sharpness;

import java.util.Map;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.random.RandomStream;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.DataConfig;
import org.gdlab.nn.data.DataSplits;
import org.gdlab.nn.data.Dataset;
import org.gdlab.nn.hessian.Lanczos;
import org.gdlab.nn.hessian.PearlmutterHessian;
import org.gdlab.nn.loss.LossKind;
import org.gdlab.nn.loss.SoftmaxCrossEntropy;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.tensor.Precision;
import org.gdlab.nn.tensor.Rows;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;

/**
 * {@code gdlab lr-find}: the learning-rate range test beside what theory says is the edge.
 * On least squares {@code ||y - X w||^2} (in SVD coordinates, from {@code w = 0}) the edge is
 * problem 1's {@code eta < 1 / sigma_max^2}, exactly; on a network (minibatch SGD with softmax
 * cross-entropy from its initialization) it is {@code 2 / lambda_1}, the bound of the loss's
 * quadratic model at initialization with the sharpness {@code lambda_1} measured on a full batch
 * of training examples.
 *
 * @param problem what was tested, e.g. {@code least squares, 2 singular values} or {@code 784-[100]-10 relu}
 * @param config the schedule
 * @param curve the test's curve and suggestion
 * @param edge the theory's edge
 * @param edgeRule how the edge was computed
 * @param data the data's provenance (empty for least squares)
 */
public record LearningRateFinder(String problem, RangeTestConfig config, LearningRateRangeTest.Curve curve, double edge,
                                 String edgeRule, Map<String, Object> data) {
    /** Lanczos steps for the network's sharpness at initialization. */
    public static final int LANCZOS_STEPS = 20;

    /**
     * Where the test and the theory disagree: the learning rate rose past the edge (by more than a
     * factor of 2), yet the loss neither blew up nor stopped the test. On least squares this happens
     * when the coordinates that the edge protects have reached a residual of exactly zero in floating
     * point (GD keeps an exact zero at zero at any step), so the test cannot see the edge; on a
     * network the sharpness also moves while it trains. Empty when they agree (the test stopped on a
     * growing or non-finite loss, or never went past twice the edge). On {@code sigma^2 in {5, 0.05}}
     * the sigma^2 = 5 coordinate's residual is exactly 0.0 from the 200th of 300 steps on (lr 0.095).
     *
     * @return one line saying how far past the edge the test went and why the loss did not show it, or empty
     */
    public java.util.Optional<String> disagreement() {
        double[] lr = curve.learningRates();
        double last = lr.length == 0 ? 0 : lr[lr.length - 1];
        if (!"all steps".equals(curve.stopReason()) || !(last > 2 * edge)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.format(java.util.Locale.ROOT, "the test and the theory disagree: the learning "
                + "rate reached %.4g, %.3g times the edge, and the loss never blew up; %s", last, last / edge,
                data.isEmpty() ? "the coordinates the edge protects had converged before the learning rate passed it, "
                        + "to a residual of exactly zero or too small for the steps past the edge to grow back (GD keeps an "
                        + "exact zero at zero), so this test cannot show the edge"
                        : "the sharpness moved away from its value at initialization while the net trained"));
    }

    /**
     * The test on least squares given by its spectrum, GD {@code w_i <- w_i - 2 eta sigma_i (sigma_i w_i - y'_i)}.
     *
     * @param s the spectrum: singular values {@code sigma_i} and targets {@code y'_i} in SVD coordinates
     * @param c the range test's schedule and smoothing
     * @param listener told of the test's steps
     * @return the curve beside the edge {@code 1 / sigma_max^2}
     */
    public static LearningRateFinder leastSquares(LeastSquaresSpectrum s, RangeTestConfig c, ProgressListener listener) {
        LearningRateRangeTest.Curve curve = LearningRateRangeTest.run(c, new LeastSquaresObjective(s), listener);
        return new LearningRateFinder("least squares " + s.source() + ", " + s.size() + " singular values", c, curve,
                1 / s.largest(), "1 / sigma_max^2 (problem 1)", Map.of());
    }

    /**
     * The test on a fresh net: minibatch SGD of {@code batch} on the training split, shuffled by
     * {@code RandomStream(seed).split("shuffle")}; the sharpness on the first {@code examples} examples.
     *
     * @param fresh the net at initialization (its seed also seeds the shuffle and the Lanczos start)
     * @param dataConfig the data; SGD runs on its training split
     * @param batch the minibatch size, in {@code [1, train size]}
     * @param examples the first training examples the sharpness is measured on, in {@code [1, min(train size, PearlmutterHessian.MAX_EXAMPLES)]}
     * @param c the range test's schedule and smoothing
     * @param listener told of the test's steps
     * @return the curve beside the edge {@code 2 / lambda_1}, {@code lambda_1} from {@value #LANCZOS_STEPS} Lanczos steps
     */
    public static LearningRateFinder network(FreshNet fresh, DataConfig dataConfig, int batch, int examples,
                                             RangeTestConfig c, ProgressListener listener) {
        DataSplits data = DataSplits.load(dataConfig);
        Dataset train = data.train();
        Check.inRange("--batch", batch, 1, train.size());
        Check.inRange("--examples", examples, 1, Math.min(train.size(), PearlmutterHessian.MAX_EXAMPLES));
        FullyConnectedNet net = fresh.build(train);
        PearlmutterHessian h = new PearlmutterHessian(net, train.inputs().rowRange(0, examples),
                LossKind.CROSS_ENTROPY.bind(train.labels(), 0, examples, train.classes()), 0);
        double[] start = Lanczos.randomStart(h.dimension(), new RandomStream(fresh.seed()).split("lanczos"));
        double sharpness = Lanczos.run(h, start, Math.min(LANCZOS_STEPS, h.dimension()), 0).values()[0];
        LearningRateRangeTest.Curve curve = LearningRateRangeTest.run(c,
                new SgdObjective(net, train, batch, new RandomStream(fresh.seed()).split("shuffle")), listener);
        return new LearningRateFinder(net.config().describe() + " " + net.config().activation().label(), c, curve,
                2 / sharpness, String.format(java.util.Locale.ROOT, "2 / sharpness at initialization (%.6g, softmax "
                        + "cross-entropy on %d examples)", sharpness, examples), data.provenance());
    }

    /** GD on {@code sum_i (y'_i - sigma_i w_i)^2} from {@code w = 0}. */
    private static final class LeastSquaresObjective implements LearningRateRangeTest.Objective {
        private final LeastSquaresSpectrum s;
        private final double[] w;

        LeastSquaresObjective(LeastSquaresSpectrum s) {
            this.s = s;
            this.w = new double[s.size()];
        }

        @Override
        public double lossThenStep(int t, double eta) {
            double loss = 0;
            for (int i = 0; i < w.length; i++) {
                double r = s.sigma(i) * w[i] - s.target(i);
                loss += r * r;
                w[i] -= 2 * eta * s.sigma(i) * r;
            }
            return loss;
        }

        @Override
        public double[] save() {
            return w.clone();
        }

        @Override
        public void restore(double[] saved) {
            System.arraycopy(saved, 0, w, 0, w.length);
        }
    }

    /** Minibatch SGD {@code theta <- theta - eta g} with softmax cross-entropy, batches in a seeded shuffled order. */
    private static final class SgdObjective implements LearningRateRangeTest.Objective {
        private final FullyConnectedNet net;
        private final Dataset train;
        private final int batch;
        private final RandomStream stream;
        private final int[] labels;
        private final SoftmaxCrossEntropy loss;
        private int[] order;
        private int epoch = -1;

        SgdObjective(FullyConnectedNet net, Dataset train, int batch, RandomStream stream) {
            this.net = net;
            this.train = train;
            this.batch = batch;
            this.stream = stream;
            this.labels = new int[batch];
            this.loss = new SoftmaxCrossEntropy(labels);
        }

        @Override
        public double lossThenStep(int t, double eta) {
            int perEpoch = train.size() / batch;
            int e = t / perEpoch;
            if (e != epoch) {
                epoch = e;
                order = stream.split(e).permutation(train.size());
            }
            int from = (t % perEpoch) * batch;
            DenseMatrix<?> x = net.inputBuffer(batch);
            Rows.gather(train.inputs(), order, from, x);
            Rows.gather(train.labels(), order, from, labels);
            double value = net.lossAndGradients(x, loss, 0, t);
            Precision.axpy(-eta, net.parameters().gradients(), net.parameters().trainableValues());
            return value;
        }

        @Override
        public double[] save() {
            return net.parameters().trainableValues().toDoubleArray();
        }

        @Override
        public void restore(double[] saved) {
            DenseMatrix<?> v = net.parameters().trainableValues();
            for (int k = 0; k < saved.length; k++) {
                v.setFromDouble(0, k, saved[k]);
            }
        }
    }
}
