package org.gdlab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gdlab.core.io.MatrixFiles;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.nn.run.ModelEvaluation;
import org.gdlab.nn.run.SavedRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gdlab predict DIR --input X --out P}: class probabilities of a trained run ({@link ModelEvaluation#probabilities}). */
@Command(name = "predict", header = "Class probabilities of a trained run for new inputs.", mixinStandardHelpOptions = true,
        sortOptions = false, description = {"Loads a gdlab train run folder, subtracts its training mean from each row "
                + "of --input (raw features, as the run's data files hold them), and writes the softmax probabilities, "
                + "one row per input and one column per class, to --out (.npy or .csv by its extension).",
            "Example: gdlab predict runs/adam --input new.npy --out probabilities.csv"})
final class PredictCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A gdlab train run folder.")
    Path dir;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "Inputs, one example per row (.npy or .csv).")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the probabilities (.npy or .csv).")
    Path out;

    @Option(names = "--params", defaultValue = "best", paramLabel = "WHICH",
            description = "best or last. Default: ${DEFAULT-VALUE}.")
    String params;

    @Override
    public Integer call() {
        SavedRun.Parameters which = SavedRun.Parameters.parse("--params", params);
        SavedRun run = SavedRun.open("DIR", dir);
        MatrixF64 p = ModelEvaluation.probabilities(run, MatrixFiles.readF32(input), which);
        MatrixFiles.write(out, p);
        var stdout = spec.commandLine().getOut();
        stdout.println("wrote " + out + ": " + p.rows() + " rows of " + p.cols() + " class probabilities");
        stdout.flush();
        return 0;
    }
}
