package org.gdlab.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gdlab.core.io.RunFolderLock;
import org.gdlab.core.linalg.Blas;
import org.gdlab.core.validate.Check;
import org.gdlab.linearize.FeatureMethod;
import org.gdlab.linearize.FeatureSpectrum;
import org.gdlab.linearize.ScalarOutput;
import org.gdlab.linearize.model.ModelSpectrum;
import org.gdlab.linearize.toy.Interval;
import org.gdlab.linearize.toy.LinearizationReport;
import org.gdlab.linearize.toy.Target;
import org.gdlab.linearize.toy.ToyConfig;
import org.gdlab.linearize.toy.ToyExperiment;
import org.gdlab.linearize.toy.ToyResult;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.init.Initializers;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.report.linearize.LinearizeCharts;
import org.gdlab.report.linearize.ModelCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gdlab linearize}: the features of a 1-D regression MLP's local linearization, before,
 * during and after training (docs/questions.md section 6).
 */
@Command(name = "linearize", header = "Features of a network's local linearization, before and after.", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {LinearizeSuiteCommand.class, LinearizeBenchCommand.class},
        description = {"Train a 1-D regression MLP 1 -> [width]*depth -> 1 with MSE and report, at initialization, "
                + "every --save-every steps and after training: the norm of the loss gradient for each weight and "
                + "bias, the fit (train and test loss), and the features phi(x) = df(x)/dtheta of its local "
                + "linearization: the singular values of Phi and the top principal features psi_k(x) = phi(x) . v_k "
                + "on the test grid. Divergence is detected and reported with its step.",
            "Exit code: 0 when training finished, " + ExitCode.DIVERGED + " when it finished but diverged (the "
                + "results are written and say at which step), 2 for bad input."})
final class LinearizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Option(names = "--target", defaultValue = "course", paramLabel = "F",
            description = "The function learned: course (knots at x = k/10 with values sin(12345 k), linearly "
                    + "interpolated), sin20 (sin(20x)), or file:PATH (.csv or .npy of two columns x, y, x increasing). "
                    + "Default: ${DEFAULT-VALUE}.")
    String target;

    @Option(names = "--samples", defaultValue = "200", paramLabel = "N",
            description = "Noisy training points, uniform on --train-range (2 to 10000: the kernel is N x N). "
                    + "Default: ${DEFAULT-VALUE}.")
    int samples;

    @Option(names = "--noise", defaultValue = "0.1", paramLabel = "STD",
            description = "Std of the Gaussian noise on the training targets (>= 0). Default: ${DEFAULT-VALUE}.")
    double noise;

    @Option(names = "--train-range", defaultValue = "-1,1", paramLabel = "LOW,HIGH",
            description = "Where the training inputs lie (LOW < HIGH). Default: ${DEFAULT-VALUE}.")
    String trainRange;

    @Option(names = "--test-range", defaultValue = "-1,1", paramLabel = "LOW,HIGH",
            description = "Where the noiseless test grid lies (LOW < HIGH). Default: ${DEFAULT-VALUE}.")
    String testRange;

    @Option(names = "--test-points", defaultValue = "1000", paramLabel = "M",
            description = "Evenly spaced test points (2 to 100000); the training inputs are added. "
                    + "Default: ${DEFAULT-VALUE}.")
    int testPoints;

    @Option(names = "--width", defaultValue = "128", paramLabel = "W",
            description = "Hidden width (1 to 100000). Default: ${DEFAULT-VALUE}.")
    int width;

    @Option(names = "--depth", defaultValue = "1", paramLabel = "D",
            description = "Hidden layers (1 to 100; 1 is shallow, 4 deep). Default: ${DEFAULT-VALUE}.")
    int depth;

    @Option(names = "--activation", defaultValue = "relu", paramLabel = "NAME",
            description = "relu, leaky-relu or tanh. Default: ${DEFAULT-VALUE}.")
    String activation;

    @Option(names = "--init", defaultValue = "he", paramLabel = "INIT",
            description = "Weight initializer: uniform:S (in (-S, S), e.g. uniform:0.03 or uniform:3), he, xavier, "
                    + "random:STD, zero, or any form of gdlab train's --init. Biases start at 0. Default: ${DEFAULT-VALUE}.")
    String init;

    @Option(names = "--elbows-in-range",
            description = "Set each first-layer bias so the ReLU elbow -b/w lies at a random point of the training "
                    + "range. Default: off.")
    boolean elbowsInRange;

    @Option(names = "--optim", defaultValue = "sgd", paramLabel = "NAME",
            description = "sgd, momentum, nesterov, ema, rmsprop, adam or adamw. Default: ${DEFAULT-VALUE}.")
    String optim;

    @Option(names = "--lr", defaultValue = "0.02", paramLabel = "ETA",
            description = "Learning rate (> 0). Default: ${DEFAULT-VALUE}.")
    double lr;

    @Option(names = "--momentum", defaultValue = "0.9", paramLabel = "M",
            description = "Momentum of momentum, nesterov and ema, in [0, 1). Default: ${DEFAULT-VALUE}.")
    double momentum;

    @Option(names = "--batch", defaultValue = "40", paramLabel = "B",
            description = "Minibatch size (1 to --samples). Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--steps", defaultValue = "150000", paramLabel = "T",
            description = "Optimizer steps (>= 0; 0 reports the initialization only). Default: ${DEFAULT-VALUE}.")
    long steps;

    @Option(names = "--save-every", defaultValue = "50000", paramLabel = "S",
            description = "Report every S steps (>= 1); the report after training is always made. "
                    + "Default: ${DEFAULT-VALUE}.")
    long saveEvery;

    @Option(names = "--features", defaultValue = "10", paramLabel = "K",
            description = "Principal features to report (1 to --samples). Default: ${DEFAULT-VALUE}.")
    int features;

    @Option(names = "--method", defaultValue = "kernel", paramLabel = "M",
            description = "kernel (never forms Phi) or explicit (Phi row by row, then its SVD; small nets only). "
                    + "Default: ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S",
            description = "Seeds the data, the initialization and the shuffles. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--model", paramLabel = "RUN",
            description = "Instead of the 1-D toy: a gdlab train run folder (or its checkpoint, e.g. "
                    + "runs/adam/checkpoint): the kernel spectrum and top eigenvectors of the classifier at its "
                    + "initialization and after training. Takes --data, --inputs, --output, --features, --threads and "
                    + "the output options only. Exit code " + ExitCode.DIVERGED + " when that run diverged.")
    java.nio.file.Path model;

    @Option(names = "--data", paramLabel = "SOURCE",
            description = "With --model: the data (as gdlab train's --data). Default: the run's.")
    String data;

    @Option(names = "--inputs", defaultValue = "2000", paramLabel = "N",
            description = "With --model: the first N training examples (1 to the training size, at most 10000). "
                    + "Default: ${DEFAULT-VALUE}.")
    int inputs;

    @Option(names = "--output", defaultValue = "0", paramLabel = "J",
            description = "With --model: the output linearized, an index >= 0, or sum. Default: ${DEFAULT-VALUE}.")
    String outputIndex;

    @Option(names = "--threads", paramLabel = "N",
            description = "BLAS threads (>= 1). Default: 1 for the 1-D toy (its matrices, a minibatch of 40 by a few "
                    + "hundred, are too small for threads to pay); with --model GDLAB_THREADS, or every core.")
    Integer threads;

    /** The options of the 1-D toy, which --model does not take. */
    private static final List<String> TOY_OPTIONS = List.of("--target", "--samples", "--noise", "--train-range",
            "--test-range", "--test-points", "--width", "--depth", "--activation", "--init", "--elbows-in-range",
            "--optim", "--lr", "--momentum", "--batch", "--steps", "--save-every", "--method", "--seed");
    /** The options of --model, which the 1-D toy does not take. */
    private static final List<String> MODEL_OPTIONS = List.of("--data", "--inputs", "--output");

    @Override
    public Integer call() {
        if (threads != null) {
            Blas.requireThreads("--threads", threads.intValue());
        }
        if (model != null) {
            if (threads != null) {
                Blas.setThreads(threads);
            }
            GivenOptions.reject(spec, TOY_OPTIONS, "is an option of the 1-D toy and cannot be combined with --model");
            Check.positive("--features", features);
            try (RunFolderLock claim = output.claimOut()) {
                ModelSpectrum r = ModelSpectrum.of(model, Optional.ofNullable(data).map(DataSource::parse), inputs,
                        ScalarOutput.parse("--output", outputIndex), features,
                        ConsoleProgress.forStderr(spec.commandLine().getErr()));
                output.emit(spec.commandLine().getOut(), r, report(r), ModelCharts.of(r));
                return r.diverged() ? ExitCode.DIVERGED : 0;
            }
        }
        GivenOptions.reject(spec, MODEL_OPTIONS, "needs --model");
        Blas.setThreads(threads == null ? 1 : threads);
        ToyConfig config = ToyConfig.builder()
                .target(Target.parse("--target", target))
                .samples(samples).noise(noise)
                .trainRange(Interval.parse("--train-range", trainRange))
                .testRange(Interval.parse("--test-range", testRange))
                .testPoints(testPoints).width(width).depth(depth)
                .activation(Nonlinearity.parse("--activation", activation))
                .init(Initializers.parse("--init", init))
                .elbowsInRange(elbowsInRange)
                .optimizer(OptimizerChoice.of(optim, lr, momentum))
                .batch(batch).steps(steps).saveEvery(saveEvery).features(features)
                .method(FeatureMethod.parse("--method", method)).seed(seed)
                .build();
        try (RunFolderLock claim = output.claimOut()) {
            ToyResult result = ToyExperiment.run(config, ConsoleProgress.forStderr(spec.commandLine().getErr()));
            output.emit(spec.commandLine().getOut(), result, report(result), LinearizeCharts.of(result, "", "linearize"));
            return result.training().diverged() ? ExitCode.DIVERGED : 0;
        }
    }

    /** The readable report of a trained classifier's spectrum. */
    static String report(ModelSpectrum r) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "%s from %s: %s, %d inputs of %s, P = %d parameters (%.1f s)%n", r.network(), r.model(), r.output(),
                r.inputs(), r.data(), r.parameters(), r.seconds()));
        appendSpectrum(s, "at initialization", r.before(), "not finite");
        appendSpectrum(s, "after training", r.after(), "not finite");
        if (r.diverged()) {
            s.append("the run diverged: after training is its checkpoint, the parameters before (exit code ")
                    .append(ExitCode.DIVERGED).append(")").append(System.lineSeparator());
        }
        return s.toString();
    }

    /** One line: the label, then the eight largest singular values and the numerical rank, or {@code missing}. */
    private static void appendSpectrum(StringBuilder s, String label, FeatureSpectrum sp, String missing) {
        s.append(String.format(Locale.ROOT, "  %-18s", label));
        if (sp == null) {
            s.append(' ').append(missing);
        } else {
            for (int i = 0; i < Math.min(8, sp.singularValues().length); i++) {
                s.append(String.format(Locale.ROOT, " %.3e", sp.singularValues()[i]));
            }
            s.append(String.format(Locale.ROOT, "  ... numerical rank %d", sp.numericalRank()));
        }
        s.append(String.format("%n"));
    }

    /** The readable report of one run. */
    static String report(ToyResult r) {
        StringBuilder s = new StringBuilder();
        var c = r.config();
        s.append(String.format(Locale.ROOT, "network %s, init %s; target %s, %s samples (noise %s) on %s%n",
                c.get("network"), c.get("init"), c.get("target"), c.get("samples"), c.get("noise"),
                java.util.Arrays.toString((double[]) c.get("train_range"))));
        s.append(String.format(Locale.ROOT, "training: %s %s, lr %s, batch %s: %s", c.get("optimizer"),
                c.get("steps") + " steps", c.get("lr"), c.get("batch"), r.training().status()));
        if (r.training().diverged()) {
            s.append(String.format(Locale.ROOT, " at step %d (%s)", r.training().divergedStep(),
                    r.training().divergence()));
        }
        s.append(String.format(Locale.ROOT, " in %.2f s%n%n", r.training().seconds()));
        List<LinearizationReport> reps = r.reports();
        s.append(String.format(Locale.ROOT, "%-22s", ""));
        reps.forEach(rep -> s.append(String.format(Locale.ROOT, "%14s", "step " + rep.step())));
        s.append(String.format(Locale.ROOT, "%n%-22s", "train loss"));
        reps.forEach(rep -> s.append(String.format(Locale.ROOT, "%14.4g", rep.trainLoss())));
        s.append(String.format(Locale.ROOT, "%n%-22s", "test loss"));
        reps.forEach(rep -> s.append(String.format(Locale.ROOT, "%14.4g", rep.testLoss())));
        s.append(String.format(Locale.ROOT, "%n%-22s", "lr limit n/s_1^2"));
        reps.forEach(rep -> s.append(String.format(Locale.ROOT, "%14.4g", rep.stableLearningRate())));
        s.append(String.format(Locale.ROOT, "%n%nnorm of the loss gradient%n"));
        for (int p = 0; p < r.initial().gradientNorms().size(); p++) {
            var n = r.initial().gradientNorms().get(p);
            s.append(String.format(Locale.ROOT, "  %-6s layer %-2d %-6s", n.parameter(), n.layer(), n.kind()));
            for (LinearizationReport rep : reps) {
                s.append(String.format(Locale.ROOT, "%14.4g", rep.gradientNorms().get(p).norm()));
            }
            s.append(String.format("%n"));
        }
        s.append(String.format(Locale.ROOT, "%nsingular values of Phi (%s rows, one per training input), largest first%n",
                c.get("samples")));
        for (LinearizationReport rep : reps) {
            appendSpectrum(s, "step " + rep.step(), rep.spectrum(), rep.note());
        }
        s.append(String.format(Locale.ROOT, "%nprincipal features: the top %s on %d grid points (%s method), "
                + "in results.json and, with --out, the charts%n", c.get("features"), r.data().gridX().length,
                c.get("method")));
        return s.toString();
    }
}
