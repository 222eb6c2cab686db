package org.gdlab.cli;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gdlab.core.io.RunFolderLock;
import org.gdlab.core.linalg.Blas;
import org.gdlab.core.validate.Check;
import org.gdlab.linearize.suite.LinearizeSuite;
import org.gdlab.linearize.suite.LinearizeSuite.SuiteResult;
import org.gdlab.linearize.suite.SuiteRun;
import org.gdlab.linearize.toy.ToyResult;
import org.gdlab.nn.train.TrainingThreads;
import org.gdlab.report.linearize.SuiteCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gdlab linearize suite}: the comparisons of docs/questions.md section 6 in one folder. */
@Command(name = "suite", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the comparisons of the mission in one command: small (uniform:0.03), large (uniform:3) "
                + "and He initialization of a deep net; shallow against deep; training on [-1, 0.4] against [-1, 1]. "
                + "With --out, writes results.json and every chart (each run's and the comparisons) into one folder.",
            "Exit code: 0 when every run finished, although the large-initialization run diverges: that divergence "
                + "is one of the comparison's findings, reported with its step (a single diverged gdlab linearize exits "
                + ExitCode.DIVERGED + ")."})
final class LinearizeSuiteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Option(names = "--quick",
            description = "A reduced version (width 32, 60 samples, 1500 steps) that runs in seconds. Default: off "
                    + "(width 128, 200 samples, 150000 steps).")
    boolean quick;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S",
            description = "Seeds every run. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "Runs side by side (>= 1), each on its own thread with a one-thread BLAS (the 1-D toy's matrices "
                    + "are too small for BLAS threads to pay); the results do not depend on it. Default: GDLAB_THREADS, or "
                    + TrainingThreads.DEFAULT + ".")
    Integer threads;

    @Override
    public Integer call() {
        int parallel = threads != null ? Blas.requireThreads("--threads", threads) : TrainingThreads.standard();
        try (RunFolderLock claim = output.claimOut()) {
            SuiteResult r = LinearizeSuite.run(quick, seed, parallel,
                    ConsoleProgress.forStderr(spec.commandLine().getErr()));
            output.emit(spec.commandLine().getOut(), r, report(r), SuiteCharts.of(r));
            return 0;
        }
    }

    private static String report(SuiteResult r) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "linearize suite%s, seed %d, %.1f s%n",
                r.quick() ? " (quick)" : "", r.seed(), r.seconds()));
        s.append(String.format(Locale.ROOT, "%-15s %-36s %-22s %12s %12s %12s %12s%n", "run", "what", "training",
                "train loss", "test loss", "s_1 init", "s_1 trained"));
        for (SuiteRun run : SuiteRun.values()) {
            ToyResult t = r.get(run);
            String training = t.training().diverged() ? "diverged at step " + t.training().divergedStep()
                    : t.training().status();
            s.append(String.format(Locale.ROOT, "%-15s %-36s %-22s %12.4g %12.4g %12s %12s%n", run.label(), run.title(),
                    training, t.last().trainLoss(), t.last().testLoss(), topSingularValue(t.initial()),
                    topSingularValue(t.last())));
        }
        s.append(String.format(Locale.ROOT, "%nweight gradient norms per layer at initialization%n"));
        for (SuiteRun run : java.util.List.of(SuiteRun.SMALL_INIT, SuiteRun.LARGE_INIT, SuiteRun.HE_INIT)) {
            s.append(String.format(Locale.ROOT, "  %-18s", run.title()));
            r.get(run).initial().gradientNorms().stream().filter(n -> n.kind().equals("weight"))
                    .forEach(n -> s.append(String.format(Locale.ROOT, " W%d %.3e", n.layer(), n.norm())));
            s.append(String.format("%n"));
        }
        Map<String, ToyResult> runs = r.runs();
        s.append(String.format(Locale.ROOT, "%n%d runs; full results and charts with --out%n", runs.size()));
        return s.toString();
    }

    private static String topSingularValue(org.gdlab.linearize.toy.LinearizationReport rep) {
        return rep.spectrum() == null ? "not finite" : String.format(Locale.ROOT, "%.4g",
                rep.spectrum().singularValues()[0]);
    }
}
