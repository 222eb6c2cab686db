package org.gdlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.io.RunFolderLock;
import org.gdlab.lab.experiment.ExperimentName;
import org.gdlab.lab.experiment.ExperimentOptions;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.run.RunFolder;
import org.gdlab.nn.train.TrainStatus;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.ChartWriter;
import org.gdlab.report.lab.ExperimentCharts;
import org.gdlab.report.lab.ExperimentText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gdlab experiment NAME}: one of the course's experiments into a run folder (docs/questions.md section 5). */
@Command(name = "experiment", header = "Run one of the course's experiments into a run folder.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs one of the course's experiments on an image data set and writes its run folder: config.json, "
                + "results.json and the charts (PNG and SVG) drawn from results.json.",
            "  overfit     [100]*5 net, SGD on 50 images (std 0.1, batch 25, 20 epochs) at lr 1e-3, 1e-2, 0.1, 0.3",
            "  optimizers  SGD, momentum, RMSProp, Adam on [100]*5, 4,000 images, 5 epochs, batch 100",
            "  batch-size  momentum (m 0.9, lr 0.01) at batch 100 against SGD at lr 0.1 and batches 100, 200, 400 with equal "
                + "steps, 6,000 images, 3 seeds",
            "  init        zero, random:0.01 and He on [50]*10, SGD at lr 1e-3 and 1e-2, 4,000 images, 5 epochs",
            "  best-model  [200]*10, He, Adam: a 60 s search of lr, batch and decay, then all training images; "
                + "validation and test",
            "  edge-of-stability  full-batch GD of 784-[64]-10 ReLU and tanh MLPs with MSE on 1,000 images at eta 0.7, "
                + "0.4, 0.15 for 250 steps: the sharpness against 2/eta, beside least squares (docs/questions.md section 7)",
            "Exit codes: 0 done, 2 a bad option, " + ExitCode.DIVERGED + " finished but one of its training runs "
                + "diverged (results.json has its status and where its loss or gradient left finite numbers).",
            "Example: gdlab experiment init --quick --out runs/init"})
final class ExperimentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "overfit, optimizers, batch-size, init, best-model or edge-of-stability.")
    String name;

    @Option(names = "--data", defaultValue = ExperimentOptions.DEFAULT_DATA, paramLabel = "SOURCE",
            description = "The data set: fashion-mnist, mnist, cifar10, each optionally :DIR, or npy:X,Y[,X_TEST,Y_TEST]. "
                    + "Default: ${DEFAULT-VALUE}.")
    String data;

    @Mixin
    FetchOption fetch;

    @Option(names = "--quick", description = "Reduced sizes (fewer images, epochs, seeds and settings) for a first look and tests.")
    boolean quick;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED",
            description = "Seed of initialization, shuffles and search (any integer). Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "The run folder (created if missing). Default: runs/NAME.")
    Path out;

    @Option(names = "--json", description = "Print the full results as JSON instead of the readable answer.")
    boolean json;

    @Override
    public Integer call() {
        ExperimentName experiment = ExperimentName.parse("NAME", name);
        ExperimentOptions options = new ExperimentOptions(DataSource.parse(data), quick, seed);
        fetch.ensure(options.data(), spec.commandLine().getErr());
        Path dir = out == null ? Path.of("runs", experiment.label()) : out;
        try (RunFolderLock claim = RunFolderLock.acquire("--out", WritableFolder.require("--out", dir))) {
            return run(experiment, options, dir);
        }
    }

    private int run(ExperimentName experiment, ExperimentOptions options, Path dir) {
        PrintWriter stdout = spec.commandLine().getOut();
        experiment.run(options, dir, ConsoleProgress.forStderr(spec.commandLine().getErr()));
        Object result = new RunFolder(dir).readResults(experiment.resultType());
        Map<String, ChartSpec> charts = ExperimentCharts.of(result);
        charts.forEach((chart, chartSpec) -> ChartWriter.write(chartSpec, dir, chart));
        if (json) {
            stdout.print(JsonFiles.toJson(result));
        } else {
            ExperimentText.answer(result).forEach(stdout::println);
            stdout.println("wrote " + dir.resolve(RunFolder.CONFIG) + ", " + dir.resolve(RunFolder.RESULTS) + " and "
                    + charts.size() + " charts (PNG and SVG)");
        }
        stdout.flush();
        return anyDiverged(new RunFolder(dir)) ? ExitCode.DIVERGED : 0;
    }

    /** Whether a training run of the experiment diverged: a {@code status} of {@code diverged} anywhere in results.json. */
    private static boolean anyDiverged(RunFolder folder) {
        return JsonFiles.read(folder.resultsFile()).findValues("status").stream()
                .anyMatch(s -> s.asText().equals(TrainStatus.DIVERGED.label()));
    }
}
