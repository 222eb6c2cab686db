package org.gdlab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gdlab.core.io.RunFolderLock;
import org.gdlab.core.validate.Check;
import org.gdlab.lab.sharpness.SharpnessMeasurement;
import org.gdlab.nn.hessian.HessianSpectrum;
import org.gdlab.nn.hessian.PearlmutterHessian;
import org.gdlab.nn.hessian.SpectrumConfig;
import org.gdlab.nn.loss.LossKind;
import org.gdlab.report.NumberText;
import org.gdlab.report.sharpness.SharpnessCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gdlab sharpness}: the top Hessian eigenvalues, trace and spectral density of a
 * classifier's training loss, for a run folder or a net at initialization (docs/questions.md section 7).
 */
@Command(name = "sharpness", header = "Top Hessian eigenvalues, trace and density of a net's loss.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The Hessian H of the training loss (data loss + 0.5 reg ||W||^2) on the first --examples "
                + "training examples, through Hessian-vector products (exact, by Pearlmutter's R-operator in float64): "
                + "its --top largest eigenvalues by Lanczos with full reorthogonalization (the first is the "
                + "sharpness; full-batch GD is stable on the loss's quadratic model for eta < 2 / sharpness), its "
                + "trace by Hutchinson's estimator with the standard error, and its spectral density by stochastic "
                + "Lanczos quadrature.",
                "With DIR (a gdlab train run folder or its checkpoint): the trained net, with the run's data, "
                        + "softmax loss and --reg. Without it: a net at initialization built from --hidden, "
                        + "--activation, --init and --seed as gdlab train builds it.",
                "Example: gdlab sharpness --hidden 100 --data fashion-mnist --examples 2000 --top 5"})
final class SharpnessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Parameters(arity = "0..1", paramLabel = "DIR",
            description = "A gdlab train run folder (or its checkpoint). Default: a net at initialization.")
    Path run;

    @Option(names = "--data", paramLabel = "SOURCE",
            description = "The data, as gdlab train's --data. Default: the run's, or fashion-mnist.")
    String data;

    @Mixin
    DataSplitOptions split;

    @Option(names = "--examples", defaultValue = "1000", paramLabel = "N",
            description = "The first N training examples form the batch (1 to the training size, at most "
                    + PearlmutterHessian.MAX_EXAMPLES + "). Default: ${DEFAULT-VALUE}.")
    int examples;

    @Option(names = "--top", defaultValue = "5", paramLabel = "K",
            description = "Largest eigenvalues to report (>= 1). Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--lanczos-steps", defaultValue = "30", paramLabel = "M",
            description = "Lanczos steps for them (>= --top; at most the parameter count). Default: ${DEFAULT-VALUE}.")
    int lanczosSteps;

    @Option(names = "--trace-probes", defaultValue = "20", paramLabel = "S",
            description = "Hutchinson probes for the trace (>= 0; 0 skips it). Default: ${DEFAULT-VALUE}.")
    int traceProbes;

    @Option(names = "--density-probes", defaultValue = "3", paramLabel = "S",
            description = "Stochastic Lanczos quadrature probes (>= 0; 0 skips the density). Default: ${DEFAULT-VALUE}.")
    int densityProbes;

    @Option(names = "--density-steps", defaultValue = "30", paramLabel = "M",
            description = "Lanczos steps per density probe (>= 1). Default: ${DEFAULT-VALUE}.")
    int densitySteps;

    @Option(names = "--probe-seed", defaultValue = "0", paramLabel = "S",
            description = "Seed of the Lanczos start and the probes. Default: ${DEFAULT-VALUE}.")
    long probeSeed;

    @Mixin
    FreshNetOptions fresh;

    @Option(names = "--loss", defaultValue = "cross-entropy", paramLabel = "NAME",
            description = "Without DIR: cross-entropy or mse (against one-hot labels, mean over examples and classes). "
                    + "Default: ${DEFAULT-VALUE}.")
    String loss;

    @Option(names = "--reg", defaultValue = "0", paramLabel = "R",
            description = "Without DIR: the L2 strength in the loss (>= 0). Default: ${DEFAULT-VALUE}.")
    double reg;

    @Mixin
    ThreadsOption threads;

    /** The options that build a fresh net, which a run folder decides itself. */
    private static final List<String> FRESH_OPTIONS = List.of("--hidden", "--activation", "--init", "--seed", "--loss",
            "--reg", "--validation-size", "--train-size");

    @Override
    public Integer call() {
        threads.apply(Runtime.getRuntime().availableProcessors());
        SpectrumConfig config = new SpectrumConfig(top, lanczosSteps, traceProbes, densityProbes, densitySteps, probeSeed);
        var progress = ConsoleProgress.forStderr(spec.commandLine().getErr());
        if (run != null) {
            GivenOptions.reject(spec, FRESH_OPTIONS, "builds a net at initialization and cannot be combined with DIR");
        } else {
            Check.finite("--reg", Check.nonNegative("--reg", reg));
        }
        try (RunFolderLock claim = output.claimOut()) {
            SharpnessMeasurement m = run != null ? SharpnessMeasurement.ofRun(run, data, examples, config, progress)
                    : SharpnessMeasurement.atInitialization(fresh.net(), split.config(data == null ? "fashion-mnist" : data),
                            LossKind.parse("--loss", loss), reg, examples, config, progress);
            output.emit(spec.commandLine().getOut(), m, report(m), SharpnessCharts.of(m));
            return 0;
        }
    }

    /** The readable report. */
    static String report(SharpnessMeasurement m) {
        HessianSpectrum s = m.spectrum();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%s (%s), %s loss + 0.5*%s*||W||^2 on %d examples of %s: P = %d parameters%n", m.network(), m.source(),
                m.loss(), NumberText.number(m.reg()), m.examples(), m.data(), s.parameters()));
        b.append(String.format(Locale.ROOT, "top eigenvalues (Lanczos, residual bound):%n"));
        for (int i = 0; i < s.top().length; i++) {
            b.append(String.format(Locale.ROOT, "  lambda_%d = %.6g  (+- %.1e)%n", i + 1, s.top()[i], s.residuals()[i]));
        }
        b.append(String.format(Locale.ROOT, "sharpness %.6g: full-batch GD is stable below eta = 2/sharpness = %.4g%n",
                s.top()[0], s.stableLearningRate()));
        if (s.trace() != null) {
            b.append(String.format(Locale.ROOT, "trace (Hutchinson, %d probes) %.6g +- %.2g (standard error)%n",
                    s.trace().samples().length, s.trace().mean(), s.trace().standardError()));
        }
        if (s.densityMoments().length > 0) {
            b.append(String.format(Locale.ROOT, "spectral density (SLQ): mean eigenvalue %.4g, mean squared %.4g, on "
                    + "[%.4g, %.4g]%n", s.densityMoments()[0], s.densityMoments()[1], s.densityGrid()[0],
                    s.densityGrid()[s.densityGrid().length - 1]));
        }
        b.append(String.format(Locale.ROOT, "%d Hessian-vector products (about 2 gradient passes each) in %.1f s%n",
                s.products(), s.seconds()));
        return b.toString();
    }
}
