package org.gdlab.lab.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gdlab.core.linalg.SingularValueDecomposition;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.random.RandomStream;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.DataSplits;
import org.gdlab.nn.data.Dataset;
import org.gdlab.nn.hessian.Lanczos;
import org.gdlab.nn.hessian.PearlmutterHessian;
import org.gdlab.nn.init.HeInitializer;
import org.gdlab.nn.init.XavierInitializer;
import org.gdlab.nn.layer.LeakyRelu;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.loss.Loss;
import org.gdlab.nn.loss.LossKind;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.tensor.Precision;

/**
 * {@code edge-of-stability}: problem 1's bound asked of networks. Full-batch gradient descent
 * (no momentum) {@code theta <- theta - eta grad L(theta)} on a fixed subset of training images,
 * measuring every few steps the sharpness {@code lambda_1} (the top eigenvalue of the Hessian of
 * {@code L}, by Lanczos on exact Hessian-vector products, each started from the last top Ritz
 * vector) beside the stability edge {@code 2 / eta} of the loss's quadratic model. A ReLU and a
 * tanh MLP each run at several step sizes; Cohen et al. (ICLR 2021) found that the sharpness rises
 * ("progressive sharpening") to about {@code 2 / eta} and then hovers there while the loss keeps
 * falling, not monotonically. Beside them, least squares (the same data, no hidden layer, MSE),
 * whose Hessian {@code (2/(n k)) X~^T X~} ({@code X~ = [X, 1]}) does not move: its sharpness is
 * {@code 2 sigma_max^2 / (n k)}, from LAPACK's SVD, and GD converges below {@code 2 / lambda_1}
 * and diverges above it, exactly problem 1's bound ({@code eta < 1/sigma_max^2} for the
 * unnormalized {@code ||y - Xw||^2}).
 *
 * <p>The subset is the first {@code trainSize} training images (no validation split: nothing is
 * validated), centred by their mean. The GD steps run in float32 (as training does); each sharpness is measured on a float64
 * copy. A run stops as diverged when its loss is not finite or exceeds 1e6 times its start.
 */
public final class EdgeOfStabilityExperiment {
    private static final double DIVERGED = 1e6;

    private EdgeOfStabilityExperiment() {
    }

    /**
     * The setup.
     *
     * @param trainSize the images of the fixed training subset (>= 1)
     * @param hidden the hidden widths of both MLPs
     * @param activations the MLPs' activations (ReLU with He, tanh with Xavier initialization)
     * @param loss the loss of the MLPs (least squares is always MSE)
     * @param learningRates the MLPs' step sizes, each > 0
     * @param steps GD steps per run (>= 1)
     * @param sharpnessEvery measure the sharpness every this many steps (>= 1), and at step 0
     * @param lanczosSteps Lanczos steps per measurement (>= 1)
     * @param leastSquaresFractions least squares' step sizes as fractions of its edge {@code 2 / lambda_1}, each > 0
     * @param seed the initialization and the first Lanczos start
     */
    public record Config(int trainSize, int[] hidden, List<Nonlinearity> activations, LossKind loss, double[] learningRates,
                         int steps, int sharpnessEvery, int lanczosSteps, double[] leastSquaresFractions, long seed) {
        /**
         * Validates every field, naming it.
         *
         * @param trainSize the images of the fixed training subset (>= 1)
         * @param hidden the hidden widths of both MLPs
         * @param activations the MLPs' activations (ReLU with He, tanh with Xavier initialization)
         * @param loss the loss of the MLPs (least squares is always MSE)
         * @param learningRates the MLPs' step sizes, each > 0
         * @param steps GD steps per run (>= 1)
         * @param sharpnessEvery measure the sharpness every this many steps (>= 1), and at step 0
         * @param lanczosSteps Lanczos steps per measurement (>= 1)
         * @param leastSquaresFractions least squares' step sizes as fractions of its edge {@code 2 / lambda_1}, each > 0
         * @param seed the initialization and the first Lanczos start
         */
        public Config {
            Check.positive("train size", trainSize);
            hidden = hidden.clone();
            activations = List.copyOf(activations);
            if (activations.isEmpty() || activations.contains(Nonlinearity.LINEAR)) {
                throw Check.invalid("activations", activations, "must be one or more of relu, leaky-relu, tanh");
            }
            if (loss == null) {
                throw Check.invalid("loss", null, "must be mse or cross-entropy");
            }
            LearningRates.check(learningRates);
            Check.positive("steps", steps);
            Check.positive("sharpness every", sharpnessEvery);
            Check.positive("Lanczos steps", lanczosSteps);
            for (double f : leastSquaresFractions) {
                Check.positive("least-squares fraction", f);
            }
            learningRates = learningRates.clone();
            leastSquaresFractions = leastSquaresFractions.clone();
        }

        /**
         * A copy of the hidden widths.
         *
         * @return {@code hidden}, cloned so that the record stays unchanged
         */
        @Override
        public int[] hidden() {
            return hidden.clone();
        }

        /**
         * A copy of the MLPs' step sizes.
         *
         * @return {@code learningRates}, cloned so that the record stays unchanged
         */
        @Override
        public double[] learningRates() {
            return learningRates.clone();
        }

        /**
         * A copy of least squares' step sizes as fractions of its edge.
         *
         * @return {@code leastSquaresFractions}, cloned so that the record stays unchanged
         */
        @Override
        public double[] leastSquaresFractions() {
            return leastSquaresFractions.clone();
        }

        /**
         * 1,000 Fashion-MNIST images, 784-[64]-10 ReLU and tanh MLPs with MSE at eta 0.7, 0.4 and 0.15
         * (2/eta = 2.9, 5 and 13.3, around the nets' sharpness at initialization, about 3.9 and 7.5)
         * for 250 steps, the sharpness every 10 steps by 8 warm-started Lanczos steps; least squares
         * at 0.9 and 1.1 of its edge. --quick: 200 images, [16], 60 steps, eta 0.7 and 0.15, the
         * sharpness every 20 steps.
         *
         * @param options {@code --quick} picks the reduced sizes; {@code --seed} the initialization
         * @return the setup, validated
         */
        public static Config of(ExperimentOptions options) {
            boolean q = options.quick();
            return new Config(q ? 200 : 1000, new int[] {q ? 16 : 64}, List.of(Nonlinearity.RELU, Nonlinearity.TANH),
                    LossKind.MSE, q ? new double[] {0.7, 0.15} : new double[] {0.7, 0.4, 0.15}, q ? 60 : 250,
                    q ? 20 : 10, 8, new double[] {0.9, 1.1}, options.seed());
        }
    }

    /**
     * One GD run.
     *
     * @param network e.g. {@code 784-[64]-10 relu}
     * @param learningRate the step size eta
     * @param edge {@code 2 / eta}
     * @param loss the training loss before each step (up to where it stopped)
     * @param sharpnessSteps the steps at which the sharpness was measured
     * @param sharpness the sharpness at those steps
     * @param firstAtEdge the first measured step whose sharpness is >= {@code edge}, -1 if none
     * @param maxSharpness the largest sharpness measured
     * @param diverged whether the loss blew up
     * @param stoppedAt the steps taken
     */
    public record Run(String network, double learningRate, double edge, double[] loss, int[] sharpnessSteps,
                      double[] sharpness, int firstAtEdge, double maxSharpness, boolean diverged, int stoppedAt) {
        /**
         * The last sharpness measured.
         *
         * @return the sharpness at the last measured step
         */
        public double finalSharpness() {
            return sharpness[sharpness.length - 1];
        }

        /**
         * The first measured step whose sharpness is below {@code edge}, -1 if none.
         *
         * @return the step of the first measurement with {@code lambda_1 < 2 / eta}, or -1
         */
        public int firstBelowEdge() {
            for (int i = 0; i < sharpness.length; i++) {
                if (sharpness[i] < edge) {
                    return sharpnessSteps[i];
                }
            }
            return -1;
        }

        /**
         * {@code maxSharpness / edge}: how far past {@code 2 / eta} the sharpness went (1 is at the edge).
         *
         * @return {@code maxSharpness / edge}; above 1 when the sharpness went past {@code 2 / eta}
         */
        public double overshoot() {
            return maxSharpness / edge;
        }

        /**
         * The number of steps whose loss is above the step before's (GD on a quadratic below its edge has none).
         *
         * @return the count of steps {@code t >= 1} with {@code loss[t] > loss[t - 1]}
         */
        public int lossIncreases() {
            int up = 0;
            for (int t = 1; t < loss.length; t++) {
                if (loss[t] > loss[t - 1]) {
                    up++;
                }
            }
            return up;
        }
    }

    /**
     * What the experiment measured.
     *
     * @param config the setup
     * @param data the data's provenance
     * @param runs the MLP runs, by activation then learning rate
     * @param leastSquaresSharpness {@code 2 sigma_max^2 / (n k)} of {@code X~ = [X, 1]} from LAPACK
     * @param leastSquaresMeasured the sharpness Lanczos measured at least squares' initialization
     * @param leastSquares least squares' runs, at the config's fractions of {@code 2 / leastSquaresSharpness}
     */
    public record Result(Config config, Map<String, Object> data, List<Run> runs, double leastSquaresSharpness,
                         double leastSquaresMeasured, List<Run> leastSquares) {
    }

    /**
     * Runs the setup on {@code options.data()}.
     *
     * @param c the setup, e.g. {@link Config#of}
     * @param options the data set (its first {@code trainSize} training images are used)
     * @param listener told of the GD steps of every run
     * @return every MLP and least-squares run, with least squares' sharpness from LAPACK and from Lanczos
     */
    public static Result run(Config c, ExperimentOptions options, ProgressListener listener) {
        DataSplits data = NetTraining.load(options.data(), c.trainSize(), 0);
        Dataset train = data.train();
        MatrixF32 x = train.inputs();
        int classes = train.classes();
        long total = (long) c.steps() * (c.activations().size() * c.learningRates().length + c.leastSquaresFractions().length);
        listener.start("edge of stability on " + train.size() + " images", total);
        long[] done = {0};
        List<Run> runs = new ArrayList<>();
        for (Nonlinearity f : c.activations()) {
            for (double eta : c.learningRates()) {
                FullyConnectedNet net = newNet(c, train, c.hidden(), f);
                runs.add(descend(net, x, c.loss().bind(train.labels(), 0, train.size(), classes), eta, c, listener, done));
            }
        }
        double closedForm = leastSquaresSharpness(x, classes);
        Loss mse = LossKind.MSE.bind(train.labels(), 0, train.size(), classes);
        FullyConnectedNet probe = newNet(c, train, new int[0], Nonlinearity.RELU);
        double measured = Lanczos.run(new PearlmutterHessian(probe, x, mse, 0), start(probe, c.seed()),
                Math.min(c.lanczosSteps(), probe.parameters().trainableSize()), 0).values()[0];
        List<Run> leastSquares = new ArrayList<>();
        for (double fraction : c.leastSquaresFractions()) {
            FullyConnectedNet net = newNet(c, train, new int[0], Nonlinearity.RELU);
            leastSquares.add(descend(net, x, mse, fraction * 2 / closedForm, c, listener, done));
        }
        listener.finish("done");
        return new Result(c, data.provenance(), runs, closedForm, measured, leastSquares);
    }

    /** The float32 net for the data: He initialization for the rectifiers, Xavier for tanh. */
    private static FullyConnectedNet newNet(Config c, Dataset train, int[] hidden, Nonlinearity f) {
        NetConfig config = new NetConfig(train.features(), hidden, train.classes(), f, LeakyRelu.DEFAULT_SLOPE, 0, false,
                Precision.FLOAT32);
        RandomStream root = new RandomStream(c.seed());
        FullyConnectedNet net = new FullyConnectedNet(config, root.split("dropout"));
        net.initialize(f == Nonlinearity.TANH ? new XavierInitializer() : new HeInitializer(), root.split("init"));
        return net;
    }

    /** A seeded random start for Lanczos. */
    private static double[] start(FullyConnectedNet net, long seed) {
        return Lanczos.randomStart(net.parameters().trainableSize(), new RandomStream(seed).split("lanczos"));
    }

    /** Full-batch GD at step {@code eta}, measuring the sharpness as configured. */
    private static Run descend(FullyConnectedNet net, MatrixF32 x, Loss loss, double eta, Config c,
                               ProgressListener listener, long[] done) {
        MatrixF64 x64 = MatrixF64.copyOf(x);
        String name = net.config().describe() + (net.depth() > 1 ? " " + net.config().activation().label() : " least squares");
        double[] losses = new double[c.steps()];
        List<Integer> at = new ArrayList<>();
        List<Double> sharp = new ArrayList<>();
        double[] direction = start(net, c.seed());
        int steps = Math.min(c.lanczosSteps(), net.parameters().trainableSize());
        boolean diverged = false;
        int t = 0;
        for (; t < c.steps(); t++) {
            if (t % c.sharpnessEvery() == 0) {
                Lanczos.Result r = Lanczos.run(new PearlmutterHessian(net, x64, loss, 0), direction, steps, 1);
                at.add(t);
                sharp.add(r.values()[0]);
                direction = r.vectors()[0];
            }
            losses[t] = net.lossAndGradients(x, loss, 0, t);
            if (!Double.isFinite(losses[t]) || losses[t] > DIVERGED * losses[0]) {
                diverged = true;
                t++;
                break;
            }
            Precision.axpy(-eta, net.parameters().gradients(), net.parameters().trainableValues());
            listener.advance(++done[0], String.format(java.util.Locale.ROOT, "%s eta %.3g loss %.4g", name, eta, losses[t]));
        }
        double edge = 2 / eta;
        double[] s = sharp.stream().mapToDouble(Double::doubleValue).toArray();
        int first = -1;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s.length; i++) {
            if (first < 0 && s[i] >= edge) {
                first = at.get(i);
            }
            max = Math.max(max, s[i]);
        }
        return new Run(name, eta, edge, Arrays.copyOf(losses, t), at.stream().mapToInt(Integer::intValue).toArray(), s,
                first, max, diverged, t);
    }

    /** {@code 2 sigma_max^2 / (n k)} of {@code X~ = [X, 1]}: the Hessian's top eigenvalue of MSE least squares. */
    static double leastSquaresSharpness(MatrixF32 x, int classes) {
        int n = x.rows();
        int d = x.cols();
        MatrixF64 xt = MatrixF64.zeros(n, d + 1);
        xt.block(0, 0, n, d).copyFrom(x);
        xt.block(0, d, n, 1).fill(1);
        double s = SingularValueDecomposition.singularValues(xt)[0];
        return 2 * s * s / ((double) n * classes);
    }
}
