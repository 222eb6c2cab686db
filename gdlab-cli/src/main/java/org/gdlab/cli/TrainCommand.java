package org.gdlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.io.RunFolderLock;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.DataConfig;
import org.gdlab.nn.hessian.PearlmutterHessian;
import org.gdlab.nn.hessian.SharpnessTracking;
import org.gdlab.nn.init.Initializers;
import org.gdlab.nn.layer.LeakyRelu;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.optim.LrSchedule;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.optim.OptimizerKind;
import org.gdlab.nn.run.NetSpec;
import org.gdlab.nn.run.RunConfig;
import org.gdlab.nn.run.RunFolder;
import org.gdlab.nn.run.RunResult;
import org.gdlab.nn.run.Stage;
import org.gdlab.nn.run.TrainRun;
import org.gdlab.nn.tensor.Precision;
import org.gdlab.nn.train.Checkpoint;
import org.gdlab.nn.train.TrainConfig;
import org.gdlab.nn.train.TrainStatus;
import org.gdlab.nn.train.TrainingThreads;
import org.gdlab.report.train.TrainCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gdlab train}: parses the flags into a {@link RunConfig}, runs it with {@link TrainRun}
 * (which writes the run folder) and prints the summary; the charts are drawn from the results.json
 * written ({@link TrainCharts#drawFolder}).
 */
@Command(name = "train", header = "Train a fully-connected net on an image data set.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train a fully-connected classifier (ReLU by default) with a softmax loss by minibatches, and write "
                + "config.json (the run, which --resume reads back), results.json (config, histories, final "
                + "train/validation/test accuracy on the whole splits, stages, timings, provenance), charts of loss, "
                + "accuracy and gradient norms (PNG and SVG) and checkpoint.bin to --out.",
                TrainCommand.THREADS_NOTE,
                "Exit codes: 0 done, 2 a bad option (one line on stderr), " + ExitCode.DIVERGED + " finished but the "
                        + "run diverged: its loss or a gradient became NaN or infinite; results.json names the "
                        + "iteration and the first layer and pass that left finite numbers.",
                "Example: gdlab train --data fashion-mnist --hidden 100x5 --init he --optim adam --lr 1e-3 --batch 100 "
                        + "--epochs 5 --seed 0 --out runs/adam",
                "89%% test accuracy on Fashion-MNIST in 10 epochs (0.891 to 0.897 over seeds 0-5, 2 threads): "
                        + "gdlab train --hidden 200x10 --init he --optim adam --batch 100 --lr 2e-3 --epochs 10 "
                        + "--lr-decay 0.6 --validation-size 0 --out runs/deep",
                "Resume: --resume runs/deep --epochs 15 extends the run in place; add --out runs/branch to branch it "
                        + "into a new folder (runs/deep untouched); --lr, --optim, --momentum, --schedule, --lr-decay and "
                        + "--warmup start a new stage from the checkpoint's epoch, recorded in config.json and results.json."})
final class TrainCommand implements Callable<Integer> {
    /** How training uses threads, for the help of train and bench train (see {@link TrainingThreads}). */
    static final String THREADS_NOTE = "Default threads: " + TrainingThreads.DEFAULT + " on any machine (GDLAB_THREADS "
            + "or --threads overrides): each batch is split into that many shards trained in parallel, one BLAS thread "
            + "each (with --batchnorm, whole batches and BLAS gets the threads). The rounding of the summed gradient "
            + "depends on the count, so a run repeats bit for bit with the same count (saved in config.json).";

    @Spec
    CommandSpec spec;

    @Option(names = "--data", defaultValue = "fashion-mnist", paramLabel = "SOURCE",
            description = "fashion-mnist, mnist, cifar10 (found in $GDLAB_DATA/NAME, ~/.gdlab/data/NAME or "
                    + "/usr/share/datasets/NAME), NAME:DIR, npy:X,Y[,X_TEST,Y_TEST], or csv:FILE (one CSV with "
                    + "the labels in the --label-column). Default: ${DEFAULT-VALUE}.")
    String data;

    @Mixin
    DataSplitOptions split;

    @Mixin
    FetchOption fetch;

    @Option(names = "--hidden", defaultValue = "100x5", paramLabel = "WIDTHS",
            description = "Hidden widths: 100x5 is five layers of 100, 200,100 two layers, none a linear classifier. "
                    + "Default: ${DEFAULT-VALUE}.")
    String hidden;

    @Option(names = "--activation", defaultValue = "relu", paramLabel = "NAME",
            description = "relu, leaky-relu or tanh. Default: ${DEFAULT-VALUE}.")
    String activation;

    @Option(names = "--init", defaultValue = "he", paramLabel = "INIT",
            description = "zero, random:STD, uniform:S, he[:normal|:uniform][:fan_in|:fan_out|:fan_avg], "
                    + "xavier[...][:gain]. Default: ${DEFAULT-VALUE} (He normal, fan_in).")
    String init;

    @Option(names = "--optim", defaultValue = "adam", paramLabel = "NAME",
            description = "sgd, momentum, nesterov, ema, rmsprop, adam or adamw. Default: ${DEFAULT-VALUE}.")
    String optim;

    @Option(names = "--lr", paramLabel = "LR",
            description = "Learning rate (> 0): the step each rule multiplies. For momentum and nesterov it is the "
                    + "lr of v <- m v + g, w <- w - lr v (a step of about lr/(1-m) per unit gradient at steady state); "
                    + "for ema it is the eta of v <- (1-beta) v + beta g, w <- w - eta v (a step of about eta). "
                    + "results.json names the rule with its numbers. Default: 1e-3 for adam and adamw, 1e-2 for the others.")
    Double lr;

    @Option(names = "--momentum", defaultValue = "0.9", paramLabel = "M",
            description = "Momentum in [0, 1) for momentum and nesterov (ema uses beta = 1 - M). Default: ${DEFAULT-VALUE}.")
    double momentum;

    @Option(names = "--batch", defaultValue = "100", paramLabel = "N",
            description = "Minibatch size (>= 1, at most the training size). Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--epochs", defaultValue = "5", paramLabel = "N",
            description = "Epochs (>= 1); with --resume, the epochs in all to train the run to. Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(names = "--schedule", paramLabel = "S",
            description = "The learning rate of each epoch e of E: constant, step:D (lr D^e), cosine "
                    + "(lr (1 + cos(pi e/E))/2), optionally after warmup:W+ (or --warmup W). Default: --lr-decay's step.")
    String schedule;

    @Option(names = "--lr-decay", defaultValue = "1.0", paramLabel = "D",
            description = "Multiply the learning rate by D after every epoch, D in (0, 1] (the same as --schedule "
                    + "step:D). Default: ${DEFAULT-VALUE}.")
    double lrDecay;

    @Option(names = "--warmup", defaultValue = "0", paramLabel = "W",
            description = "Ramp the learning rate up linearly over the first W epochs, lr (e+1)/(W+1) times the "
                    + "schedule's (>= 0). Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--reg", defaultValue = "0.0", paramLabel = "R",
            description = "L2 strength on the weights, 0.5*R*||W||^2 (>= 0). Default: ${DEFAULT-VALUE}.")
    double reg;

    @Option(names = "--dropout", defaultValue = "0.0", paramLabel = "P",
            description = "Drop probability after each hidden activation, in [0, 1); 0 is none. Default: ${DEFAULT-VALUE}.")
    double dropout;

    @Option(names = "--batchnorm", description = "Batch normalization after each hidden affine layer.")
    boolean batchNorm;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "N",
            description = "Seed of the initialization, shuffles, dropout masks and train-accuracy sample. "
                    + "Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--accuracy-sample", defaultValue = "" + TrainConfig.DEFAULT_ACCURACY_SAMPLE, paramLabel = "N",
            description = "During training the train accuracy is measured on a fixed seeded sample of N training "
                    + "examples (>= 1; all of them if fewer); the final one is on the whole split. Default: ${DEFAULT-VALUE}.")
    int accuracySample;

    @Option(names = "--accuracy-every", defaultValue = "0", paramLabel = "N",
            description = "Besides after every epoch, measure the train accuracy on that sample after every N "
                    + "iterations (after the step), for results.json and the accuracy chart (>= 0; 0 is never). "
                    + "Default: ${DEFAULT-VALUE}.")
    int accuracyEvery;

    @Option(names = "--track-sharpness", paramLabel = "EVERY",
            description = "Measure the sharpness during training: the top eigenvalue of the Hessian of the training "
                    + "loss (with L2) on the first --sharpness-examples training examples, by --sharpness-steps Lanczos "
                    + "steps on exact Hessian-vector products, before the first step and then after every EVERY "
                    + "iterations (a number >= 1) or after every epoch (epoch). results.json records each with its "
                    + "iteration, epoch and the rule's stability edge at the lr in force (2/lr for sgd, 2(1+m)/lr for "
                    + "momentum, 2(1+m)/((1+2m) lr) for nesterov, 2(2-beta)/(eta beta) for ema; adam, adamw and rmsprop "
                    + "are refused: their edge is that of the preconditioned Hessian), and the chart sharpness draws "
                    + "both. Training is bit for bit the same with and without it. Cost of one measurement: about 2 x "
                    + "STEPS gradient passes on EXAMPLES examples (the defaults: 400 iterations of batch 100), outside "
                    + "the epochs' training time. Not with --dropout or --batchnorm. Default: not measured.")
    String trackSharpness;

    @Option(names = "--sharpness-examples", defaultValue = "" + SharpnessTracking.DEFAULT_EXAMPLES, paramLabel = "N",
            description = "The fixed sample of --track-sharpness: the first N training examples (1 to "
                    + PearlmutterHessian.MAX_EXAMPLES + "; all of them if fewer). Default: ${DEFAULT-VALUE}.")
    int sharpnessExamples;

    @Option(names = "--sharpness-steps", defaultValue = "" + SharpnessTracking.DEFAULT_LANCZOS_STEPS, paramLabel = "M",
            description = "Lanczos steps per sharpness measurement (>= 1; at most the parameter count). "
                    + "Default: ${DEFAULT-VALUE}.")
    int sharpnessSteps;

    @Option(names = "--precision", defaultValue = "float32", paramLabel = "P",
            description = "float32 or float64. Default: ${DEFAULT-VALUE}.")
    String precision;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write the run folder to DIR (created if missing); with --resume, a new folder branches "
                    + "the run. Default: print only (with --resume: the resumed folder).")
    Path out;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Continue the run in DIR from its checkpoint with its config.json. Only --epochs, --out, "
                    + "--optim, --lr, --momentum, --schedule, --lr-decay and --warmup may be given with it.")
    Path resume;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--json", description = "Print results.json instead of the summary.")
    boolean json;

    /** What the run's config.json fixes: refused with --resume. */
    private static final List<String> FIXED_ON_RESUME = List.of("--data", "--validation-size", "--train-size",
            "--standardize", "--label-column",
            "--hidden", "--activation", "--init", "--batch", "--reg", "--dropout", "--batchnorm", "--seed",
            "--accuracy-sample", "--accuracy-every", "--track-sharpness", "--sharpness-examples", "--sharpness-steps",
            "--precision", "--threads");
    private static final List<String> OPTIMIZER_OPTIONS = List.of("--optim", "--lr", "--momentum");
    private static final List<String> SCHEDULE_OPTIONS = List.of("--schedule", "--lr-decay", "--warmup");

    @Override
    public Integer call() {
        RunResult result;
        try {
            ProgressListener listener = quiet || json ? ProgressListener.SILENT
                    : ConsoleProgress.forStderr(spec.commandLine().getErr());
            if (resume != null) {
                GivenOptions.reject(spec, FIXED_ON_RESUME, "cannot be combined with --resume (the network, the data "
                        + "and the training of " + resume.resolve(RunFolder.CONFIG) + " cannot change)");
                RunFolder from = new RunFolder(resume);
                RunConfig saved = from.readConfig();
                fetch.ensure(saved.data().source(), spec.commandLine().getErr());
                Checkpoint checkpoint = from.readCheckpoint();
                Path target = out == null ? resume : WritableFolder.require("--out", out);
                try (RunFolderLock claim = RunFolderLock.acquire(out == null ? "--resume" : "--out", target)) {
                    result = TrainRun.resume(from, checkpoint, resumed(saved, checkpoint.epochsDone()), listener,
                            new RunFolder(target));
                }
            } else if (out == null) {
                result = TrainRun.run(fresh(), listener);
            } else {
                RunConfig config = fresh();
                try (RunFolderLock claim = RunFolderLock.acquire("--out", WritableFolder.require("--out", out))) {
                    result = TrainRun.run(config, listener, new RunFolder(out));
                }
            }
        } catch (IllegalArgumentException e) {
            throw FlagNames.named(e);
        }
        Path written = out != null ? out : resume;
        List<String> charts = written == null ? List.of() : TrainCharts.drawFolder(new RunFolder(written));
        var stdout = spec.commandLine().getOut();
        if (json) {
            stdout.print(JsonFiles.toJson(result));
        } else {
            summary(result, written, charts).forEach(stdout::println);
        }
        stdout.flush();
        return result.status() == TrainStatus.DIVERGED ? ExitCode.DIVERGED : 0;
    }

    /** The run the flags describe. */
    private RunConfig fresh() {
        TrainConfig training = TrainConfig.of(batch, epochs, seed).withSchedule(schedule()).withReg(reg)
                .withAccuracySample(accuracySample).withAccuracyEvery(accuracyEvery).withSharpness(sharpness());
        NetSpec network = new NetSpec(NetConfig.parseHidden("--hidden", hidden), Nonlinearity.parse("--activation",
                activation), LeakyRelu.DEFAULT_SLOPE, dropout, batchNorm, Precision.parse("--precision", precision));
        DataConfig dataConfig = split.config(data);
        fetch.ensure(dataConfig.source(), spec.commandLine().getErr());
        return RunConfig.builder(dataConfig.source()).data(dataConfig).network(network)
                .initializer(Initializers.parse("--init", init)).optimizer(OptimizerChoice.of(optim, lr, momentum))
                .training(training).threads(threads.trainingCount()).build();
    }

    /**
     * The saved run with the flags' changes: more epochs, and a new stage from epoch {@code done}
     * when the optimizer or schedule flags change the last stage's.
     */
    private RunConfig resumed(RunConfig saved, int done) {
        RunConfig next = saved;
        if (given("--epochs")) {
            Check.positive("--epochs", epochs);
            if (epochs < done) {
                throw Check.invalid("--epochs", epochs, "must be >= the " + done + " epochs the run in " + resume
                        + " has done");
            }
            next = next.withEpochs(epochs);
        }
        Stage last = saved.lastStage();
        OptimizerConfig optimizer = last.optimizer();
        if (OPTIMIZER_OPTIONS.stream().anyMatch(this::given)) {
            OptimizerKind kind = given("--optim") ? OptimizerKind.parse("--optim", optim) : optimizer.kind();
            Double rate = lr != null ? lr : given("--optim") ? null : Double.valueOf(optimizer.learningRate());
            optimizer = OptimizerChoice.of(kind.label(), rate, given("--momentum") ? momentum : optimizer.momentum());
        }
        LrSchedule s = SCHEDULE_OPTIONS.stream().anyMatch(this::given) ? schedule() : last.schedule();
        if (!optimizer.equals(last.optimizer()) || !s.equals(last.schedule())) {
            next = next.withStage(new Stage(done, optimizer, s));
        }
        return next;
    }

    /** The tracking of --track-sharpness; refuses its size options without it. */
    private Optional<SharpnessTracking> sharpness() {
        if (trackSharpness == null) {
            for (String option : List.of("--sharpness-examples", "--sharpness-steps")) {
                if (given(option)) {
                    throw new IllegalArgumentException(option + " needs --track-sharpness");
                }
            }
            return Optional.empty();
        }
        return Optional.of(SharpnessTracking.parse("--track-sharpness", trackSharpness, sharpnessExamples, sharpnessSteps));
    }

    /** The schedule of --schedule or --lr-decay, after --warmup. */
    private LrSchedule schedule() {
        if (schedule != null && given("--lr-decay")) {
            throw Check.invalid("--lr-decay", lrDecay, "cannot be combined with --schedule (write --schedule step:D)");
        }
        LrSchedule s = schedule != null ? LrSchedule.parse("--schedule", schedule) : LrSchedule.stepDecay(lrDecay);
        return s.withWarmup(warmup);
    }

    private boolean given(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** The lines printed after a run: what ran, how it ended, the accuracies on the whole splits, the time. */
    private static List<String> summary(RunResult r, Path written, List<String> charts) {
        List<String> lines = new ArrayList<>();
        var t = r.training();
        lines.add(String.format("%s, %s, %s: %s after %d epochs, %d iterations", r.describeNetwork(), r.config().initializer()
                .describe(), r.stages().get(r.stages().size() - 1).rule(), r.status().label(), t.epochsCompleted(),
                t.iterations()));
        if (r.stages().size() > 1) {
            StringBuilder s = new StringBuilder("stages:");
            for (RunResult.StageSpan span : r.stages()) {
                s.append(String.format(" epochs %d-%d %s %s;", span.fromEpoch() + 1, span.toEpoch(), span.rule(),
                        span.schedule().spec()));
            }
            lines.add(s.substring(0, s.length() - 1));
        }
        t.divergence().ifPresent(d -> lines.add("diverged: " + d.message()));
        var a = r.accuracy();
        lines.add(String.format(Locale.ROOT, "accuracy on the whole splits (%s parameters): train %.4f%s%s", a.parameters(),
                a.train(), splitAccuracy("validation", a.validation()), splitAccuracy("test", a.test())));
        lines.add(t.epochsCompleted() == 0 ? String.format(Locale.ROOT, "no epoch completed, %.1f s in all",
                r.timings().totalSeconds())
                : String.format(Locale.ROOT, "%.3f s per epoch (training iterations), %.1f s in all",
                        r.timings().secondsPerEpoch(), r.timings().totalSeconds()));
        if (written != null) {
            lines.add("wrote " + written.resolve(RunFolder.CONFIG) + ", " + RunFolder.RESULTS + ", " + RunFolder.CHECKPOINT
                    + " and the charts " + charts + " (PNG and SVG)");
        }
        return lines;
    }

    /** {@code "  NAME 0.8912"}, or nothing for a split the run did not have (its accuracy NaN). */
    private static String splitAccuracy(String name, double accuracy) {
        return Double.isNaN(accuracy) ? "" : String.format(Locale.ROOT, "  %s %.4f", name, accuracy);
    }
}
