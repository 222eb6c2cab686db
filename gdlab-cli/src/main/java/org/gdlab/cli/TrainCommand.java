package org.gdlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.random.RandomStream;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.DataConfig;
import org.gdlab.nn.data.DataSplits;
import org.gdlab.nn.init.Initializer;
import org.gdlab.nn.init.Initializers;
import org.gdlab.nn.layer.LeakyRelu;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.optim.SgdMomentum;
import org.gdlab.nn.tensor.Precision;
import org.gdlab.nn.train.Checkpoint;
import org.gdlab.nn.train.CheckpointFile;
import org.gdlab.nn.train.TrainConfig;
import org.gdlab.nn.train.TrainResult;
import org.gdlab.nn.train.Trainer;
import org.gdlab.nn.train.TrainingThreads;
import org.gdlab.report.ChartWriter;
import org.gdlab.report.train.TrainCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gdlab train}: trains a fully-connected classifier and writes the run folder
 * (config.json, results.json, charts, checkpoint.bin).
 */
@Command(name = "train", header = "Train a fully-connected net on an image data set.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train a fully-connected classifier (ReLU by default) with a softmax loss by minibatches, and write "
                + "config.json, results.json (config, histories, final train/validation/test accuracy, timings, "
                + "versions), charts of loss, accuracy and gradient norms (PNG and SVG) and checkpoint.bin to --out.",
                TrainCommand.THREADS_NOTE,
                "Example: gdlab train --data fashion-mnist --hidden 100x5 --init he --optim adam --lr 1e-3 --batch 100 "
                        + "--epochs 5 --seed 0 --out runs/adam",
                "89%% test accuracy on Fashion-MNIST in 10 epochs (0.891 to 0.897 over seeds 0-5, 2 threads): "
                        + "gdlab train --hidden 200x10 --init he --optim adam --batch 100 --lr 2e-3 --epochs 10 "
                        + "--lr-decay 0.6 --validation-size 0 --out runs/deep"})
final class TrainCommand implements Callable<Integer> {
    /** How training uses threads, for the help of train and bench train (see {@link TrainingThreads}). */
    static final String THREADS_NOTE = "Default threads: " + TrainingThreads.DEFAULT + " on any machine (GDLAB_THREADS "
            + "or --threads overrides): each batch is split into that many shards trained in parallel, one BLAS thread "
            + "each (with --batchnorm, whole batches and BLAS gets the threads). The rounding of the summed gradient "
            + "depends on the count, so a run repeats bit for bit with the same count (saved in config.json).";

    static final String CONFIG = "config.json";
    static final String RESULTS = "results.json";
    static final String CHECKPOINT = "checkpoint.bin";

    @Spec
    CommandSpec spec;

    @Option(names = "--data", defaultValue = "fashion-mnist", paramLabel = "SOURCE",
            description = "fashion-mnist, mnist, cifar10 (found in $GDLAB_DATA/NAME, ~/.gdlab/data/NAME or "
                    + "/usr/share/datasets/NAME), NAME:DIR, or npy:X,Y[,X_TEST,Y_TEST]. Default: ${DEFAULT-VALUE}.")
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
            description = "Learning rate (> 0). Default: 1e-3 for adam and adamw, 1e-2 for the others.")
    Double lr;

    @Option(names = "--momentum", defaultValue = "0.9", paramLabel = "M",
            description = "Momentum in [0, 1) for momentum and nesterov (ema uses beta = 1 - M). Default: ${DEFAULT-VALUE}.")
    double momentum;

    @Option(names = "--batch", defaultValue = "100", paramLabel = "N",
            description = "Minibatch size (>= 1, at most the training size). Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--epochs", defaultValue = "5", paramLabel = "N",
            description = "Epochs (>= 1). Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(names = "--lr-decay", defaultValue = "1.0", paramLabel = "D",
            description = "Multiply the learning rate by D after every epoch, D in (0, 1]. Default: ${DEFAULT-VALUE}.")
    double lrDecay;

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
            description = "The train accuracy is measured on a fixed seeded sample of N training examples (>= 1; "
                    + "all of them if fewer). Default: ${DEFAULT-VALUE}.")
    int accuracySample;

    @Option(names = "--accuracy-every", defaultValue = "0", paramLabel = "N",
            description = "Besides after every epoch, measure the train accuracy on that sample after every N "
                    + "iterations (after the step), for results.json and the accuracy chart (>= 0; 0 is never). "
                    + "Default: ${DEFAULT-VALUE}.")
    int accuracyEvery;

    @Option(names = "--precision", defaultValue = "float32", paramLabel = "P",
            description = "float32 or float64. Default: ${DEFAULT-VALUE}.")
    String precision;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write the run folder to DIR (created if missing). Default: print only.")
    Path out;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Continue the run in DIR from its checkpoint with its config.json, writing to DIR. The "
                    + "other training options must not be given, except --epochs N to train it on to N epochs in all "
                    + "(N >= the epochs done), which rewrites config.json.")
    Path resume;

    @Mixin
    ThreadsOption threads;

    /** The thread count of the run: from --threads or GDLAB_THREADS, or from config.json on --resume. */
    private int threadCount;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--json", description = "Print results.json instead of the summary.")
    boolean json;

    /** The options that define a run, saved in config.json and taken from it on --resume. */
    private static final List<String> RUN_OPTIONS = List.of("--data", "--validation-size", "--train-size", "--hidden",
            "--activation", "--init", "--optim", "--lr", "--momentum", "--batch", "--epochs", "--lr-decay", "--reg",
            "--dropout", "--batchnorm", "--seed", "--accuracy-sample", "--accuracy-every", "--precision", "--threads",
            "--out");

    /** The run option that --resume takes from the command line too: more epochs extend the run. */
    private static final String EXTENDING_OPTION = "--epochs";

    @Override
    public Integer call() {
        threadCount = threads.trainingCount();
        Checkpoint checkpoint = null;
        boolean extending = resume != null && spec.commandLine().getParseResult().hasMatchedOption(EXTENDING_OPTION);
        if (resume != null) {
            GivenOptions.reject(spec, RUN_OPTIONS.stream().filter(name -> !name.equals(EXTENDING_OPTION)).toList(),
                    "cannot be combined with --resume (the run's config.json decides)");
            int extendTo = epochs;
            Path saved = resume.resolve(CONFIG);
            loadOptions(new SavedOptions(saved, JsonFiles.read(saved).path("options")));
            out = resume;
            checkpoint = CheckpointFile.read(resume.resolve(CHECKPOINT));
            if (extending) {
                epochs = extendedEpochs(extendTo, checkpoint.epochsDone());
            }
        }
        OptimizerConfig optimizerConfig = OptimizerChoice.of(optim, lr, momentum);
        Initializer initializer = Initializers.parse("--init", init);
        Check.positive("--batch", batch);
        Check.positive("--epochs", epochs);
        Check.inHalfOpenRange("--lr-decay", lrDecay, 0, 1);
        Check.finite("--reg", Check.nonNegative("--reg", reg));
        Check.positive("--accuracy-sample", accuracySample);
        if (accuracyEvery < 0) {
            throw Check.invalid("--accuracy-every", accuracyEvery, "must be >= 0 (0 for never)");
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw Check.invalid("--dropout", dropout, "must be in [0, 1) (0 for none)");
        }
        int[] widths = NetConfig.parseHidden("--hidden", hidden);
        Nonlinearity nonlinearity = Nonlinearity.parse("--activation", activation);
        if (nonlinearity == Nonlinearity.LINEAR) {
            throw Check.invalid("--activation", activation, "must be one of relu, leaky-relu, tanh");
        }
        Precision p = Precision.parse("--precision", precision);
        DataConfig dataConfig = split.config(data);
        fetch.ensure(dataConfig.source(), spec.commandLine().getErr());
        TrainConfig trainConfig = new TrainConfig(batch, epochs, lrDecay, reg, seed, accuracySample,
                TrainConfig.DEFAULT_EVAL_BATCH, accuracyEvery);

        if (out != null) {
            WritableFolder.require("--out", out);
        }
        long start = System.nanoTime();
        DataSplits splits = DataSplits.load(dataConfig);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        if (batch > splits.train().size()) {
            throw Check.invalid("--batch", batch, "must be <= the training size " + splits.train().size());
        }
        NetConfig netConfig = new NetConfig(splits.train().features(), widths, splits.train().classes(), nonlinearity,
                LeakyRelu.DEFAULT_SLOPE, dropout, batchNorm, p);
        RandomStream root = new RandomStream(seed);
        FullyConnectedNet net = new FullyConnectedNet(netConfig, root.split("dropout"));
        net.initialize(initializer, root.split("init"));

        Map<String, Object> config = new LinkedHashMap<>();
        config.put("options", options());
        config.put("network", netConfig);
        config.put("initializer", initializer.describe());
        config.put("optimizer", optimizerConfig.create().describe());
        config.put("training", trainConfig);
        config.put("data", splits.provenance());
        config.put("versions", Versions.provenance());
        if (out != null && (resume == null || extending)) {
            JsonFiles.write(out.resolve(CONFIG), config);
        }
        var stdout = spec.commandLine().getOut();
        ProgressListener listener = quiet || json ? ProgressListener.SILENT : ConsoleProgress.forStderr(spec.commandLine().getErr());
        TrainResult result;
        try (TrainingThreads using = TrainingThreads.apply(net, threadCount)) {
            result = new Trainer(trainConfig).fit(net, optimizerConfig.create(), splits.train(), splits.validation(),
                    listener, out == null ? null : out.resolve(CHECKPOINT), checkpoint);
        }

        long evalStart = System.nanoTime();
        Map<String, Object> accuracy = new LinkedHashMap<>();
        accuracy.put("train", net.accuracy(splits.train().inputs(), splits.train().labels(), trainConfig.evalBatch()));
        accuracy.put("validation", splits.validation().size() == 0 ? Double.NaN
                : net.accuracy(splits.validation().inputs(), splits.validation().labels(), trainConfig.evalBatch()));
        accuracy.put("test", splits.test().size() == 0 ? Double.NaN
                : net.accuracy(splits.test().inputs(), splits.test().labels(), trainConfig.evalBatch()));
        accuracy.put("parameters", result.bestEpoch() == 0 || splits.validation().size() == 0 ? "last"
                : "best by validation accuracy, epoch " + result.bestEpoch());
        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("load_seconds", loadSeconds);
        timings.put("train_seconds", result.trainSeconds());
        timings.put("seconds_per_epoch", result.secondsPerEpoch());
        timings.put("final_evaluation_seconds", (System.nanoTime() - evalStart) / 1e9);
        timings.put("total_seconds", (System.nanoTime() - start) / 1e9);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("status", result.status().name().toLowerCase(Locale.ROOT));
        results.put("config", config);
        results.put("accuracy", accuracy);
        results.put("timings", timings);
        results.put("training", result);
        results.put("versions", Versions.provenance());

        List<String> written = new ArrayList<>();
        if (out != null) {
            JsonFiles.write(out.resolve(RESULTS), results);
            TrainCharts.of(netConfig.describe() + " " + optimizerConfig.kind().label(), result).forEach((name, chart) -> {
                ChartWriter.write(chart, out, name);
                written.add(name);
            });
        }
        if (json) {
            stdout.print(JsonFiles.toJson(results));
        } else {
            stdout.printf("%s %s, %s, %s: %s after %d epochs, %d iterations%n", netConfig.describe(), nonlinearity.label(),
                    initializer.describe(), optimizerConfig.create().describe(), results.get("status"),
                    result.epochsCompleted(), result.iterations());
            if (result.divergence() != null) {
                stdout.println("diverged: " + result.divergence());
            }
            stdout.printf(Locale.ROOT, "accuracy (%s): train %.4f%s%s%n", accuracy.get("parameters"), accuracy.get("train"),
                    splitAccuracy("validation", (double) accuracy.get("validation")),
                    splitAccuracy("test", (double) accuracy.get("test")));
            stdout.printf(Locale.ROOT, "%.3f s per epoch (training iterations), %.1f s in all%n", result.secondsPerEpoch(),
                    timings.get("total_seconds"));
            if (out != null) {
                stdout.println("wrote " + out.resolve(CONFIG) + ", " + RESULTS + ", " + CHECKPOINT + " and the charts "
                        + written + " (PNG and SVG)");
            }
        }
        stdout.flush();
        return 0;
    }

    /** The epochs a resumed run is extended to: at least 1 and at least the {@code done} of its checkpoint. */
    private int extendedEpochs(int requested, int done) {
        Check.positive("--epochs", requested);
        if (requested < done) {
            throw Check.invalid("--epochs", requested, "must be >= the " + done + " epochs the run in " + resume
                    + " has done");
        }
        return requested;
    }

    /** The run-defining options as given (or defaulted), for config.json and --resume. */
    private Map<String, Object> options() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("data", data);
        o.put("validation_size", split.validationSize);
        o.put("train_size", split.trainSize);
        o.put("hidden", hidden);
        o.put("activation", activation);
        o.put("init", init);
        o.put("optim", optim);
        o.put("lr", lr);
        o.put("momentum", momentum);
        o.put("batch", batch);
        o.put("epochs", epochs);
        o.put("lr_decay", lrDecay);
        o.put("reg", reg);
        o.put("dropout", dropout);
        o.put("batchnorm", batchNorm);
        o.put("seed", seed);
        o.put("accuracy_sample", accuracySample);
        o.put("accuracy_every", accuracyEvery);
        o.put("precision", precision);
        o.put("threads", threadCount);
        return o;
    }

    /** Sets the run-defining options from config.json's "options". */
    /** {@code "  NAME 0.8912"}, or nothing for a split the run did not have (its accuracy NaN). */
    private static String splitAccuracy(String name, double accuracy) {
        return Double.isNaN(accuracy) ? "" : String.format(Locale.ROOT, "  %s %.4f", name, accuracy);
    }

    private void loadOptions(SavedOptions o) {
        data = o.text("data", data);
        split.validationSize = o.whole("validation_size", split.validationSize);
        split.trainSize = o.wholeOrNull("train_size");
        hidden = o.text("hidden", hidden);
        activation = o.text("activation", activation);
        init = o.text("init", init);
        optim = o.text("optim", optim);
        lr = o.numberOrNull("lr");
        momentum = o.number("momentum", SgdMomentum.DEFAULT_MOMENTUM);
        batch = o.whole("batch", batch);
        epochs = o.whole("epochs", epochs);
        lrDecay = o.number("lr_decay", lrDecay);
        reg = o.number("reg", reg);
        dropout = o.number("dropout", dropout);
        batchNorm = o.flag("batchnorm", batchNorm);
        seed = o.wholeLong("seed", seed);
        accuracySample = o.whole("accuracy_sample", accuracySample);
        accuracyEvery = o.whole("accuracy_every", accuracyEvery);
        precision = o.text("precision", precision);
        threadCount = o.whole("threads", 1);
    }
}
