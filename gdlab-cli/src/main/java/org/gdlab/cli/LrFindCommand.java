package org.gdlab.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gdlab.core.io.RunFolderLock;
import org.gdlab.lab.sharpness.LearningRateFinder;
import org.gdlab.lab.sharpness.LearningRateRangeTest;
import org.gdlab.lab.sharpness.RangeTestConfig;
import org.gdlab.report.NumberText;
import org.gdlab.report.sharpness.RangeTestCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** {@code gdlab lr-find}: the learning-rate range test beside the closed-form edge (docs/questions.md section 7). */
@Command(name = "lr-find", header = "Learning-rate range test beside the theory's edge.", mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"One run whose learning rate rises exponentially from --min-lr to --max-lr over --steps steps, "
                + "recording the loss before each step and its bias-corrected moving average (--smoothing); a non-finite "
                + "loss is skipped and ends the test, as does a smoothed loss above --stop-factor times its minimum. "
                + "The suggestion is the learning rate of the steepest fall of the smoothed loss (after --burn-in, "
                + "before its minimum); the parameters are restored afterwards.",
                "On least squares (--sigma2, --sigma or --matrix): GD on ||y - Xw||^2 from w = 0, beside problem 1's "
                        + "edge 1/sigma_max^2. Otherwise a net at initialization (--hidden, --activation, --init, --seed) "
                        + "trained by minibatch SGD (--batch) with softmax cross-entropy on --data, beside 2/sharpness at "
                        + "initialization (on the first --examples training examples).",
                "Example: gdlab lr-find --sigma2 5,0.05   or   gdlab lr-find --hidden 100 --data fashion-mnist"})
final class LrFindCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Mixin
    SpectrumOptions problem;

    @Option(names = "--min-lr", paramLabel = "ETA",
            description = "The first learning rate (> 0). Default: 1e-3 / sigma_max^2 on least squares, 1e-5 on a net.")
    Double minLr;

    @Option(names = "--max-lr", paramLabel = "ETA",
            description = "The last learning rate (> --min-lr). Default: 10 / sigma_max^2 on least squares, 10 on a net.")
    Double maxLr;

    @Option(names = "--steps", defaultValue = "300", paramLabel = "T",
            description = "Steps (2 to 1000000). Default: ${DEFAULT-VALUE}.")
    int steps;

    @Option(names = "--smoothing", defaultValue = "0.9", paramLabel = "B",
            description = "Moving-average factor of the smoothed loss, in [0, 1). Default: ${DEFAULT-VALUE}.")
    double smoothing;

    @Option(names = "--burn-in", defaultValue = "10", paramLabel = "N",
            description = "First steps left out of the suggestion (0 to --steps - 1). Default: ${DEFAULT-VALUE}.")
    int burnIn;

    @Option(names = "--stop-factor", defaultValue = "4", paramLabel = "F",
            description = "Stop once the smoothed loss exceeds F times its minimum (> 1). Default: ${DEFAULT-VALUE}.")
    double stopFactor;

    @Option(names = "--data", defaultValue = "fashion-mnist", paramLabel = "SOURCE",
            description = "On a net: the data, as gdlab train's --data. Default: ${DEFAULT-VALUE}.")
    String data;

    @Mixin
    DataSplitOptions split;

    @Mixin
    FreshNetOptions fresh;

    @Option(names = "--batch", defaultValue = "100", paramLabel = "N",
            description = "On a net: the minibatch size (1 to the training size). Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--examples", defaultValue = "1000", paramLabel = "N",
            description = "On a net: the sharpness at initialization is on the first N training examples. "
                    + "Default: ${DEFAULT-VALUE}.")
    int examples;

    @Mixin
    ThreadsOption threads;

    /** The options of the net, which least squares does not take. */
    private static final List<String> NET_OPTIONS = List.of("--data", "--validation-size", "--train-size", "--hidden",
            "--activation", "--init", "--seed", "--batch", "--examples");

    @Override
    public Integer call() {
        threads.apply(Runtime.getRuntime().availableProcessors());
        ParseResult parsed = spec.commandLine().getParseResult();
        boolean leastSquares = parsed.hasMatchedOption("--sigma2") || parsed.hasMatchedOption("--sigma")
                || parsed.hasMatchedOption("--matrix");
        var progress = ConsoleProgress.forStderr(spec.commandLine().getErr());
        if (leastSquares) {
            GivenOptions.reject(spec, NET_OPTIONS, "is an option of the network test and cannot be combined with a "
                    + "least-squares problem");
        }
        try (RunFolderLock claim = output.claimOut()) {
            LearningRateFinder f;
            if (leastSquares) {
                var s = problem.spectrum();
                f = LearningRateFinder.leastSquares(s, config(1e-3 / s.largest(), 10 / s.largest()), progress);
            } else {
                f = LearningRateFinder.network(fresh.net(), split.config(data), batch, examples, config(1e-5, 10), progress);
            }
            output.emit(spec.commandLine().getOut(), f, report(f), RangeTestCharts.of(f));
            return 0;
        }
    }

    private RangeTestConfig config(double defaultMin, double defaultMax) {
        return new RangeTestConfig(minLr == null ? defaultMin : minLr, maxLr == null ? defaultMax : maxLr, steps, smoothing,
                burnIn, stopFactor);
    }

    /** The readable report. */
    static String report(LearningRateFinder f) {
        LearningRateRangeTest.Curve c = f.curve();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s: learning rate %s -> %s over %d steps; "
                        + "stopped after %d (%s)%n", f.problem(), NumberText.number(f.config().minLr()),
                NumberText.number(f.config().maxLr()), f.config().steps(), c.learningRates().length, c.stopReason()));
        b.append(String.format(Locale.ROOT, "suggestion (steepest fall of the smoothed loss): %s%n",
                Double.isNaN(c.suggestion()) ? "none (the loss never fell after the burn-in)" : NumberText.number(c.suggestion())));
        b.append(String.format(Locale.ROOT, "smallest smoothed loss at learning rate %s%n", NumberText.number(c.minimumLearningRate())));
        b.append(String.format(Locale.ROOT, "theory's edge: %s = %s%n", f.edgeRule(), NumberText.number(f.edge())));
        if (!Double.isNaN(c.suggestion())) {
            b.append(String.format(Locale.ROOT, "suggestion / edge = %s%n", NumberText.number(c.suggestion() / f.edge())));
        }
        f.disagreement().ifPresent(d -> b.append(d).append(System.lineSeparator()));
        return b.toString();
    }
}
