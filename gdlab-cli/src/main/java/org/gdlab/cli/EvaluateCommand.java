package org.gdlab.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.run.ModelEvaluation;
import org.gdlab.nn.run.SavedRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gdlab evaluate DIR}: the metrics of a trained run on one split ({@link ModelEvaluation#evaluate}). */
@Command(name = "evaluate", header = "Accuracy and loss of a trained run on a split.", mixinStandardHelpOptions = true,
        sortOptions = false, description = {"Loads a gdlab train run folder (config.json and checkpoint.bin), rebuilds the "
                + "network with its best (or last) parameters, and prints the accuracy and the mean cross-entropy on "
                + "the train, validation or test split of its data, or of another source split and centred the same way.",
            "Example: gdlab evaluate runs/adam --split test --params last"})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A gdlab train run folder.")
    Path dir;

    @Option(names = "--data", paramLabel = "SOURCE", description = "Evaluate on this source instead (as train's --data). "
            + "Default: the run's.")
    String data;

    @Option(names = "--split", defaultValue = "test", paramLabel = "SPLIT",
            description = "train, validation or test. Default: ${DEFAULT-VALUE}.")
    String split;

    @Option(names = "--params", defaultValue = "best", paramLabel = "WHICH",
            description = "best (by validation accuracy; the last without a validation set) or last. Default: ${DEFAULT-VALUE}.")
    String params;

    @Option(names = "--json", description = "Print the metrics as JSON.")
    boolean json;

    @Override
    public Integer call() {
        ModelEvaluation.Split s = ModelEvaluation.Split.parse("--split", split);
        SavedRun.Parameters which = SavedRun.Parameters.parse("--params", params);
        SavedRun run = SavedRun.open("DIR", dir);
        ModelEvaluation.Metrics m = ModelEvaluation.evaluate(run, Optional.ofNullable(data).map(DataSource::parse), s, which);
        var out = spec.commandLine().getOut();
        if (json) {
            out.print(JsonFiles.toJson(m));
        } else {
            out.printf(Locale.ROOT, "%s, %s parameters, %s split of %s (%d examples, all of them): accuracy %.4f, "
                    + "loss %.4f%n", m.run(), m.parameters(), m.split(), m.data(), m.examples(), m.accuracy(), m.loss());
        }
        out.flush();
        return 0;
    }
}
