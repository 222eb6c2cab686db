package org.gdlab.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gdlab.core.io.RunFolderLock;
import org.gdlab.lab.experiment.ExperimentOptions;
import org.gdlab.lab.suite.LabOptions;
import org.gdlab.lab.suite.LabRunner;
import org.gdlab.lab.suite.LabSummary;
import org.gdlab.nn.data.DataSource;
import org.gdlab.report.html.LabPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gdlab lab}: every answer of docs/questions.md computed into one folder, and one HTML page of them. */
@Command(name = "lab", header = "Every answer of docs/questions.md, in one HTML page.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the theory on the mission's own numbers (GD and momentum for sigma^2 in {5, 0.05}, beta 0.1; "
                + "the noise and ridge checks), the experiments (overfit, optimizers, batch-size, init, best-model) and the "
                + "linearization suite, each into its run folder under DIR, then writes DIR/index.html: one section per "
                + "question of docs/questions.md with the answer, the charts and an explanation from the results files.",
            "A failing step (missing data, say) is reported in its section and the rest still runs; the exit code is then 1.",
            "Progress: one line per step on stderr, with its time and what remains. Sized for under 15 minutes on 2 cores "
                + "(measured: 4 on idle cores); --quick: under 2 (measured: under 1)."})
final class LabCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", defaultValue = "lab", paramLabel = "DIR",
            description = "The lab folder (created if missing). Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--quick", description = "Reduced sizes of every step (used by the end-to-end test).")
    boolean quick;

    @Option(names = "--data", defaultValue = ExperimentOptions.DEFAULT_DATA, paramLabel = "SOURCE",
            description = "The experiments' data set: fashion-mnist, mnist, cifar10, each optionally :DIR. Default: ${DEFAULT-VALUE}.")
    String data;

    @Mixin
    FetchOption fetch;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED",
            description = "Seed of every step (any integer). Default: ${DEFAULT-VALUE}.")
    long seed;

    @Override
    public Integer call() {
        LabOptions options = new LabOptions(out, quick, DataSource.parse(data), seed);
        LabSummary summary;
        Path page;
        try (RunFolderLock claim = RunFolderLock.acquire("--out", WritableFolder.require("--out", out))) {
            try {
                fetch.ensure(options.data(), spec.commandLine().getErr());
            } catch (IllegalArgumentException | UncheckedIOException e) {
                spec.commandLine().getErr().println("lab: " + e.getMessage() + " (the steps that need the data set fail; the others run)");
            }
            summary = LabRunner.run(options, LabRunner.allSteps(), new ConsoleProgress(spec.commandLine().getErr(), false, 0));
            page = LabPage.write(out);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        long failed = summary.steps().stream().filter(o -> !o.ok()).count();
        stdout.println("wrote " + page + (failed == 0 ? "" : " (" + failed + " of " + summary.steps().size()
                + " steps failed: their sections say why)"));
        stdout.flush();
        return failed == 0 ? 0 : Gdlab.EXIT_FAILURE;
    }
}
