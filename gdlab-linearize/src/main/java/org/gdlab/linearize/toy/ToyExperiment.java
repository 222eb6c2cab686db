package org.gdlab.linearize.toy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.random.RandomStream;
import org.gdlab.linearize.FeatureSpectrum;
import org.gdlab.linearize.ScalarOutput;
import org.gdlab.nn.data.RegressionSet;
import org.gdlab.nn.layer.LeakyRelu;
import org.gdlab.nn.loss.MeanSquaredError;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.model.Parameter;
import org.gdlab.nn.model.ParameterSpec.Kind;
import org.gdlab.nn.tensor.Precision;
import org.gdlab.nn.train.Divergence;
import org.gdlab.nn.train.TrainConfig;
import org.gdlab.nn.train.TrainResult;
import org.gdlab.nn.train.Trainer;

/**
 * Runs the 1-D toy: draws the data, builds and initializes a float64 MLP
 * {@code 1 -> [width]*depth -> 1}, reports its linearization, trains it with MSE through
 * {@link Trainer#fitRegression} (reporting every {@code saveEvery} steps), and reports again.
 *
 * <p>Initialization: weights from the initializer with stream {@code RandomStream(seed).split("init")},
 * biases zero; with elbows in range, first-layer bias {@code b_j = -w_j e_j} with {@code e_j}
 * uniform on the training range (stream {@code elbows}), so the elbow of unit {@code j}, where
 * {@code w_j x + b_j = 0}, is at {@code x = e_j}.
 *
 * <p>Divergence: training stops at the step where the loss left finite values; the report after
 * training is made on the parameters reached, its spectrum null with a note when the features are
 * not finite. The report at initialization is always complete.
 */
public final class ToyExperiment {
    /** About how many loss samples the summary keeps. */
    static final int LOSS_SAMPLES = 1000;

    private ToyExperiment() {
    }

    /**
     * Runs {@code config}; {@code listener} follows the training steps.
     *
     * @param config what to run
     * @param listener told of the training steps
     * @return the data, training summary and every report
     */
    public static ToyResult run(ToyConfig config, ProgressListener listener) {
        return run(config, listener, report -> {
        });
    }

    /**
     * Runs {@code config}; {@code listener} follows the training steps and {@code onReport} receives
     * each report as soon as it is made (at initialization, every {@code saveEvery} steps, after
     * training), on the training thread: the explorer streams them while the network trains.
     *
     * @param config what to run
     * @param listener told of the training steps
     * @param onReport called with each report in order, first the one at initialization
     * @return the data, training summary and every report
     */
    public static ToyResult run(ToyConfig config, ProgressListener listener, Consumer<LinearizationReport> onReport) {
        long start = System.nanoTime();
        ToyData data = ToyData.of(config);
        FullyConnectedNet net = network(config);
        MatrixF64 trainX = data.trainInputs();
        MatrixF64 trainY = data.trainTargets();
        MatrixF64 grid = data.gridInputs();
        List<LinearizationReport> reports = new ArrayList<>();
        reports.add(report(net, config, data, 0));
        onReport.accept(reports.get(0));
        TrainingSummary training;
        if (config.steps() == 0) {
            training = new TrainingSummary("not trained", 0, -1, "", new long[0], new double[0], 0);
        } else {
            Trainer trainer = new Trainer(TrainConfig.of(config.batch(), 1, config.seed()));
            TrainResult r = trainer.fitRegression(net, config.optimizer().create(),
                    new RegressionSet(config.target().describe() + ", " + config.samples() + " points", trainX, trainY),
                    config.steps(), config.saveEvery(), (steps, n) -> {
                        if (steps < config.steps()) {
                            reports.add(report(n, config, data, steps));
                            onReport.accept(reports.get(reports.size() - 1));
                        }
                    }, listener);
            long taken = r.divergence().map(Divergence::iteration).orElse(r.iterations());
            training = summary(r, taken);
            reports.add(report(net, config, data, taken));
            onReport.accept(reports.get(reports.size() - 1));
        }
        return new ToyResult(config.describe(), data, training, List.copyOf(reports),
                (System.nanoTime() - start) / 1e9);
    }

    /** The initialized network of {@code config}. */
    static FullyConnectedNet network(ToyConfig config) {
        NetConfig nc = new NetConfig(1, config.hidden(), 1, config.activation(), LeakyRelu.DEFAULT_SLOPE, 0, false,
                Precision.FLOAT64);
        RandomStream root = new RandomStream(config.seed());
        FullyConnectedNet net = new FullyConnectedNet(nc, root.split("dropout"));
        net.initialize(config.init(), root.split("init"));
        if (config.elbowsInRange()) {
            RandomStream elbows = root.split("elbows");
            DenseMatrix<?> w = net.parameters().get("W1").value();
            DenseMatrix<?> b = net.parameters().get("b1").value();
            Interval range = config.trainRange();
            for (int j = 0; j < w.cols(); j++) {
                b.setFromDouble(0, j, -w.getAsDouble(0, j) * elbows.uniform(range.low(), range.high()));
            }
        }
        return net;
    }

    /** The report of {@code net} after {@code step} steps. */
    static LinearizationReport report(FullyConnectedNet net, ToyConfig config, ToyData data, long step) {
        MatrixF64 trainX = data.trainInputs();
        MatrixF64 trainY = data.trainTargets();
        double[] predictions = net.forward(data.gridInputs(), false, 0).columnArray(0);
        double testLoss = meanSquaredError(predictions, data.gridTruth());
        double trainLoss = net.lossAndGradients(trainX, new MeanSquaredError(trainY), 0, 0);
        List<ParameterGradientNorm> norms = new ArrayList<>();
        for (Parameter p : net.parameters().parameters()) {
            String kind = p.spec().kind() == Kind.WEIGHT ? "weight" : "bias";
            norms.add(new ParameterGradientNorm(p.name(), p.spec().layer(), kind, p.gradient().frobeniusNorm()));
        }
        FeatureSpectrum spectrum = config.method().spectrum(net, trainX, data.gridInputs(), new ScalarOutput(0),
                config.features());
        String note = spectrum == null
                ? "features not computed: the network's outputs or gradients are not finite at these parameters" : "";
        double s1 = spectrum == null ? Double.NaN : spectrum.singularValues()[0];
        return new LinearizationReport(step, trainLoss, testLoss, List.copyOf(norms), predictions, spectrum,
                config.samples() / (s1 * s1), note);
    }

    private static double meanSquaredError(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double r = a[i] - b[i];
            s += r * r;
        }
        return s / a.length;
    }

    private static TrainingSummary summary(TrainResult r, long taken) {
        double[] loss = r.history().loss();
        int recorded = loss.length;
        int every = Math.max(1, recorded / LOSS_SAMPLES);
        List<Integer> at = new ArrayList<>();
        for (int t = 0; t < recorded; t += every) {
            at.add(t);
        }
        if (at.get(at.size() - 1) != recorded - 1) {
            at.add(recorded - 1);
        }
        long[] steps = new long[at.size()];
        double[] values = new double[at.size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = at.get(i);
            values[i] = loss[at.get(i)];
        }
        return new TrainingSummary(r.divergence().isPresent() ? "diverged" : "completed", taken,
                r.divergence().map(Divergence::iteration).orElse(-1L), r.divergence().map(Divergence::message).orElse(""),
                steps, values, r.trainSeconds());
    }
}
